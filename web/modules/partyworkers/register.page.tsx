/**
 * The register of full-time party workers under the selected node: the figures (posts, in post,
 * vacancy rate, placed this year against the district's target), each street and community with its
 * posts and vacancies (the district sets posts; a street places a worker in a vacant post), the
 * workers in post (or gone) with contracts ending, Excel out and in.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getRegister,
  importRegister,
  place,
  QUALIFICATIONS,
  registerExportUrl,
  setPosts,
  setTarget,
  type PlaceInput,
  type PostRow,
  type RegisterImport,
  type WorkerRow,
} from './partyworkers.api.ts';
import { partyworkersMessages } from './partyworkers.messages.ts';
import { ContractEnd } from './partyworkers.shared.tsx';

addMessages(partyworkersMessages);

/** The register page. */
export function RegisterPage() {
  const t = useT();
  useDocumentTitle(t('pw.title'));
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [state, setState] = useState<'active' | 'ended'>('active');
  const [onlyVacant, setOnlyVacant] = useState(false);
  const [editing, setEditing] = useState<PostRow | null>(null);
  const [placing, setPlacing] = useState<PostRow | null>(null);
  const [targeting, setTargeting] = useState(false);
  const [importing, setImporting] = useState(false);
  const reg = useQuery({
    queryKey: ['partyworkers', 'register', nodeId, state],
    queryFn: () => getRegister(nodeId, state),
  });
  const posts = reg.data?.posts ?? [];
  const f = reg.data?.figures;
  const can = reg.data?.can;
  const refresh = () => qc.invalidateQueries({ queryKey: ['partyworkers'] });
  const saved = async () => {
    message.success(t('pw.saved'));
    await refresh();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('pw.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('pw.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can?.export && (
            <Button icon={<DownloadOutlined />} href={registerExportUrl(nodeId)}>
              {t('pw.export')}
            </Button>
          )}
          {can?.manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="pw-import">
              {t('pw.import')}
            </Button>
          )}
          {can?.posts && (
            <Button onClick={() => setTargeting(true)} data-testid="pw-target">
              {t('pw.set_target')}
            </Button>
          )}
        </Space>
      </Space>
      {f && (
        <Row gutter={[12, 12]}>
          <StatCard title={t('pw.posts')} value={f.posts} data-testid="pw-fig-posts" />
          <StatCard title={t('pw.filled')} value={f.filled} data-testid="pw-fig-filled" />
          <StatCard
            title={t('pw.vacancy_rate')}
            value={f.vacancyRate ?? '—'}
            suffix={f.vacancyRate === null ? undefined : '%'}
            data-testid="pw-fig-vacancy"
          />
          <StatCard
            title={t('pw.placed')}
            value={f.placedThisYear}
            suffix={`/ ${f.target}`}
            data-testid="pw-fig-placed"
          />
        </Row>
      )}
      <Card
        size="small"
        title={t('pw.posts')}
        extra={
          <Checkbox checked={onlyVacant} onChange={(e) => setOnlyVacant(e.target.checked)}>
            {t('pw.only_vacant')}
          </Checkbox>
        }
      >
        <Table<PostRow>
          rowKey="nodeId"
          size="small"
          loading={reg.isLoading}
          dataSource={posts.filter((p) => !onlyVacant || p.vacant > 0)}
          data-testid="pw-posts"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('pw.street'), dataIndex: 'streetName' },
            { title: t('pw.node'), dataIndex: 'nodeName' },
            { title: t('pw.posts'), dataIndex: 'posts' },
            { title: t('pw.filled'), dataIndex: 'filled' },
            {
              title: t('pw.vacant'),
              render: (_, p) => (p.vacant > 0 ? <Tag color="red">{p.vacant}</Tag> : 0),
            },
            ...(can?.posts || can?.manage
              ? [
                  {
                    title: '',
                    render: (_: unknown, p: PostRow) => (
                      <Space>
                        {can.posts && (
                          <Button size="small" onClick={() => setEditing(p)} data-testid="pw-set-posts">
                            {t('pw.set_posts')}
                          </Button>
                        )}
                        {can.manage && p.vacant > 0 && (
                          <Button
                            size="small"
                            type="primary"
                            icon={<PlusOutlined />}
                            onClick={() => setPlacing(p)}
                            data-testid="pw-place"
                          >
                            {t('pw.place')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('pw.workers')}
        extra={
          <Segmented
            value={state}
            onChange={(v) => setState(v as 'active' | 'ended')}
            options={[
              { value: 'active', label: t('pw.state.active') },
              { value: 'ended', label: t('pw.state.ended') },
            ]}
          />
        }
      >
        <Table<WorkerRow>
          rowKey="id"
          size="small"
          loading={reg.isLoading}
          dataSource={reg.data?.workers ?? []}
          data-testid="pw-workers"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: t('pw.name'),
              render: (_, w) => <Link to={`/partyworkers/workers/${w.id}`}>{w.name}</Link>,
            },
            { title: t('pw.node'), dataIndex: 'nodeName' },
            { title: t('pw.startedOn'), dataIndex: 'startedOn' },
            { title: t('pw.contractEnd'), render: (_, w) => <ContractEnd w={w} /> },
            {
              title: t('pw.qualifications'),
              render: (_, w) => w.qualifications.map((q) => <Tag key={q}>{t(`pw.qualification.${q}`)}</Tag>),
            },
            {
              title: t('pw.lastGrade'),
              render: (_, w) =>
                w.lastGrade ? `${w.lastGrade.year} ${t(`pw.grade.${w.lastGrade.grade}`)}` : '',
            },
            ...(state === 'ended'
              ? [
                  {
                    title: t('pw.endedOn'),
                    render: (_: unknown, w: WorkerRow) =>
                      `${w.endedOn ?? ''} ${w.endReason ? t(`pw.end.${w.endReason}`) : ''}`,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<{ posts: number }>
        open={!!editing}
        title={`${t('pw.set_posts')} · ${editing?.nodeName ?? ''}`}
        onClose={() => setEditing(null)}
        initialValues={{ posts: editing?.posts ?? 1 }}
        testId="pw-posts-form"
        onSubmit={async (v) => {
          await setPosts(editing!.nodeId, { posts: v.posts, version: editing!.version });
          await saved();
        }}
      >
        <Form.Item name="posts" label={t('pw.posts_count')} rules={[{ required: true }]}>
          <InputNumber min={0} max={50} />
        </Form.Item>
      </FormModal>
      <FormModal<{ yearlyTarget: number }>
        open={targeting}
        title={t('pw.set_target')}
        onClose={() => setTargeting(false)}
        initialValues={{ yearlyTarget: f?.target ?? 180 }}
        testId="pw-target-form"
        onSubmit={async (v) => {
          await setTarget({ yearlyTarget: v.yearlyTarget, version: f?.targetVersion ?? 0 });
          await saved();
        }}
      >
        <Form.Item name="yearlyTarget" label={t('pw.target')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<PlaceInput, 'nodeId'>>
        open={!!placing}
        title={`${t('pw.place')} · ${placing?.nodeName ?? ''}`}
        onClose={() => setPlacing(null)}
        initialValues={{ startedOn: beijingDay(), qualifications: ['party_member'] }}
        testId="pw-place-form"
        onSubmit={async (v) => {
          await place({ ...v, nodeId: placing!.nodeId });
          await saved();
        }}
      >
        <Form.Item name="name" label={t('pw.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('pw.phone')} rules={[{ max: 20 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startedOn" label={t('pw.startedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="contractEnd" label={t('pw.contractEnd')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="qualifications" label={t('pw.qualifications')}>
          <Select
            mode="multiple"
            options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`pw.qualification.${q}`) }))}
          />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<RegisterImport['rows'][number]>
          title={t('pw.import.title')}
          messages="pw.import"
          send={importRegister}
          columns={[
            { title: t('pw.node'), dataIndex: 'node' },
            { title: t('pw.name'), dataIndex: 'name' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="pw-import-dialog"
          applyTestId="pw-import-apply"
        />
      )}
    </Space>
  );
}
