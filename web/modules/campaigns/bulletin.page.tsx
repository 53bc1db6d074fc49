/**
 * 攻坚日报, the printable daily bulletin of a drive (numbered 第N期 from its start): signed today and
 * in all against the households, the signing and moved-out rates against the targets, the teams
 * ranked, the households not visited for 7 days or more in red, and the signing rate day by day.
 */
import { Button, Input, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getBulletin } from './campaigns.api.ts';
import { TrendChart } from './campaign.page.tsx';
import { campaignsMessages } from './campaigns.messages.ts';

addMessages(campaignsMessages);

const cell = { border: '1px solid #000', padding: '4px 6px' } as const;
const pct = (v: number | null) => (v == null ? '—' : `${v}%`);

/** The bulletin sheet. */
export function BulletinPrintPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? undefined;
  const q = useQuery({
    queryKey: ['campaigns', 'bulletin', id, date],
    queryFn: () => getBulletin(id!, date),
  });
  useDocumentTitle(t('cmp.b.title'));
  const b = q.data;
  if (!b) return null;
  const f = b.figures;
  return (
    <div style={{ maxWidth: 800, margin: '16px auto', padding: 12, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <div className="no-print" style={{ textAlign: 'center', marginBottom: 12 }}>
        <Space wrap>
          <Input
            type="date"
            aria-label={t('cmp.b.date')}
            value={b.date}
            onChange={(e) => e.target.value && setParams({ date: e.target.value })}
            style={{ width: 160 }}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('cmp.b.print')}
          </Button>
        </Space>
      </div>
      <main data-testid="cmp-bulletin">
        <h1 style={{ textAlign: 'center', fontSize: 26, color: '#c00', margin: 0 }}>{t('cmp.b.title')}</h1>
        <p style={{ textAlign: 'center', margin: '4px 0' }} data-testid="cmp-bulletin-no">
          {t('cmp.b.no', { no: b.no })}
        </p>
        <p
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            borderBottom: '2px solid #c00',
            paddingBottom: 4,
          }}
        >
          <span>{t('cmp.b.issuer', { node: b.nodeName })}</span>
          <span>{b.date}</span>
        </p>
        <h2 style={{ fontSize: 18 }}>{b.campaignName}</h2>
        <p style={{ textIndent: '2em', lineHeight: 1.8 }}>
          {t('cmp.b.today', { signed: b.signedToday, moved: b.movedToday, visits: b.visitsToday })}
        </p>
        <p style={{ textIndent: '2em', lineHeight: 1.8 }} data-testid="cmp-bulletin-total">
          {t('cmp.b.total', {
            signed: f.signed,
            households: f.households,
            rate: pct(f.signRate),
            moved: f.movedPeople,
            people: f.people,
            moveRate: pct(f.moveRate),
          })}
          {t('cmp.b.targets', { sign: b.targetSignPct, move: b.targetMovePct })}
        </p>
        <h3 style={{ fontSize: 16 }}>{t('cmp.b.ranking')}</h3>
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="cmp-bulletin-teams">
          <thead>
            <tr>
              <th style={cell}>{t('cmp.b.place')}</th>
              <th style={cell}>{t('cmp.h.team')}</th>
              <th style={cell}>{t('cmp.households')}</th>
              <th style={cell}>{t('cmp.b.signedToday')}</th>
              <th style={cell}>{t('cmp.signed')}</th>
              <th style={cell}>{t('cmp.signRate')}</th>
            </tr>
          </thead>
          <tbody>
            {b.teams.map((tm) => (
              <tr key={tm.id}>
                <td style={cell}>{tm.place}</td>
                <td style={cell}>{tm.name}</td>
                <td style={cell}>{tm.households}</td>
                <td style={cell}>{tm.signedToday}</td>
                <td style={cell}>{tm.signed}</td>
                <td style={cell}>{pct(tm.signRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 style={{ fontSize: 16 }}>{t('cmp.b.trend')}</h3>
        <TrendChart b={b} height={240} />
        <h3 style={{ fontSize: 16, color: b.overdue.length ? '#c00' : undefined }}>
          {b.overdue.length ? t('cmp.b.overdue', { n: f.overdue }) : t('cmp.b.overdue.none')}
        </h3>
        {b.overdue.length > 0 && (
          <table
            style={{ width: '100%', borderCollapse: 'collapse', color: '#c00' }}
            data-testid="cmp-bulletin-overdue"
          >
            <thead>
              <tr>
                <th style={cell}>{t('cmp.h.building')}</th>
                <th style={cell}>{t('cmp.h.no')}</th>
                <th style={cell}>{t('cmp.h.head')}</th>
                <th style={cell}>{t('cmp.h.team')}</th>
                <th style={cell}>{t('cmp.h.lastVisit')}</th>
                <th style={cell}>{t('cmp.b.days')}</th>
              </tr>
            </thead>
            <tbody>
              {b.overdue.map((h) => (
                <tr key={h.id}>
                  <td style={cell}>{h.buildingNo}</td>
                  <td style={cell}>{h.no}</td>
                  <td style={cell}>{h.headName}</td>
                  <td style={cell}>{h.teamName ?? '—'}</td>
                  <td style={cell}>{h.lastVisitOn ?? t('cmp.h.never')}</td>
                  <td style={cell}>{h.days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
