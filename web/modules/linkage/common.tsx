/** Pieces the linkage pages share: the year's figures strip. */
import { Row } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { getFigures } from './linkage.api.ts';

/** This year's linkage figures of the selected node. */
export function FiguresStrip(props: {
  nodeId?: string;
  show: ('links' | 'items' | 'experts' | 'cases' | 'sessions' | 'answered')[];
}) {
  const t = useT();
  const f = useQuery({
    queryKey: ['linkage', 'figures', props.nodeId],
    queryFn: () => getFigures(props.nodeId),
  });
  if (!f.data) return null;
  const d = f.data;
  const pct = (a: number, b: number) => (b ? `${Math.round((1000 * a) / b) / 10}%` : '—');
  const all = {
    links: `${d.leaderLinks} / ${d.departmentLinks} / ${d.memberLinks}`,
    items: `${d.itemsDone}/${d.items}`,
    experts: String(d.experts),
    cases: String(d.cases),
    sessions: String(d.sessions),
    answered: `${d.answered}/${d.problems} (${pct(d.answered, d.problems)})`,
  };
  return (
    <Row gutter={12} style={{ marginBottom: 12 }} data-testid="linkage-figures">
      {props.show.map((k) => (
        <StatCard key={k} title={t(`lk.fig.${k}`)} value={all[k]} />
      ))}
    </Row>
  );
}
