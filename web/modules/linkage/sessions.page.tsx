/** 两代表一委员进社区: the schedule of sessions, recording one as held with its problems, and answering each problem. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import { FiguresStrip } from './common.tsx';
import {
  answerProblem,
  getSession,
  HOST_KINDS,
  listSessions,
  recordSession,
  scheduleSession,
  SESSION_FORMATS,
  sessionsExportUrl,
  type Problem,
  type Session,
  type SessionInput,
} from './linkage.api.ts';

const STATE_COLOUR: Record<Session['state'], string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'default',
};

/** Sessions of this year under the selected node. */
export function SessionsPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('lk.sessions.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const selected = useSelectedNode().node;
  const navigate = useNavigate();
  const idem = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['linkage', 'sessions', nodeId], queryFn: () => listSessions(nodeId) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('lk.sessions.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('lk.sessions.hint')}</Typography.Text>
        </div>
        <Space>
          {can('linkage.export') && (
            <Button
              icon={<DownloadOutlined />}
              href={sessionsExportUrl(nodeId)}
              data-testid="sessions-export"
            >
              {t('lk.export')}
            </Button>
          )}
          {can('linkage.session') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="session-new"
            >
              {t('lk.sessions.new')}
            </Button>
          )}
        </Space>
      </Space>
      <FiguresStrip nodeId={nodeId} show={['sessions', 'answered']} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('lk.sessions.when'),
            dataIndex: 'startsAt',
            render: (v: string, r) => (
              <Link to={`/linkage/sessions/${r.id}`} data-testid="session-row">
                {formatTime(v, lang)}
              </Link>
            ),
          },
          { title: t('lk.field.node'), dataIndex: 'nodeName' },
          { title: t('lk.sessions.format'), dataIndex: 'format', render: (v: string) => t(`lk.format.${v}`) },
          {
            title: t('lk.sessions.host'),
            render: (_: unknown, r) => `${t(`lk.host.${r.hostKind}`)} ${r.hostName}`,
          },
          { title: t('lk.sessions.attendance'), dataIndex: 'attendance' },
          { title: t('lk.sessions.problems'), render: (_: unknown, r) => `${r.answered}/${r.problems}` },
          {
            title: '',
            dataIndex: 'state',
            render: (v: Session['state']) => <Tag color={STATE_COLOUR[v]}>{t(`lk.session.${v}`)}</Tag>,
          },
        ]}
      />
      <FormModal<SessionInput>
        open={open}
        title={t('lk.sessions.new')}
        onClose={() => setOpen(false)}
        testId="session-form"
        initialValues={{ format: 'clinic', hostKind: 'npc_deputy', nodeId }}
        onSubmit={async (v) => {
          const r = await scheduleSession(
            { ...v, nodeId: v.nodeId ?? nodeId!, startsAt: new Date(v.startsAt).toISOString() },
            idem.get(),
          );
          idem.done();
          navigate(`/linkage/sessions/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('lk.node')} rules={[{ required: true }]}>
          <NodePicker initial={selected} />
        </Form.Item>
        <Form.Item name="format" label={t('lk.sessions.format')}>
          <Select options={SESSION_FORMATS.map((k) => ({ value: k, label: t(`lk.format.${k}`) }))} />
        </Form.Item>
        <Form.Item name="hostKind" label={t('lk.sessions.hostKind')}>
          <Select options={HOST_KINDS.map((k) => ({ value: k, label: t(`lk.host.${k}`) }))} />
        </Form.Item>
        {can('linkage.manage') && (
          <Form.Item name="hostName" label={t('lk.sessions.host')}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="startsAt" label={t('lk.sessions.when')} rules={[{ required: true }]}>
          <Input type="datetime-local" data-testid="session-when" />
        </Form.Item>
        <Form.Item name="place" label={t('lk.sessions.place')}>
          <Input data-testid="session-place" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One session: record it held (attendance, problems) or cancel it; answer its problems. */
export function SessionPage() {
  const t = useT();
  const { lang } = useLang();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const s = useQuery({ queryKey: ['linkage', 'session', id], queryFn: () => getSession(id!) });
  const [recording, setRecording] = useState(false);
  const [answering, setAnswering] = useState<Problem | null>(null);
  usePageTitle(t('lk.sessions.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['linkage'] });
  const d = s.data;
  if (!d) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {d.nodeName} · {t(`lk.format.${d.format}`)}
      </Typography.Title>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('lk.sessions.host')}>
          {t(`lk.host.${d.hostKind}`)} {d.hostName}
        </Descriptions.Item>
        <Descriptions.Item label={t('lk.sessions.when')}>{formatTime(d.startsAt, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('lk.sessions.place')}>{d.place}</Descriptions.Item>
        <Descriptions.Item label="">
          <Tag color={STATE_COLOUR[d.state]} data-testid="session-state">
            {t(`lk.session.${d.state}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('lk.sessions.attendance')}>{d.attendance ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('lk.sessions.summary')}>{d.summary}</Descriptions.Item>
      </Descriptions>
      {d.can.record && (
        <Space>
          <Button type="primary" onClick={() => setRecording(true)} data-testid="session-record">
            {t('lk.sessions.record')}
          </Button>
          <Button
            danger
            onClick={async () => {
              await recordSession(d.id, { action: 'cancel', version: d.version });
              await refresh();
            }}
          >
            {t('lk.sessions.cancel')}
          </Button>
        </Space>
      )}
      <Card size="small" title={t('lk.sessions.problems')}>
        {d.problemList.map((p) => (
          <Card key={p.id} size="small" style={{ marginBottom: 8 }} data-testid="problem-row">
            <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
              <Typography.Text>{p.text}</Typography.Text>
              <Space>
                <Tag
                  color={p.state === 'answered' ? 'green' : p.overdue ? 'red' : 'orange'}
                  data-testid="problem-state"
                >
                  {t(`lk.problem.${p.state}`)}
                </Tag>
                <Typography.Text type="secondary">
                  {t('lk.problem.due')} {p.dueOn}
                </Typography.Text>
                {p.can.answer && p.state === 'open' && (
                  <Button size="small" onClick={() => setAnswering(p)} data-testid="problem-answer">
                    {t('lk.problem.answer')}
                  </Button>
                )}
              </Space>
            </Space>
            {p.answer && <Typography.Paragraph type="secondary">{p.answer}</Typography.Paragraph>}
          </Card>
        ))}
      </Card>
      <FormModal<{ attendance: number; summary?: string; lines?: string }>
        open={recording}
        title={t('lk.sessions.record')}
        onClose={() => setRecording(false)}
        testId="record-form"
        onSubmit={async (v) => {
          const problems = (v.lines ?? '')
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean);
          await recordSession(d.id, {
            action: 'hold',
            attendance: v.attendance,
            summary: v.summary,
            problems,
            version: d.version,
          });
          message.success(t('lk.saved'));
          await refresh();
        }}
      >
        <Form.Item name="attendance" label={t('lk.sessions.attendance')} rules={[{ required: true }]}>
          <InputNumber min={0} data-testid="record-attendance" />
        </Form.Item>
        <Form.Item name="summary" label={t('lk.sessions.summary')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="lines" label={t('lk.sessions.problemLines')}>
          <Input.TextArea rows={4} data-testid="record-problems" />
        </Form.Item>
      </FormModal>
      <FormModal<{ answer: string }>
        open={!!answering}
        title={t('lk.problem.answer')}
        onClose={() => setAnswering(null)}
        testId="answer-form"
        onSubmit={async (v) => {
          await answerProblem(answering!.id, {
            action: 'answer',
            answer: v.answer,
            version: answering!.version,
          });
          await refresh();
        }}
      >
        <Form.Item name="answer" label={t('lk.problem.answerField')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="answer-text" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
