/**
 * The register of mobile party members 流动党员台账 with the five clears 五清 (officers), one
 * member's page (fill the clears, mark a return, vanguard team and services), and a party
 * member's own records.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { ClearTags, ExportButton, ImportButton, usePageTitle } from './common.tsx';
import {
  createCode,
  createMember,
  exportMembersUrl,
  getMember,
  importMembers,
  listMembers,
  listTeams,
  markReturned,
  myRecords,
  recordService,
  updateMember,
  type MemberList,
} from './partymembers.api.ts';
import type { Query } from '../../app/client.ts';
import { beijingDay } from '../../app/format.ts';
import { usePageNode } from '../../app/selected-node.tsx';

type Row = MemberList['items'][number];

/** Party branches below a node, for pickers. */
function useBranches(nodeId: string | undefined) {
  return useQuery({
    queryKey: ['org', 'party-orgs', nodeId],
    queryFn: () =>
      client.get('/api/org/nodes/{id}/party-orgs', { path: { id: nodeId! }, query: { deep: '1' } }),
    enabled: !!nodeId,
  });
}

function MembersTable(props: { items: Row[]; loading?: boolean }) {
  const t = useT();
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.items}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="pm-table"
      columns={[
        { title: t('pm.name'), render: (_, r) => <Link to={`/partymembers/members/${r.id}`}>{r.name}</Link> },
        {
          title: t('pm.direction'),
          render: (_, r) => (
            <Tag color={r.direction === 'in' ? 'blue' : 'orange'}>{t(`pm.direction.${r.direction}`)}</Tag>
          ),
        },
        { title: t('pm.branch'), dataIndex: 'partyOrgName' },
        { title: t('pm.leftOn'), dataIndex: 'leftOn' },
        { title: t('pm.destination'), dataIndex: 'destination' },
        { title: t('pm.work'), dataIndex: 'work' },
        { title: t('pm.phone'), dataIndex: 'phone' },
        { title: t('pm.clears'), render: (_, r) => <ClearTags clears={r.clears} /> },
        { title: t('pm.services'), dataIndex: 'services' },
        {
          title: '',
          render: (_, r) => (r.status === 'returned' ? <Tag>{t('pm.status.returned')}</Tag> : null),
        },
      ]}
    />
  );
}

/** The register below the selected node. */
export function RegisterPage() {
  const t = useT();
  usePageTitle(t('pm.register.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [direction, setDirection] = useState<Query<'get', '/api/partymembers'>['direction']>();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['partymembers', 'list', nodeId, direction],
    queryFn: () => listMembers({ nodeId, direction, limit: 200 }),
    enabled: !!nodeId,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pm.register.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('pm.direction')}
            aria-label={t('pm.direction')}
            style={{ width: 120 }}
            value={direction}
            onChange={setDirection}
            options={['in', 'out'].map((d) => ({ value: d, label: t(`pm.direction.${d}`) }))}
          />
          {can('partymembers.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} disabled={!nodeId}>
              {t('pm.new')}
            </Button>
          )}
          {can('partymembers.import') && nodeId && (
            <ImportButton
              upload={(f) => importMembers(nodeId, f)}
              done={() => void qc.invalidateQueries({ queryKey: ['partymembers'] })}
            />
          )}
          {can('partymembers.export') && nodeId && <ExportButton href={exportMembersUrl(nodeId)} />}
        </Space>
      </Space>
      <Typography.Text type="secondary">{list.data ? `${list.data.total}` : ''}</Typography.Text>
      <MembersTable items={list.data?.items ?? []} loading={list.isLoading} />
      {open && nodeId && (
        <NewMemberModal
          nodeId={nodeId}
          onClose={() => setOpen(false)}
          onDone={() => void qc.invalidateQueries({ queryKey: ['partymembers'] })}
        />
      )}
    </Space>
  );
}

