/** Visit cycle settings 走访周期 of the node picked in the tree: one interval per visit category, own or inherited. */
import { useState } from 'react';
import { Alert, App as AntApp, Button, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle } from './common.tsx';
import { listVisitRules, setVisitRule, VISIT_CATEGORIES, type VisitCategory } from './grid.api.ts';

/** The cycles page. */
export default function CyclesPage() {
  const t = useT();
  const { me, can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const nodeId = usePageNode();
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const rules = useQuery({
    queryKey: ['grid-visit-rules', nodeId],
    enabled: !!nodeId,
    queryFn: () => listVisitRules(nodeId!),
  });
  const save = async (category: VisitCategory) => {
    const intervalDays = edits[category];
    if (!nodeId || !intervalDays) return;
    try {
      await setVisitRule({ nodeId, category, intervalDays });
      message.success(t('grid.cycles.saved'));
      setEdits((e) => ({ ...e, [category]: null }));
      await qc.invalidateQueries({ queryKey: ['grid-visit-rules', nodeId] });
    } catch (e) {
      message.error(
        e instanceof ApiError
          ? [e.problem.title, ...(e.problem.errors ?? []).map((x) => x.message)].join(': ')
          : String(e),
      );
    }
  };
  if (!nodeId) return <Alert type="info" showIcon title={t('grid.reg.pickGrid')} />;
  const rows = VISIT_CATEGORIES.map((c) => {
    const r = (rules.data ?? []).find((x) => x.category === c);
    return { category: c, rule: r };
  });
  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle>
        {t('grid.cycles.title')} · {node?.name ?? me?.grants?.[0]?.nodeName}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('grid.cycles.default')}</Typography.Paragraph>
      <Table
        rowKey="category"
        size="small"
        pagination={false}
        loading={rules.isLoading}
        dataSource={rows}
        columns={[
          {
            title: t('grid.reg.category'),
            dataIndex: 'category',
            render: (v: string) => t(`grid.vcat.${v}`),
          },
          {
            title: t('grid.cycles.interval'),
            render: (_, r) => (
              <Space>
                <InputNumber
                  min={1}
                  max={365}
                  precision={0}
                  disabled={!can('grid.manage')}
                  value={edits[r.category] ?? r.rule?.intervalDays ?? 7}
                  onChange={(v) => setEdits((e) => ({ ...e, [r.category]: v }))}
                  aria-label={`${t(`grid.vcat.${r.category}`)} ${t('grid.cycles.interval')}`}
                  data-testid={`cycle-${r.category}`}
                />
                {can('grid.manage') && (
                  <Button size="small" disabled={!edits[r.category]} onClick={() => void save(r.category)}>
                    {t('grid.cycles.save')}
                  </Button>
                )}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, r) =>
              r.rule ? (
                <Tag color={r.rule.inherited ? 'default' : 'blue'}>
                  {r.rule.inherited
                    ? `${t('grid.cycles.inherited')} · ${r.rule.nodeName}`
                    : t('grid.cycles.own')}
                </Tag>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
