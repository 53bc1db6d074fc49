/**
 * The district's rating criteria (seed 001, Longquan): the five musts 五个必须落实 a company's stars are
 * scored against, and the 六好三高 standard of the quality-community index, each item with its
 * weight. Every reader sees them; the district's rating officer changes them.
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { ExportButton } from './common.tsx';
import {
  CRITERIA_KINDS,
  getCriteria,
  setCriteria,
  type Criteria,
  type CriteriaKind as Kind,
} from './property.api.ts';
import { usePageNode } from '../../app/selected-node.tsx';

type Item = Criteria['items'][number];
const GROUPS = ['six_good', 'three_high'] as const;

/** Both lists of criteria, one tab each. */
export function CriteriaPage() {
  const t = useT();
  usePageTitle(t('property.criteria'));
  const [kind, setKind] = useState<Kind>('company');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('property.criteria')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('property.criteria_hint')}</Typography.Text>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as Kind)}
        items={CRITERIA_KINDS.map((k) => ({
          key: k,
          label: t(`property.criteria.${k}`),
          children: <CriteriaList kind={k} />,
        }))}
      />
    </Space>
  );
}

/** One list: the items with their share of the weights, and the editor for who may change it. */
function CriteriaList(props: { kind: Kind }) {
  const { kind } = props;
  const t = useT();
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: ['property', 'criteria', kind, nodeId],
    queryFn: () => getCriteria(nodeId!, kind),
    enabled: !!nodeId,
  });
  const items = q.data?.items ?? [];
  const sum = items.reduce((a, c) => a + c.weight, 0);
  const share = (w: number) => (sum ? `${((w / sum) * 100).toFixed(1)}%` : '—');
  const editable = !!q.data?.can.edit && can('property.rate');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
        {editable && (
          <Button type="primary" onClick={() => setEditing(true)} data-testid={`edit-criteria-${kind}`}>
            {t('property.edit_criteria')}
          </Button>
        )}
        <ExportButton what="criteria" nodeId={nodeId} kind={kind} />
      </Space>
      <Table<Item>
        rowKey="code"
        loading={q.isLoading}
        dataSource={items}
        pagination={false}
        data-testid={`criteria-${kind}`}
        columns={[
          { title: t('property.criterion'), dataIndex: 'name' },
          ...(kind === 'quality'
            ? [
                {
                  title: t('property.group'),
                  render: (_: unknown, c: Item) =>
                    c.grp ? <Tag color="red">{t(`property.group.${c.grp}`)}</Tag> : '—',
                },
              ]
            : []),
          { title: t('property.weight'), dataIndex: 'weight', width: 90 },
          { title: t('property.share'), render: (_, c) => share(c.weight), width: 90 },
          { title: t('property.code'), dataIndex: 'code', width: 140 },
        ]}
      />
      <FormModal<{ items: Item[] }>
        open={editing}
        title={t('property.edit_criteria_of', { what: t(`property.criteria.${kind}`) })}
        onClose={() => setEditing(false)}
        initialValues={{ items }}
        testId="criteria-modal"
        onSubmit={async (v) => {
          await setCriteria({
            nodeId: nodeId!,
            kind,
            items: v.items.map((i) => ({ ...i, grp: kind === 'quality' ? (i.grp ?? '') : '' })),
          });
          message.success(t('property.saved'));
          void qc.invalidateQueries({ queryKey: ['property'] });
        }}
      >
        <Typography.Paragraph type="secondary">{t('property.criteria_edit_hint')}</Typography.Paragraph>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap data-testid={`criterion-${i}`}>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, max: 100 }]}
                    style={{ width: 260, marginBottom: 8 }}
                  >
                    <Input placeholder={t('property.criterion')} aria-label={t('property.criterion')} />
                  </Form.Item>
                  {kind === 'quality' && (
                    <Form.Item name={[f.name, 'grp']} style={{ width: 90, marginBottom: 8 }}>
                      <Select
                        aria-label={t('property.group')}
                        options={GROUPS.map((g) => ({ value: g, label: t(`property.group.${g}`) }))}
                      />
                    </Form.Item>
                  )}
                  <Form.Item
                    name={[f.name, 'weight']}
                    rules={[{ required: true }]}
                    style={{ width: 90, marginBottom: 8 }}
                  >
                    <InputNumber
                      min={0.01}
                      max={1000}
                      placeholder={t('property.weight')}
                      aria-label={t('property.weight')}
                      data-testid={`weight-${i}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'code']}
                    rules={[
                      { required: true, pattern: /^[a-z0-9_]{1,30}$/, message: t('property.code_rule') },
                    ]}
                    style={{ width: 120, marginBottom: 8 }}
                  >
                    <Input placeholder={t('property.code')} aria-label={t('property.code')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('property.remove_criterion')}
                    disabled={fields.length <= 1}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= 30}
                onClick={() =>
                  add({ name: '', code: '', weight: 10, grp: kind === 'quality' ? 'six_good' : '' })
                }
                data-testid="add-criterion"
              >
                {t('property.add_criterion')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </Space>
  );
}
