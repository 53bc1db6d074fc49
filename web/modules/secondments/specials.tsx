/** 专项考察: open a targeted assessment of some cadres and rate each on four aspects with an outcome. */
import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import {
  createSpecial,
  listCadres,
  listSpecials,
  rateSpecial,
  type Special,
  type SpecialRate,
} from './secondments.api.ts';

const ASPECTS = ['attitude', 'responsibility', 'role', 'results'] as const;
const MARKS = ['good', 'fair', 'average', 'poor'];
const OUTCOMES = ['praise', 'none', 'punish'];
const OUTCOME_COLOUR: Record<string, string> = { praise: 'red', none: 'default', punish: 'volcano' };

type SpecialCadre = Special['cadres'][number];

/** The special assessments the organisation department runs. */
export function SpecialsPanel() {
  const t = useT();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [rating, setRating] = useState<{ special: Special; cadre: SpecialCadre } | null>(null);
  const list = useQuery({ queryKey: ['secondments', 'specials'], queryFn: listSpecials });
  const cadres = useQuery({
    queryKey: ['secondments', 'cadres', nodeId],
    queryFn: () => listCadres(nodeId!),
    enabled: creating && !!nodeId,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['secondments', 'specials'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        {t('sd.special.new')}
      </Button>
      {!list.data?.length && <Empty />}
      {(list.data ?? []).map((x) => (
        <Card key={x.id} size="small" title={`${x.topic}（${x.startsOn} ~ ${x.endsOn}）`}>
          <Table
            rowKey="personId"
            size="small"
            pagination={false}
            dataSource={x.cadres}
            columns={[
              { title: t('sd.name'), dataIndex: 'name' },
              { title: t('sd.unit'), dataIndex: 'unitName' },
              ...ASPECTS.map((a) => ({
                title: t(`sd.aspect.${a}`),
                render: (_: unknown, c: SpecialCadre) => (c[a] ? t(`sd.mark.${c[a]}`) : '—'),
              })),
              {
                title: t('sd.outcome'),
                render: (_: unknown, c: SpecialCadre) =>
                  c.outcome ? (
                    <Tag color={OUTCOME_COLOUR[c.outcome]}>{t(`sd.outcome.${c.outcome}`)}</Tag>
                  ) : (
                    '—'
                  ),
              },
              { title: t('sd.special.comment'), dataIndex: 'comment', ellipsis: true },
              {
                title: '',
                render: (_: unknown, c: SpecialCadre) => (
                  <Button size="small" onClick={() => setRating({ special: x, cadre: c })}>
                    {t('sd.special.rate')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <FormModal<{ topic: string; startsOn: string; endsOn: string; personIds: string[] }>
        open={creating}
        title={t('sd.special.new')}
        initialValues={{ endsOn: beijingDay() }}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          await createSpecial({ ...v, nodeId: nodeId! });
          await refresh();
        }}
      >
        <Form.Item name="topic" label={t('sd.special.topic')} rules={[{ required: true }]}>
          <Input placeholder="疫情防控专项考察" />
        </Form.Item>
        <Form.Item name="startsOn" label={t('sd.batch.starts')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('sd.batch.ends')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="personIds" label={t('sd.special.cadres')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(cadres.data ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.unitName}）`,
            }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<SpecialRate, 'version'>>
        open={!!rating}
        title={rating ? `${t('sd.special.rate')} · ${rating.cadre.name}` : ''}
        initialValues={{
          attitude: rating?.cadre.attitude ?? undefined,
          responsibility: rating?.cadre.responsibility ?? undefined,
          role: rating?.cadre.role ?? undefined,
          results: rating?.cadre.results ?? undefined,
          outcome: rating?.cadre.outcome ?? 'none',
          comment: rating?.cadre.comment,
        }}
        onClose={() => setRating(null)}
        onSubmit={async (v) => {
          await rateSpecial(rating!.special.id, rating!.cadre.personId, {
            ...v,
            version: rating!.cadre.version,
          });
          await refresh();
        }}
      >
        {ASPECTS.map((a) => (
          <Form.Item key={a} name={a} label={t(`sd.aspect.${a}`)} rules={[{ required: true }]}>
            <Select options={MARKS.map((m) => ({ value: m, label: t(`sd.mark.${m}`) }))} />
          </Form.Item>
        ))}
        <Form.Item name="outcome" label={t('sd.outcome')} rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`sd.outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('sd.special.comment')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