/** Where a member went and how they are doing: the fields the new-member form and the record share. */
function MovementFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="leftOn" label={t('pm.leftOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="origin" label={t('pm.origin')}>
        <Input />
      </Form.Item>
      <Form.Item name="destination" label={t('pm.destination')}>
        <Input />
      </Form.Item>
      <Form.Item name="work" label={t('pm.work')}>
        <Input />
      </Form.Item>
      <Form.Item name="conduct" label={t('pm.conduct')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

function NewMemberModal(props: { nodeId: string; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const [q, setQ] = useState('');
  const branches = useBranches(props.nodeId);
  const people = useQuery({
    queryKey: ['people', 'party', props.nodeId, q],
    queryFn: () =>
      client.get('/api/people', { query: { nodeId: props.nodeId, identity: 'party_member', q, limit: 20 } }),
  });
  return (
    <Modal
      open
      title={t('pm.new')}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'pm-new-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await createMember(v);
          props.onDone();
          props.onClose();
        } catch (e) {
          if (!setFieldErrors(form, e)?.length) reportError(e);
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ direction: 'out', leftOn: beijingDay() }}>
        <Form.Item name="personId" label={t('pm.person')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} ${p.nationalId}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="direction" label={t('pm.direction')}>
          <Select options={['out', 'in'].map((d) => ({ value: d, label: t(`pm.direction.${d}`) }))} />
        </Form.Item>
        <Form.Item name="partyOrgId" label={t('pm.branch')} rules={[{ required: true }]}>
          <Select
            options={(branches.data ?? []).map((b) => ({ value: b.id, label: `${b.nodeName}·${b.name}` }))}
          />
        </Form.Item>
        <MovementFields />
      </Form>
    </Modal>
  );
}

/** One member: the five clears to fill, return, vanguard team and services. */
export function MemberPage() {
  const t = useT();
  const { id } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const m = useQuery({ queryKey: ['partymembers', 'member', id], queryFn: () => getMember(id!) });
  usePageTitle(m.data?.name ?? t('pm.register.title'));
  const teams = useQuery({
    queryKey: ['partymembers', 'teams', m.data?.nodeId],
    queryFn: () => listTeams(m.data!.nodeId),
    enabled: !!m.data?.can.write,
  });
  const [form] = Form.useForm();
  const [svcForm] = Form.useForm();
  if (!m.data) return null;
  const x = m.data;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['partymembers'] });
  const team = teams.data?.find((tm) => tm.id === x.teamId);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3}>
        {x.name}{' '}
        <Tag color={x.direction === 'in' ? 'blue' : 'orange'}>{t(`pm.direction.${x.direction}`)}</Tag>
        {x.status === 'returned' && <Tag>{t('pm.status.returned')}</Tag>}
      </Typography.Title>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('pm.nationalId')}>{x.nationalId}</Descriptions.Item>
        <Descriptions.Item label={t('pm.phone')}>{x.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('pm.branch')}>{x.partyOrgName}</Descriptions.Item>
        <Descriptions.Item label={t('pm.source.register')}>{t(`pm.source.${x.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('pm.clears')} span={2}>
          <ClearTags clears={x.clears} />
        </Descriptions.Item>
      </Descriptions>
      {x.can.write && (
        <Button
          data-testid="pm-onetime"
          onClick={async () => {
            try {
              const c = await createCode({ nodeId: x.nodeId, personId: x.personId });
              modal.info({
                title: t('pm.onetime'),
                content: (
                  <>
                    {/* drawn by the server's QR encoder from our own URL */}
                    <div style={{ width: 180 }} dangerouslySetInnerHTML={{ __html: c.svg }} />
                    <Typography.Paragraph copyable style={{ wordBreak: 'break-all' }}>
                      {c.url}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary">{t('pm.onetime.hint')}</Typography.Text>
                  </>
                ),
              });
            } catch (e) {
              reportError(e);
            }
          }}
        >
          {t('pm.onetime')}
        </Button>
      )}
      <Card title={t('pm.clears')} size="small">
        <Form
          form={form}
          layout="vertical"
          disabled={!x.can.write}
          initialValues={{ ...x, leftOn: x.leftOn ?? undefined }}
          key={x.version}
          onFinish={async (v) => {
            try {
              await updateMember(x.id, {
                leftOn: v.leftOn || null,
                origin: v.origin,
                destination: v.destination,
                work: v.work,
                conduct: v.conduct,
                basicChecked: v.basicChecked,
                teamId: v.teamId ?? null,
                version: x.version,
              });
              message.success(t('pm.saved'));
              refresh();
            } catch (e) {
              if (!setFieldErrors(form, e)?.length) reportError(e);
            }
          }}
        >
          <Form.Item name="basicChecked" valuePropName="checked">
            <Checkbox>{t('pm.basicChecked')}</Checkbox>
          </Form.Item>
          <MovementFields />
          {x.can.write && (
            <Form.Item name="teamId" label={t('pm.team')}>
              <Select
                allowClear
                options={(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
              />
            </Form.Item>
          )}
          {x.can.write && (
            <Space>
              <Button type="primary" htmlType="submit" data-testid="pm-save">
                {t('pm.save')}
              </Button>
              {x.status === 'active' && (
                <Button
                  onClick={async () => {
                    try {
                      await markReturned(x.id, { returnedOn: beijingDay(), version: x.version });
                      refresh();
                    } catch (e) {
                      reportError(e);
                    }
                  }}
                >
                  {t('pm.return')}
                </Button>
              )}
            </Space>
          )}
        </Form>
      </Card>
      <Card title={`${t('pm.services')}：${x.services}`} size="small">
        {x.can.write && team && (
          <Form
            form={svcForm}
            layout="inline"
            initialValues={{ servedOn: beijingDay(), hours: 2 }}
            onFinish={async (v) => {
              try {
                await recordService(x.id, v);
                svcForm.resetFields();
                refresh();
              } catch (e) {
                reportError(e);
              }
            }}
          >
            <Form.Item name="service" rules={[{ required: true }]}>
              <Select
                style={{ width: 160 }}
                placeholder={t('pm.service')}
                options={team.services.map((s) => ({ value: s, label: s }))}
              />
            </Form.Item>
            <Form.Item name="servedOn">
              <Input type="date" />
            </Form.Item>
            <Form.Item name="hours">
              <InputNumber min={0} max={24} addonAfter="h" />
            </Form.Item>
            <Button htmlType="submit">{t('pm.record_service')}</Button>
          </Form>
        )}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={x.serviceList}
          columns={[
            { title: t('pm.servedOn'), dataIndex: 'servedOn' },
            { title: t('pm.service'), dataIndex: 'service' },
            { title: t('pm.hours'), dataIndex: 'hours' },
          ]}
        />
      </Card>
    </Space>
  );
}

/** A party member's own records. */
export function MinePage() {
  const t = useT();
  usePageTitle(t('pm.mine.title'));
  const list = useQuery({ queryKey: ['partymembers', 'mine'], queryFn: myRecords });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('pm.mine.title')}</Typography.Title>
      <MembersTable items={list.data?.items ?? []} loading={list.isLoading} />
    </Space>
  );
}
