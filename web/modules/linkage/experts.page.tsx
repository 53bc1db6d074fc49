/** 三官三师: the roster on the tree (who is on duty on each grid and community, which roles are missing), cases, Excel in and out. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  List,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import {
  DownloadOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  SettingOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { FiguresStrip } from './common.tsx';
import {
  addCase,
  addExpert,
  getRoles,
  getRoster,
  importRoster,
  listCases,
  ROLE_GROUPS,
  rosterExportUrl,
  setRoles,
  updateExpert,
  type ExpertInput,
  type ExpertRole,
  type Roster,
} from './linkage.api.ts';

type Expert = Roster['nodes'][number]['experts'][number];

/** The roster under the selected node. */
export function ExpertsPage() {
  const t = useT();
  usePageTitle(t('lk.experts.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const selected = useSelectedNode().node;
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [casesOf, setCasesOf] = useState<{ id: string; name: string; manage: boolean } | null>(null);
  const [caseOpen, setCaseOpen] = useState(false);
  const [editing, setEditing] = useState<Expert | null>(null);
  const [rolesOpen, setRolesOpen] = useState(false);
  const rolesQ = useQuery({
    queryKey: ['linkage', 'roles', nodeId],
    queryFn: () => getRoles(nodeId!),
    enabled: !!nodeId,
  });
  const roster = useQuery({ queryKey: ['linkage', 'roster', nodeId], queryFn: () => getRoster(nodeId) });
  const cases = useQuery({
    queryKey: ['linkage', 'cases', casesOf?.id],
    queryFn: () => listCases(casesOf!.id),
    enabled: !!casesOf,
  });
  const roles = roster.data?.roles ?? [];
  const roleName = (code: string) => roles.find((r) => r.code === code)?.name ?? code;
  const refresh = () => qc.invalidateQueries({ queryKey: ['linkage'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('lk.experts.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('lk.experts.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('linkage.export') && (
            <Button icon={<DownloadOutlined />} href={rosterExportUrl(nodeId)} data-testid="roster-export">
              {t('lk.export')}
            </Button>
          )}
          {can('linkage.manage') && nodeId && (
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                importRoster(nodeId, file)
                  .then((r) => {
                    if (r.errors.length) message.error(t('lk.import.errors', { n: r.errors.length }));
                    else message.success(t('lk.imported', { n: r.imported }));
                    return refresh();
                  })
                  .catch(reportError);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('lk.import')}</Button>
            </Upload>
          )}
          {rolesQ.data?.can.manage && (
            <Button icon={<SettingOutlined />} onClick={() => setRolesOpen(true)} data-testid="roles-edit">
              {t('lk.roles.edit')}
            </Button>
          )}
          {can('linkage.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="expert-new"
            >
              {t('lk.experts.new')}
            </Button>
          )}
        </Space>
      </Space>
      <FiguresStrip nodeId={nodeId} show={['experts', 'cases']} />
      {roster.data?.nodes.map((n) => (
        <Card
          key={n.nodeId}
          size="small"
          data-testid="roster-node"
          title={n.nodeName}
          extra={
            n.missing.length ? (
              <span>
                {t('lk.experts.missing')}
                {n.missing.map((m) => (
                  <Tag key={m} color="orange">
                    {roleName(m)}
                  </Tag>
                ))}
              </span>
            ) : (
              <Tag color="green">{t('lk.experts.complete')}</Tag>
            )
          }
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={n.experts}
            columns={[
              {
                title: t('lk.experts.role'),
                dataIndex: 'roleName',
                render: (v: string, r) => (
                  <Tag color={r.active ? 'blue' : 'default'}>
                    {v}
                    {!r.active && ` · ${t('lk.experts.inactive')}`}
                  </Tag>
                ),
              },
              { title: t('lk.experts.name'), dataIndex: 'name' },
              { title: t('lk.field.unit'), dataIndex: 'unit' },
              { title: t('lk.experts.phone'), dataIndex: 'phone' },
              {
                title: t('lk.experts.hours'),
                dataIndex: 'officeHours',
                render: (v: string) => <span data-testid="expert-hours-cell">{v}</span>,
              },
              {
                title: t('lk.experts.cases'),
                dataIndex: 'cases',
                render: (v: number, r) => (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setCasesOf({ id: r.id, name: r.name, manage: r.can.manage })}
                  >
                    {v}
                  </Button>
                ),
              },
              {
                title: '',
                render: (_: unknown, r) =>
                  r.can.manage && (
                    <Button size="small" onClick={() => setEditing(r)} data-testid="expert-edit">
                      {t('lk.experts.edit')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      ))}
      <FormModal<ExpertInput>
        open={open}
        title={t('lk.experts.new')}
        onClose={() => setOpen(false)}
        testId="expert-form"
        initialValues={{ nodeId }}
        onSubmit={async (v) => {
          await addExpert({ ...v, nodeId: v.nodeId ?? nodeId! });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('lk.node')} rules={[{ required: true }]}>
          <NodePicker initial={selected} />
        </Form.Item>
        <Form.Item name="role" label={t('lk.experts.role')} rules={[{ required: true }]}>
          <Select options={roles.map((r) => ({ value: r.code, label: r.name }))} data-testid="expert-role" />
        </Form.Item>
        <Form.Item name="name" label={t('lk.experts.name')} rules={[{ required: true }]}>
          <Input data-testid="expert-name" />
        </Form.Item>
        <Form.Item name="unit" label={t('lk.field.unit')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('lk.experts.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="officeHours" label={t('lk.experts.hours')}>
          <Input data-testid="expert-hours" />
        </Form.Item>
      </FormModal>
      <FormModal<{ unit?: string; officeHours?: string; active: boolean }>
        key={`${editing?.id}-${editing?.version}`}
        open={!!editing}
        title={`${editing?.name ?? ''} · ${t('lk.experts.editTitle')}`}
        onClose={() => setEditing(null)}
        testId="expert-edit-form"
        initialValues={{
          unit: editing?.unit,
          officeHours: editing?.officeHours,
          active: editing?.active ?? true,
        }}
        onSubmit={async (v) => {
          await updateExpert(editing!.id, { ...v, version: editing!.version });
          message.success(t('lk.saved'));
          await refresh();
        }}
      >
        <Form.Item name="unit" label={t('lk.field.unit')}>
          <Input />
        </Form.Item>
        <Form.Item name="officeHours" label={t('lk.experts.hours')}>
          <Input data-testid="expert-edit-hours" />
        </Form.Item>
        <Form.Item name="active" label={t('lk.experts.active')} valuePropName="checked">
          <Switch data-testid="expert-edit-active" />
        </Form.Item>
      </FormModal>
      <FormModal<{ roles: ExpertRole[] }>
        key={rolesQ.dataUpdatedAt}
        open={rolesOpen}
        title={t('lk.roles.edit')}
        onClose={() => setRolesOpen(false)}
        testId="roles-form"
        initialValues={{ roles: rolesQ.data?.roles ?? [] }}
        onSubmit={async (v) => {
          qc.setQueryData(['linkage', 'roles', nodeId], await setRoles(nodeId!, v.roles));
          message.success(t('lk.saved'));
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">
          {t('lk.roles.hint')}
          {rolesQ.data && !rolesQ.data.configured && (
            <Tag style={{ marginLeft: 8 }}>{t('lk.roles.default')}</Tag>
          )}
        </Typography.Paragraph>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" data-testid="role-row">
                  <Form.Item
                    name={[f.name, 'code']}
                    rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{0,30}$/ }]}
                  >
                    <Input placeholder={t('lk.roles.code')} style={{ width: 130 }} data-testid="role-code" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 20 }]}>
                    <Input placeholder={t('lk.roles.name')} style={{ width: 130 }} data-testid="role-name" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'grp']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 100 }}
                      placeholder={t('lk.roles.grp')}
                      options={ROLE_GROUPS.map((g) => ({
                        value: g,
                        label: t(`lk.grp.${g}`),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ grp: 'professional' })}
                data-testid="role-add"
              >
                {t('lk.roles.add')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
      <Drawer
        open={!!casesOf}
        onClose={() => setCasesOf(null)}
        title={`${casesOf?.name ?? ''} · ${t('lk.cases.title')}`}
        extra={
          casesOf?.manage && (
            <Button icon={<PlusOutlined />} onClick={() => setCaseOpen(true)}>
              {t('lk.cases.new')}
            </Button>
          )
        }
      >
        <List
          dataSource={cases.data ?? []}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={`${c.takenOn} ${c.summary}`} description={c.outcome} />
            </List.Item>
          )}
        />
      </Drawer>
      <FormModal<{ taken: unknown; summary: string; outcome?: string }>
        open={caseOpen}
        title={t('lk.cases.new')}
        onClose={() => setCaseOpen(false)}
        onSubmit={async (v) => {
          const d = v.taken as { format: (f: string) => string } | undefined;
          await addCase(casesOf!.id, {
            takenOn: d?.format('YYYY-MM-DD') ?? new Date().toISOString().slice(0, 10),
            summary: v.summary,
            outcome: v.outcome,
          });
          await refresh();
        }}
      >
        <Form.Item name="taken" label={t('lk.cases.taken')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="summary" label={t('lk.cases.summary')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={t('lk.cases.outcome')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
