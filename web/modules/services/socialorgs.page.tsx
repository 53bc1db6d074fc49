/**
 * The social-organisation register: organisations with their credit code, party branch (single
 * or joint), incubation base (Putuo's 1+2+4), last inspection and projects; registering one,
 * recording an inspection or a project, linking a staff account; Excel in and out.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  INCUBATION_LEVELS,
  INSPECTION_RESULTS,
  ORG_CATEGORIES,
  PARTY_BRANCH,
  addOrgProject,
  getOrg,
  importOrgs,
  inspectOrg,
  linkStaff,
  listOrgs,
  orgsExportUrl,
  registerOrg,
  type Org,
} from './services.api.ts';
import type { Body } from '../../app/client.ts';
import { beijingYear } from '../../app/format.ts';

function OrgDrawer(props: { id: string | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [form, setForm] = useState<'inspect' | 'project' | 'staff' | null>(null);
  const q = useQuery({
    queryKey: ['socialorgs', props.id],
    queryFn: () => getOrg(props.id!),
    enabled: !!props.id,
  });
  const o = q.data;
  const done = () => qc.invalidateQueries({ queryKey: ['socialorgs'] });
  return (
    <Drawer open={!!props.id} onClose={props.onClose} title={o?.name} width={520}>
      {o && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('socialorgs.code')}>{o.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('socialorgs.category')}>
              {t(`socialorgs.category.${o.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('socialorgs.branch')}>
              {t(`socialorgs.branch.${o.partyBranch}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('socialorgs.incubation')}>
              {t(`socialorgs.level.${o.incubationLevel ?? 'none'}`)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('socialorgs.inspection')}</Typography.Title>
          <List
            size="small"
            dataSource={o.inspections}
            renderItem={(i) => (
              <List.Item>
                {i.year} · {t(`socialorgs.result.${i.result}`)} {i.note}
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('socialorgs.projects')}</Typography.Title>
          <List
            size="small"
            dataSource={o.projectList}
            renderItem={(p) => (
              <List.Item>
                {p.year} · {p.title} · {p.funder} · ¥{p.amountYuan.toLocaleString()}
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('socialorgs.staff')}</Typography.Title>
          <List size="small" dataSource={o.staff} renderItem={(s) => <List.Item>{s.name}</List.Item>} />
          {o.can.manage && (
            <Space wrap>
              <Button onClick={() => setForm('inspect')}>{t('socialorgs.inspection')}</Button>
              <Button onClick={() => setForm('project')}>{t('socialorgs.projects')}</Button>
              <Button onClick={() => setForm('staff')}>{t('socialorgs.link')}</Button>
            </Space>
          )}
          <FormModal<Body<'post', '/api/socialorgs/{id}/inspections'>>
            open={form === 'inspect'}
            title={t('socialorgs.inspection')}
            onClose={() => setForm(null)}
            initialValues={{ year: beijingYear(), result: 'qualified' }}
            onSubmit={async (v) => {
              await inspectOrg(o.id, v);
              await done();
            }}
          >
            <Form.Item name="year" label={t('socialorgs.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="result" label={t('socialorgs.result')} rules={[{ required: true }]}>
              <Select
                options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`socialorgs.result.${r}`) }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('services.order.note')}>
              <Input />
            </Form.Item>
          </FormModal>
          <FormModal<{ year: number; title: string; funder?: string; amountYuan: number }>
            open={form === 'project'}
            title={t('socialorgs.projects')}
            onClose={() => setForm(null)}
            initialValues={{ year: beijingYear(), amountYuan: 0 }}
            onSubmit={async (v) => {
              await addOrgProject(o.id, v);
              await done();
            }}
          >
            <Form.Item name="year" label={t('socialorgs.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="title" label={t('socialorgs.project.title')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="funder" label={t('socialorgs.project.funder')}>
              <Input />
            </Form.Item>
            <Form.Item name="amountYuan" label={t('socialorgs.project.amount')} rules={[{ required: true }]}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
          </FormModal>
          <FormModal<{ username: string }>
            open={form === 'staff'}
            title={t('socialorgs.link')}
            onClose={() => setForm(null)}
            onSubmit={async (v) => {
              await linkStaff(o.id, v.username);
              await done();
            }}
          >
            <Form.Item name="username" label={t('socialorgs.username')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Drawer>
  );
}

/** The register page. */
export function SocialOrgsPage() {
  const t = useT();
  const { can } = useMe();
  const { node } = useSelectedNode();
  const { message } = App.useApp();
  const qc = useQueryClient();
  usePageTitle(t('socialorgs.title'));
  const [open, setOpen] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const nodeId = usePageNode();
  const q = useQuery({
    queryKey: ['socialorgs', 'list', node?.id],
    queryFn: () => listOrgs({ nodeId: node?.id }),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('socialorgs.title')}
        </Typography.Title>
        {can('socialorgs.manage') && (
          <Button icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="org-register">
            {t('socialorgs.register')}
          </Button>
        )}
        {can('socialorgs.export') && (
          <Button icon={<DownloadOutlined />} href={orgsExportUrl(node?.id)}>
            {t('services.export')}
          </Button>
        )}
        {can('socialorgs.manage') && nodeId && (
          <Upload
            showUploadList={false}
            accept=".xlsx,.csv"
            beforeUpload={(file) => {
              importOrgs(nodeId, file)
                .then((r) => {
                  if (r.errors.length)
                    message.error(r.errors.map((e) => `${e.row}: ${e.message}`).join('；'));
                  else message.success(t('socialorgs.imported', { n: r.created }));
                  return qc.invalidateQueries({ queryKey: ['socialorgs'] });
                })
                .catch(reportError);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('socialorgs.import')}</Button>
          </Upload>
        )}
      </Space>
      <Table<Org>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data}
        scroll={{ x: 800 }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('socialorgs.name'), dataIndex: 'name' },
          { title: t('socialorgs.code'), dataIndex: 'creditCode' },
          {
            title: t('socialorgs.category'),
            dataIndex: 'category',
            render: (c) => t(`socialorgs.category.${c}`),
          },
          {
            title: t('socialorgs.branch'),
            dataIndex: 'partyBranch',
            render: (b) => <Tag color={b === 'none' ? 'default' : 'red'}>{t(`socialorgs.branch.${b}`)}</Tag>,
          },
          {
            title: t('socialorgs.incubation'),
            dataIndex: 'incubationLevel',
            render: (l) => t(`socialorgs.level.${l ?? 'none'}`),
          },
          {
            title: t('socialorgs.inspection'),
            dataIndex: 'lastInspection',
            render: (i: Org['lastInspection']) =>
              i ? `${i.year} ${t(`socialorgs.result.${i.result}`)}` : '—',
          },
          { title: t('socialorgs.projects'), dataIndex: 'projects' },
          { title: '', dataIndex: 'nodeName' },
        ]}
      />
      <OrgDrawer id={open} onClose={() => setOpen(null)} />
      <FormModal<{
        name: string;
        creditCode: string;
        category: string;
        partyBranch: string;
        incubationLevel?: string;
      }>
        open={registering}
        title={t('socialorgs.register')}
        onClose={() => setRegistering(false)}
        initialValues={{ partyBranch: 'none', category: 'community' }}
        onSubmit={async (v) => {
          await registerOrg({
            nodeId: nodeId!,
            name: v.name,
            creditCode: v.creditCode,
            category: v.category as never,
            partyBranch: v.partyBranch as never,
            incubationLevel: (v.incubationLevel || null) as never,
          });
          await qc.invalidateQueries({ queryKey: ['socialorgs'] });
        }}
      >
        <Form.Item name="name" label={t('socialorgs.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="creditCode" label={t('socialorgs.code')} rules={[{ required: true }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="category" label={t('socialorgs.category')}>
          <Select options={ORG_CATEGORIES.map((c) => ({ value: c, label: t(`socialorgs.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="partyBranch" label={t('socialorgs.branch')}>
          <Select options={PARTY_BRANCH.map((c) => ({ value: c, label: t(`socialorgs.branch.${c}`) }))} />
        </Form.Item>
        <Form.Item name="incubationLevel" label={t('socialorgs.incubation')}>
          <Select
            allowClear
            options={INCUBATION_LEVELS.map((c) => ({ value: c, label: t(`socialorgs.level.${c}`) }))}
          />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
