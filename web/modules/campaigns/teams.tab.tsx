/**
 * A drive's teams 工作组 (members, households, signing rate; forming a team and adding cadres), and the
 * records waiting for the drive office: confirm, or refuse with a reason (not one's own: two people).
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import {
  addMember,
  addTeam,
  deleteMember,
  deleteTeam,
  editMember,
  renameTeam,
  decide,
  getConfirmations,
  getTeams,
  type Campaign,
  type PendingRecord,
  type Team,
} from './campaigns.api.ts';

/** The teams of a drive. */
export function TeamsTab(props: { c: Campaign }) {
  const t = useT();
  const { c } = props;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [forming, setForming] = useState(false);
  const [adding, setAdding] = useState<Team | null>(null);
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [member, setMember] = useState<(Team['members'][number] & { teamId: string }) | null>(null);
  const teams = useQuery({ queryKey: ['campaigns', 'teams', c.id], queryFn: () => getTeams(c.id) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['campaigns'] });
  /** Runs a change; false (with the server's reason shown) when it was refused. */
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('cmp.saved'));
      await refresh();
      return true;
    } catch (e) {
      reportError(e);
      return false;
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {c.can.manage && (
        <Button icon={<PlusOutlined />} onClick={() => setForming(true)} data-testid="cmp-team-new">
          {t('cmp.team.new')}
        </Button>
      )}
      {teams.data?.length === 0 && <Empty description={t('cmp.team.none')} />}
      <List
        grid={{ gutter: 12, xs: 1, md: 2, xl: 3 }}
        dataSource={teams.data ?? []}
        renderItem={(tm) => (
          <List.Item>
            <Card
              size="small"
              data-testid="cmp-team"
              title={
                <Space>
                  {tm.name}
                  {c.myTeamId === tm.id && <Tag color="gold">{t('cmp.myTeam')}</Tag>}
                </Space>
              }
              extra={
                c.can.manage && (
                  <Space size={4}>
                    <Button size="small" icon={<UserAddOutlined />} onClick={() => setAdding(tm)}>
                      {t('cmp.team.addMember')}
                    </Button>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('cmp.team.rename')}
                      title={t('cmp.team.rename')}
                      onClick={() => setRenaming(tm)}
                    />
                    <Popconfirm
                      title={t('cmp.team.delete.confirm')}
                      onConfirm={() => run(() => deleteTeam(tm.id))}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('cmp.team.delete')}
                        title={t('cmp.team.delete')}
                      />
                    </Popconfirm>
                  </Space>
                )
              }
            >
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t('cmp.households')} {tm.households} · {t('cmp.signed')} {tm.signed} · {t('cmp.signRate')}{' '}
                {tm.signRate == null ? '—' : `${tm.signRate}%`}
              </Typography.Paragraph>
              <Space wrap size={4}>
                {tm.members.map((m) =>
                  c.can.manage ? (
                    <Button
                      key={m.id}
                      size="small"
                      danger={m.leader}
                      aria-label={`${t('cmp.member.edit')} ${m.name}`}
                      onClick={() => setMember({ ...m, teamId: tm.id })}
                      data-testid="cmp-member"
                    >
                      {m.name}
                      {m.leader ? `（${t('cmp.team.leader')}）` : ''}
                    </Button>
                  ) : (
                    <Tag key={m.id} color={m.leader ? 'red' : undefined}>
                      {m.name}
                      {m.leader ? `（${t('cmp.team.leader')}）` : ''}
                    </Tag>
                  ),
                )}
              </Space>
            </Card>
          </List.Item>
        )}
      />
      <FormModal<{ name: string }>
        open={forming}
        title={t('cmp.team.new')}
        onClose={() => setForming(false)}
        testId="cmp-team-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addTeam(c.id, v.name);
          message.success(t('cmp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('cmp.team.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string }>
        open={!!renaming}
        title={`${t('cmp.team.rename')} · ${renaming?.name ?? ''}`}
        onClose={() => setRenaming(null)}
        initialValues={{ name: renaming?.name }}
        testId="cmp-team-rename"
        testIdOn="form"
        onSubmit={async (v) => {
          await renameTeam(renaming!.id, v.name);
          message.success(t('cmp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('cmp.team.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string; leader: boolean; teamId: string }>
        open={!!member}
        title={t('cmp.member.edit')}
        onClose={() => setMember(null)}
        initialValues={
          member ? { name: member.name, leader: member.leader, teamId: member.teamId } : undefined
        }
        testId="cmp-member-form-edit"
        testIdOn="form"
        onSubmit={async (v) => {
          await editMember(member!.id, v);
          message.success(t('cmp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('cmp.team.memberName')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="teamId" label={t('cmp.member.team')} rules={[{ required: true }]}>
          <Select options={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item name="leader" valuePropName="checked">
          <Checkbox>{t('cmp.team.leader')}</Checkbox>
        </Form.Item>
        <Popconfirm
          title={t('cmp.member.delete.confirm')}
          onConfirm={async () => {
            // a refused removal (the member logged work) keeps the dialog open under its reason
            if (await run(() => deleteMember(member!.id))) setMember(null);
          }}
        >
          <Button danger size="small" data-testid="cmp-member-delete">
            {t('cmp.member.delete')}
          </Button>
        </Popconfirm>
      </FormModal>
      <FormModal<{ username?: string; name?: string; leader: boolean }>
        open={!!adding}
        title={`${t('cmp.team.addMember')} · ${adding?.name ?? ''}`}
        onClose={() => setAdding(null)}
        initialValues={{ leader: false }}
        testId="cmp-member-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addMember(adding!.id, {
            username: v.username || undefined,
            name: v.name || undefined,
            leader: v.leader,
          });
          message.success(t('cmp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="username" label={t('cmp.team.username')} rules={[{ max: 64 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('cmp.team.memberName')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="leader" valuePropName="checked">
          <Checkbox>{t('cmp.team.leader')}</Checkbox>
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The records waiting for the drive office. */
export function ConfirmTab(props: { c: Campaign }) {
  const t = useT();
  const { c } = props;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [refusing, setRefusing] = useState<PendingRecord | null>(null);
  const [reason, setReason] = useState('');
  const q = useQuery({ queryKey: ['campaigns', 'confirm', c.id], queryFn: () => getConfirmations(c.id) });
  const send = async (r: PendingRecord, approve: boolean, why = '') => {
    try {
      await decide(r.id, { approve, reason: why, version: r.version });
      message.success(t('cmp.saved'));
      await qc.invalidateQueries({ queryKey: ['campaigns'] });
      return true;
    } catch (e) {
      reportError(e);
      return false;
    }
  };
  return (
    <>
      <div style={{ overflowX: 'auto' }}>
        <Table<PendingRecord>
          rowKey="id"
          size="small"
          data-testid="cmp-confirm-table"
          locale={{ emptyText: t('cmp.confirm.none') }}
          dataSource={q.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('cmp.h.no'), render: (_, r) => `${r.buildingNo} ${r.householdNo}` },
            { title: t('cmp.h.head'), dataIndex: 'headName' },
            { title: t('cmp.h.team'), dataIndex: 'teamName' },
            { title: t('cmp.record.kind.sign'), render: (_, r) => t(`cmp.record.kind.${r.kind}`) },
            { title: t('cmp.record.on'), dataIndex: 'onDate' },
            { title: t('cmp.record.by'), dataIndex: 'recordedName' },
            {
              title: '',
              render: (_, r) =>
                r.mine ? (
                  <Typography.Text type="secondary">{t('cmp.confirm.mine')}</Typography.Text>
                ) : (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => send(r, true)}
                      data-testid="cmp-confirm"
                    >
                      {t('cmp.confirm')}
                    </Button>
                    <Button size="small" danger onClick={() => (setReason(''), setRefusing(r))}>
                      {t('cmp.refuse')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </div>
      <Modal
        open={!!refusing}
        title={t('cmp.refuse')}
        onCancel={() => setRefusing(null)}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={async () => {
          if (await send(refusing!, false, reason.trim())) setRefusing(null);
        }}
      >
        <Input.TextArea
          aria-label={t('cmp.refuse.reason')}
          placeholder={t('cmp.refuse.reason')}
          maxLength={500}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
