/**
 * The councils of my area by kind — residents' council, 楼道会客厅, 物居业议事会, children's council,
 * others — with their members (child members by alias only) and figures per kind; officers set up a
 * council of a kind and appoint members, guardians enrol their children.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { PersonPicker } from '../residents/person-picker.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from './common.tsx';
import {
  addMember,
  BODY_KINDS,
  bodyKindFigures,
  createBody,
  enrolChild,
  listBodies,
  type Body,
  type BodyKind,
} from './council.api.ts';
import { useResidentNode } from '../../app/selected-node.tsx';

function BodyCard(props: { body: Body; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const b = props.body;
  return (
    <Card
      size="small"
      title={
        <Space>
          {b.name}
          <Tag color={b.kind === 'children' ? 'pink' : 'blue'} data-testid="body-kind">
            {t(`council.kind.${b.kind}`)}
          </Tag>
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('council.bodies.figures', b.figures)}</Typography.Text>}
      data-testid={`body-${b.kind}`}
    >
      <Typography.Text strong>{t('council.bodies.members')}</Typography.Text>
      <div style={{ margin: '8px 0' }}>
        {b.members.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {b.members.map((m, i) => (
          <Tag key={i} color={m.role === 'chair' ? 'red' : m.role === 'child' ? 'pink' : undefined}>
            {m.alias} · {t(`council.bodies.role.${m.role}`)}
          </Tag>
        ))}
      </div>
      <Space wrap>
        {b.can.manage && b.kind !== 'children' && (
          <Button onClick={() => setAdding(true)}>{t('council.bodies.add_member')}</Button>
        )}
        {b.can.enrol &&
          b.myChildren
            .filter((c) => !c.member)
            .map((c) => (
              <Button
                key={c.personId}
                type="primary"
                onClick={async () => {
                  try {
                    const r = await enrolChild(b.id, c.personId);
                    message.success(t('council.bodies.enrolled', { alias: r.alias }));
                    props.onChanged();
                  } catch (e) {
                    reportError(e);
                  }
                }}
                data-testid="enrol-child"
              >
                {t('council.bodies.enrol')}：{c.name}
              </Button>
            ))}
      </Space>
      <FormModal<{ personId: string; role: 'chair' | 'member' }>
        open={adding}
        title={t('council.bodies.add_member')}
        onClose={() => setAdding(false)}
        initialValues={{ role: 'member' }}
        onSubmit={async (v) => {
          await addMember(b.id, v.personId, v.role);
          message.success(t('council.bodies.member_added'));
          props.onChanged();
        }}
      >
        <Form.Item name="personId" label={t('council.bodies.members')} rules={[{ required: true }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="role" label={t('council.bodies.role')}>
          <Select
            options={(['chair', 'member'] as const).map((r) => ({
              value: r,
              label: t(`council.bodies.role.${r}`),
            }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** The councils of the node, filtered by kind, with figures per kind. */
export function BodiesPage() {
  const t = useT();
  usePageTitle(t('council.bodies.title'));
  const { can, me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = useResidentNode();
  const [kind, setKind] = useState<BodyKind | undefined>();
  const [creating, setCreating] = useState(false);
  const bodies = useQuery({
    queryKey: ['council', 'bodies', nodeId, kind],
    queryFn: () => listBodies(nodeId, kind),
  });
  const figures = useQuery({
    queryKey: ['council', 'bodies', 'kinds', nodeId],
    queryFn: () => bodyKindFigures(nodeId),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['council'] });
  // a new council goes on the selected node, else on the officer's own node
  const target = nodeId ?? me?.grants?.[0]?.nodeId;
  const kindOptions = BODY_KINDS.map((k) => ({ value: k, label: t(`council.kind.${k}`) }));
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('council.bodies.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('council.bodies.all_kinds')}
            aria-label={t('council.bodies.kind')}
            value={kind}
            onChange={(v) => setKind(v)}
            options={kindOptions}
            data-testid="bodies-kind-filter"
          />
          {can('council.manage') && target && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="body-create">
              {t('council.bodies.create')}
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap data-testid="body-kind-figures">
        {figures.data
          ?.filter((f) => f.bodies > 0)
          .map((f) => (
            <Card size="small" key={f.kind} data-testid={`kind-figures-${f.kind}`}>
              <Statistic title={t(`council.kind.${f.kind}`)} value={f.bodies} />
              <Typography.Text type="secondary">{t('council.bodies.kind_figures', f)}</Typography.Text>
            </Card>
          ))}
      </Space>
      {bodies.data?.length === 0 && <Empty />}
      {bodies.data?.map((b) => (
        <BodyCard key={b.id} body={b} onChanged={refresh} />
      ))}
      <FormModal<{ kind: BodyKind; name?: string }>
        open={creating}
        title={t('council.bodies.create')}
        onClose={() => setCreating(false)}
        initialValues={{ kind: 'hallway' }}
        testId="body-form"
        onSubmit={async (v) => {
          await createBody(target!, v.kind, v.name || undefined);
          message.success(t('council.bodies.created'));
          refresh();
        }}
      >
        <Form.Item name="kind" label={t('council.bodies.kind')} rules={[{ required: true }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="name" label={t('council.bodies.name')} extra={t('council.bodies.name_hint')}>
          <Input maxLength={60} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
