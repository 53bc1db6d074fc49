/**
 * The printable result sheet of a vote (/print/vote-result/:id), for the notice board and the
 * meeting's file: the options in outcome order with their votes and shares (a ranking with its
 * first preferences and Borda points), the turnout against the eligible, and lines to sign. It
 * shows only what the vote's page shows to the reader (GET /api/votes/:id): never who voted what.
 */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { addMessages, useLang, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getVote, type Vote } from './votes.api.ts';
import { votesMessages } from './votes.messages.ts';

addMessages(votesMessages);

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

/** Options in outcome order (points, then first preferences, then position), with their shares. */
function outcome(v: Vote) {
  const ballots = v.ballots ?? 0;
  return [...v.options]
    .sort(
      (a, b) =>
        (b.points ?? 0) - (a.points ?? 0) || (b.first ?? 0) - (a.first ?? 0) || a.position - b.position,
    )
    .map((o, i) => ({ ...o, rank: i + 1, share: ballots ? (o.count ?? 0) / ballots : null }));
}

/** One vote's result, laid out for A4. */
export function VoteResultPrintPage() {
  const t = useT();
  const { lang } = useLang();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['votes', 'one', id], queryFn: () => getVote(id) });
  const v = q.data;
  useDocumentTitle(v ? `${t('votes.print.title')} ${v.title}` : t('votes.print.title'));
  if (!v) return null;
  const ranking = v.method === 'ranking';
  const cell = { border: '1px solid #333', padding: '4px 8px' } as const;
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="vote-result-print">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t('votes.print.title')}</h1>
        <h2 style={{ textAlign: 'center', fontSize: 18 }}>{v.title}</h2>
        <p>
          {t('votes.print.node')}：{v.nodeName}
        </p>
        <p>
          {t('votes.print.method')}：{t(`votes.method.${v.method}`)}；{t('votes.print.kind')}：
          {t(v.secret ? 'votes.secret' : 'votes.open_ballot')}
        </p>
        <p>
          {t('votes.print.period')}：{formatTime(v.opensAt, lang)} — {formatTime(v.closesAt, lang)}
        </p>
        {v.closedAt && (
          <p>
            {t('votes.print.counted')}：{formatTime(v.closedAt, lang)}
          </p>
        )}
        {v.state !== 'closed' ? (
          <p data-testid="vote-print-not-closed">{t('votes.print.not_closed')}</p>
        ) : (
          <>
            <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="vote-print-results">
              <thead>
                <tr>
                  <th style={cell}>{t('votes.print.rank')}</th>
                  <th style={cell}>{t('votes.print.option')}</th>
                  <th style={cell}>{t('votes.print.count')}</th>
                  <th style={cell}>{t('votes.print.share')}</th>
                  {ranking && <th style={cell}>{t('votes.print.first')}</th>}
                  {ranking && <th style={cell}>{t('votes.print.points')}</th>}
                </tr>
              </thead>
              <tbody>
                {outcome(v).map((o) => (
                  <tr key={o.position}>
                    <td style={cell}>{o.rank}</td>
                    <td style={cell}>{o.label}</td>
                    <td style={cell}>{o.count ?? 0}</td>
                    <td style={cell}>{pct(o.share)}</td>
                    {ranking && <td style={cell}>{o.first ?? 0}</td>}
                    {ranking && <td style={cell}>{o.points ?? 0}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            <p data-testid="vote-print-turnout">
              {t('votes.print.turnout', {
                eligible: v.eligible ?? '—',
                ballots: v.ballots ?? 0,
                p: v.turnout === null ? '—' : Math.round(v.turnout * 1000) / 10,
              })}
            </p>
            {ranking && <p>{t('votes.print.borda', { n: v.maxChoices })}</p>}
            {v.secret && <p>{t('votes.print.secret')}</p>}
            <p style={{ marginTop: 48, whiteSpace: 'pre' }}>{t('votes.print.sign')}</p>
          </>
        )}
      </main>
      <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('votes.print.do')}
      </Button>
    </div>
  );
}
