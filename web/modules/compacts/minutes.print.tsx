/** The printable minutes 会议纪要 of a held 圆桌会: attendance, agenda, minutes and resolutions. */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getMeeting } from './compacts.api.ts';
import './compacts.shared.tsx';

/** One round table's minutes, laid out for A4. */
export function MinutesPrintPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['compacts', 'meeting', id], queryFn: () => getMeeting(id) });
  const m = q.data;
  const title = m
    ? `${m.nodeName}${t('cp.mt.name', { month: m.month })}${t('cp.pr.minutes')}`
    : t('cp.pr.minutes');
  useDocumentTitle(title);
  if (!m) return null;
  const list = (present: boolean) =>
    m.parties
      .filter((p) => p.present === present)
      .map((p) => p.unitName)
      .join('、') || t('cp.none');
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="cp-minutes">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{title}</h1>
        <p>{t('cp.pr.when', { day: m.heldOn ?? m.plannedOn, place: m.place })}</p>
        <p data-testid="cp-minutes-present">{t('cp.pr.present', { units: list(true) })}</p>
        <p>{t('cp.pr.absent', { units: list(false) })}</p>
        <h2 style={{ fontSize: 18 }}>{t('cp.mt.agenda')}</h2>
        <ol>
          {m.agenda.map((a, i) => (
            <li key={i}>{a.text}</li>
          ))}
        </ol>
        <h2 style={{ fontSize: 18 }}>{t('cp.mt.minutes')}</h2>
        <p style={{ textIndent: '2em', lineHeight: 1.9, whiteSpace: 'pre-wrap' }}>{m.minutes}</p>
        <h2 style={{ fontSize: 18 }}>{t('cp.mt.resolutions')}</h2>
        <ol data-testid="cp-minutes-resolutions">
          {m.resolvedItems.map((r) => (
            <li
              key={r.id}
            >{`${r.content}（${r.unitName}；${t('cp.owner')}：${r.owner}；${t('cp.dueOn')}：${r.dueOn}）`}</li>
          ))}
        </ol>
      </main>
      <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('cp.print')}
      </Button>
    </div>
  );
}
