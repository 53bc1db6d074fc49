/** Open selections 公开遴选 / 竞争上岗 of community party secretaries: the list, and publishing one for vacancies. */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  createSelection,
  getRoster,
  listSelections,
  type Selection,
  type SelectionInput,
} from './secretaries.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { secretariesMessages } from './secretaries.messages.ts';

addMessages(secretariesMessages);

/** A selection's state as a tag. */
export function SelectionState(props: { s: Selection }) {
  const t = useT();
  if (props.s.state === 'closed') return <Tag>{t('sec.sel.closed')}</Tag>;
  return props.s.registrationOpen ? (
    <Tag color="green">{t('sec.sel.open')}</Tag>
  ) : (
    <Tag color="blue">{t('sec.sel.running')}</Tag>
  );
}

/** The selections the user may see. */
export function SelectionsPage() {
  const t = useT();
  useDocumentTitle(t('sec.sel.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['secretaries', 'selections'], queryFn: listSelections });
  const manage = can('secretaries.manage');
  const roster = useQuery({
    queryKey: ['secretaries', 'roster', undefined],
    queryFn: () => getRoster(),
    enabled: manage,
  });
  const vacancies = (roster.data?.entries ?? []).filter((e) => e.vacant);
  const districtNode = useMe().me?.grants?.find((g) => g.role === 'org_officer')?.nodeId;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('sec.sel.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('sec.sel.hint')}</Typography.Text>
        </div>
        {manage && districtNode && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="sec-sel-new"
          >
            {t('sec.sel.new')}
          </Button>
        )}
      </Space>
      {list.data?.length === 0 && <Empty description={t('sec.sel.none')} />}
      {(list.data ?? []).map((s) => (
        <Card
          key={s.id}
          size="small"
          data-testid="sec-sel-card"
          title={
            <Space wrap>
              <Link to={`/secretaries/selections/${s.id}`}>{s.title}</Link>
              <SelectionState s={s} />
            </Space>
          }
          extra={<Tag color="purple">{t(`sec.sel.kind.${s.kind}`)}</Tag>}
        >
          <Space orientation="vertical" size={2}>
            <Typography.Text type="secondary">
              {t('sec.sel.deadline')}：{s.deadline} · {t('sec.sel.posts')}：
              {s.posts.map((p) => p.nodeName).join('、')}
            </Typography.Text>
            <Space wrap>
              {s.candidates.map((c) => (
                <Tag key={c.id} color={c.mine ? 'gold' : undefined}>
                  {c.name} · {t(`sec.stage.${c.stage}`)}
                </Tag>
              ))}
            </Space>
          </Space>
        </Card>
      ))}
      <FormModal<Omit<SelectionInput, 'nodeId'>>
        open={open}
        title={t('sec.sel.new')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'open', deadline: beijingDay(new Date(Date.now() + 14 * 86_400_000)) }}
        testId="sec-sel-form"
        testIdOn="form"
        width={640}
        onSubmit={async (v) => {
          await createSelection({ ...v, nodeId: districtNode! });
          message.success(t('sec.saved'));
          await qc.invalidateQueries({ queryKey: ['secretaries'] });
        }}
      >
        <Form.Item name="kind" label={t('sec.sel.kind')} rules={[{ required: true }]}>
          <Select
            options={(['open', 'competition'] as const).map((k) => ({
              value: k,
              label: t(`sec.sel.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('sec.sel.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="postNodeIds" label={t('sec.sel.posts')} rules={[{ required: true }]}>
          <Select
            data-testid="sec-sel-posts"
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={vacancies.map((e) => ({ value: e.nodeId, label: `${e.streetName} ${e.nodeName}` }))}
          />
        </Form.Item>
        <Form.Item name="requirements" label={t('sec.sel.requirements')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="deadline" label={t('sec.sel.deadline')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
