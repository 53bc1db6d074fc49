/**
 * The councils of my area: the residents' council with its members, the children's council with
 * its child members (aliases only); officers appoint members and set up a children's council,
 * guardians enrol their children.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { PersonPicker } from '../residents/person-picker.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from './common.tsx';
import { addMember, createBody, enrolChild, listBodies, type Body } from './council.api.ts';
import { useResidentNode } from '../../app/selected-node.tsx';

function BodyCard(props: { body: Body; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const b = props.body;
  return (
    <Card
      size="small"
      title={b.name}
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
        {b.can.manage && b.kind === 'residents' && (
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

/** The councils of the node. */
export function BodiesPage() {
  const t = useT();
  usePageTitle(t('council.bodies.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = useResidentNode();
  const bodies = useQuery({ queryKey: ['council', 'bodies', nodeId], queryFn: () => listBodies(nodeId) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['council'] });
  const hasChildren = bodies.data?.some((b) => b.kind === 'children' && b.nodeId === nodeId);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('council.bodies.title')}
        </Typography.Title>
        {can('council.manage') && nodeId && !hasChildren && (
          <Button
            onClick={async () => {
              try {
                await createBody(nodeId, 'children');
                message.success(t('council.bodies.created'));
                refresh();
              } catch (e) {
                reportError(e);
              }
            }}
          >
            {t('council.bodies.create_children')}
          </Button>
        )}
      </Space>
      {bodies.data?.length === 0 && <Empty />}
      {bodies.data?.map((b) => (
        <BodyCard key={b.id} body={b} onChanged={refresh} />
      ))}
    </Space>
  );
}
