/** What the owners pages share: their messages (added when a page loads), tags and the tally table. */
import { Table, Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import type { Matter } from './owners.api.ts';
import { ownersMessages } from './owners.messages.ts';

addMessages(ownersMessages);

/** Passed / not passed. */
export function PassedTag(props: { passed: boolean; testId?: string }) {
  const t = useT();
  return (
    <Tag color={props.passed ? 'green' : 'red'} data-testid={props.testId}>
      {t(props.passed ? 'own.passed' : 'own.failed')}
    </Tag>
  );
}

/** Each matter's count by area and by head, the quorum and the outcome. */
export function TallyTable(props: { matters: Matter[]; testId?: string }) {
  const t = useT();
  const c = (x: { area: number; heads: number }) => t('own.count', { area: x.area, heads: x.heads });
  return (
    <Table<Matter>
      rowKey="seq"
      size="small"
      pagination={false}
      dataSource={props.matters}
      scroll={{ x: 800 }}
      data-testid={props.testId}
      columns={[
        { title: '#', dataIndex: 'seq', width: 40 },
        { title: t('own.matter'), dataIndex: 'title' },
        { title: t('own.kind'), dataIndex: 'kind', render: (v: string) => t(`own.k.${v}`) },
        { title: t('own.yes'), key: 'yes', render: (_: unknown, m) => c(m.yes) },
        { title: t('own.no'), key: 'no', render: (_: unknown, m) => c(m.no) },
        { title: t('own.abstain'), key: 'abstain', render: (_: unknown, m) => c(m.abstain) },
        {
          title: t('own.quorum'),
          key: 'quorum',
          render: (_: unknown, m) => t(m.quorum.area && m.quorum.heads ? 'own.reached' : 'own.notReached'),
        },
        {
          title: t('own.result'),
          key: 'passed',
          render: (_: unknown, m) => <PassedTag passed={m.passed} testId={`own-passed-${m.seq}`} />,
        },
      ]}
    />
  );
}
