/**
 * Culture teams and troupes of the district; a team's page with its members (phones masked) and
 * programmes, and the 点演 form an officer orders a programme for a community with (a day and
 * half-day; the troupe is never booked twice on one half-day).
 */
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { useMe } from '../../app/auth.tsx';
import { getTeam, HALVES, listTeams, placeOrder, revealMember, type Team } from './culture.api.ts';
import { errorText } from './culture.shared.tsx';

/** The teams page. */
export function TeamsPage() {
  const t = useT();
  useDocumentTitle(t('cu.teams'));
  const q = useQuery({ queryKey: ['culture', 'teams'], queryFn: () => listTeams({}) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cu.teams')}
      </Typography.Title>
      <Table
        data-testid="cu-teams"
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.teams ?? []}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('cu.name'),
            dataIndex: 'name',
            render: (n: string, r) => <Link to={`/culture/teams/${r.id}`}>{n}</Link>,
          },
          {
            title: t('cu.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag>{t(`cu.team.kind.${k}`)}</Tag>,
          },
          { title: t('cu.node'), dataIndex: 'nodeName' },
          { title: t('cu.team.leader'), dataIndex: 'leaderName' },
          { title: t('cu.team.members'), dataIndex: 'members', align: 'right' },
          { title: t('cu.team.programmes'), dataIndex: 'programmes', align: 'right' },
        ]}
      />
    </Space>
  );
}

/** One team: members and programmes; officers who may order see 点演 on each programme. */
export function TeamPage() {
  const t = useT();
  const { id } = useParams() as { id: string };
  const q = useQuery({ queryKey: ['culture', 'team', id], queryFn: () => getTeam(id) });
  const list = useQuery({ queryKey: ['culture', 'teams'], queryFn: () => listTeams({}) });
  const team = q.data;
  useDocumentTitle(team?.name ?? t('cu.teams'));
  const [ordering, setOrdering] = useState<Team['programmesList'][number] | null>(null);
  const [revealing, setRevealing] = useState<Team['membersList'][number] | null>(null);
  if (!team) return null;
  const canOrder = !!list.data?.can.order;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {team.name}
      </Typography.Title>
      <Space wrap>
        <Tag>{t(`cu.team.kind.${team.kind}`)}</Tag>
        <Typography.Text>{team.nodeName}</Typography.Text>
        {team.facilityName && <Typography.Text type="secondary">{team.facilityName}</Typography.Text>}
        <Typography.Text>
          {t('cu.team.leader')}：{team.leaderName}
        </Typography.Text>
      </Space>
      <Typography.Title level={4}>{t('cu.team.programmes')}</Typography.Title>
      <Table
        data-testid="cu-programmes"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={team.programmesList}
        columns={[
          { title: t('cu.prog.title'), dataIndex: 'title' },
          { title: t('cu.prog.minutes'), dataIndex: 'minutes', align: 'right' },
          { title: t('cu.prog.rehearsals'), dataIndex: 'rehearsals', align: 'right' },
          { title: t('cu.prog.performances'), dataIndex: 'performances', align: 'right' },
          ...(canOrder
            ? [
                {
                  title: '',
                  key: 'order',
                  render: (_: unknown, p: Team['programmesList'][number]) => (
                    <Button size="small" type="primary" onClick={() => setOrdering(p)}>
                      {t('cu.order')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {team.membersList.length > 0 && (
        <>
          <Typography.Title level={4}>{t('cu.team.members')}</Typography.Title>
          <Table
            data-testid="cu-members"
            rowKey="id"
            size="small"
            dataSource={team.membersList}
            columns={[
              { title: t('cu.vol.name'), dataIndex: 'name' },
              { title: t('cu.kind'), dataIndex: 'kind', render: (k: string) => t(`cu.member.kind.${k}`) },
              {
                title: t('cu.member.phone'),
                dataIndex: 'phone',
                render: (phone: string, m: Team['membersList'][number]) => (
                  <Space size={4}>
                    {phone}
                    {phone && team.can.manage && (
                      <Button size="small" type="link" onClick={() => setRevealing(m)}>
                        {t('cu.member.reveal')}
                      </Button>
                    )}
                  </Space>
                ),
              },
              { title: t('cu.member.joined'), dataIndex: 'joinedOn' },
            ]}
          />
        </>
      )}
      {ordering && <OrderModal programme={ordering} onClose={() => setOrdering(null)} />}
      {revealing && <RevealModal member={revealing} onClose={() => setRevealing(null)} />}
    </Space>
  );
}

/** Shows a member's full phone once a reason is given (the reveal is audited). */
function RevealModal(props: { member: Team['membersList'][number]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [phone, setPhone] = useState<string | null>(null);
  const submit = async () => {
    try {
      setPhone((await revealMember(props.member.id, reason)).phone ?? '—');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={`${t('cu.member.reveal')} ${props.member.name}`}
      onOk={phone === null ? submit : props.onClose}
      okButtonProps={{ disabled: phone === null && !reason.trim() }}
      onCancel={props.onClose}
    >
      {phone === null ? (
        <Input
          aria-label={t('cu.member.revealReason')}
          placeholder={t('cu.member.revealReason')}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : (
        <Typography.Text strong data-testid="cu-revealed">
          {phone}
        </Typography.Text>
      )}
    </Modal>
  );
}

function OrderModal(props: { programme: Team['programmesList'][number]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { me } = useMe();
  const idem = useIdempotencyKey();
  const [form] = Form.useForm();
  const grants = (me?.grants ?? []).filter((g) =>
    ['community_officer', 'street_officer', 'org_officer'].includes(g.role),
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await placeOrder(
        {
          nodeId: v.nodeId,
          programmeId: props.programme.id,
          onDay: v.onDay.format('YYYY-MM-DD'),
          half: v.half,
          place: v.place,
          note: v.note ?? '',
        },
        idem.get(),
      );
      idem.done();
      message.success(t('cu.order.sent'));
      props.onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t('cu.order.title', { title: props.programme.title })}
      onOk={submit}
      onCancel={props.onClose}
      okText={t('cu.order')}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="cu-order-form"
        initialValues={{ nodeId: grants[0]?.nodeId, half: 'pm' }}
      >
        <Form.Item name="nodeId" label={t('cu.order.node')} rules={[{ required: true }]}>
          <Select options={grants.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="onDay" label={t('cu.order.day')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} />
        </Form.Item>
        <Form.Item name="half" label={t('cu.order.half')} rules={[{ required: true }]}>
          <Select options={HALVES.map((h) => ({ value: h, label: t(`cu.half.${h}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('cu.order.place')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('cu.order.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
