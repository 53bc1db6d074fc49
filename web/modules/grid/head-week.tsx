/** A grid head's 网格长 walks of this week, for the patrols page. */
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import type { HeadDue } from './grid.api.ts';

/** A grid head's walks of this week: overdue first, then due by Sunday, then done. */
export function HeadWeek(props: { due: HeadDue; onWalk: (gridId: string) => void }) {
  const t = useT();
  const d = props.due;
  const byName = (a: { nodeName: string }, b: { nodeName: string }) =>
    a.nodeName.localeCompare(b.nodeName, 'zh-CN');
  const rows = [...d.overdue.sort(byName), ...d.due.sort(byName), ...d.done.sort(byName)];
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="head-week"
      title={t('grid.head.title', { from: d.week, to: d.dueBy })}
    >
      <Flex vertical gap={6}>
        {rows.map((g) => (
          <Flex
            key={g.assignmentId}
            justify="space-between"
            align="center"
            gap={8}
            wrap
            data-testid="head-grid"
          >
            <Space size={6} wrap>
              <span>{g.nodeName}</span>
              {g.status === 'done' ? (
                <Tag color="green">{t('grid.head.done')}</Tag>
              ) : g.status === 'overdue' ? (
                <Tag color="red">{t('grid.head.overdue', { n: g.missedWeeks })}</Tag>
              ) : (
                <Tag color="gold">{t('grid.head.due', { d: d.dueBy })}</Tag>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {g.lastPatrolDay ? t('grid.head.last', { d: g.lastPatrolDay }) : t('grid.head.never')}
              </Typography.Text>
            </Space>
            {g.status !== 'done' && (
              <Button
                size="small"
                type="primary"
                onClick={() => props.onWalk(g.nodeId)}
                data-testid="head-walk"
              >
                {t('grid.head.walk')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
