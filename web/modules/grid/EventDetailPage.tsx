/**
 * One event with its history and the lifecycle buttons the server allows this user now
 * (receive, dispatch, accept/return, handle, verify, close, reject, merge, escalate). A stale
 * version shows both copies; a verify without network is queued.
 */
import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Descriptions,
  Empty,
  Form,
  Image,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Table,
  Timeline,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, ApiError } from '../../app/api.ts';
import { applyProblemToForm } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { PageTitle, StateTag, TimerTag, fmtTime, isOffline } from './common.tsx';
import type { EventItem } from './EventsPage.tsx';
import { enqueue } from './outbox.ts';

interface EventDetail extends EventItem {
  history: {
    at: string;
    action: string;
    from: string | null;
    to: string;
    actorName: string;
    note: string | null;
    departmentName: string | null;
  }[];
}

/** Which inputs each action asks for (mirrors the server's state machine data). */
const NEEDS: Record<string, ('note' | 'departmentId' | 'duplicateOf')[]> = {
  reject: ['note'],
  merge: ['duplicateOf'],
  escalate: ['note'],
  dispatch: ['departmentId'],
  return: ['note'],
  handle: ['note'],
  redo: ['note'],
};
/** Which inputs must be filled (dispatch may leave the department to the routing rules). */
const REQUIRED = new Set([
  'reject:note',
  'merge:duplicateOf',
  'escalate:note',
  'return:note',
  'handle:note',
  'redo:note',
]);
const ORDER = [
  'receive',
  'dispatch',
  'accept',
  'handle',
  'verify',
  'close',
  'return',
  'redo',
  'escalate',
  'merge',
  'reject',
];

function DepartmentSelect(props: { value?: string; onChange?: (v: string | undefined) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['grid-departments', q],
    enabled: q.length > 0,
    meta: { silent: true },
    queryFn: () =>
      api<{ id: string; name: string }[]>(
        'GET',
        `/api/org/search?q=${encodeURIComponent(q)}&level=department`,
      ),
  });
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={props.onChange}
      placeholder={t('grid.action.departmentAuto')}
      options={(found.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      data-testid="action-department"
    />
  );
}

/** The detail page. */
export default function EventDetailPage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [acting, setActing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState<{ action: string; current: EventItem } | null>(null);
  const [form] = Form.useForm();
  const q = useQuery({
    queryKey: ['grid-event', id],
    queryFn: () => api<EventDetail>('GET', `/api/events/${id}`),
  });
  const e = q.data;

  const run = async (action: string, extra: Record<string, unknown> = {}) => {
    if (!e) return;
    setBusy(true);
    const body = { action, version: e.version, ...extra };
    try {
      await api('POST', `/api/events/${e.id}/transitions`, body);
      message.success(t('grid.action.done', { action: t(`grid.action.${action}`) }));
      setActing(null);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['grid-event', id] });
      await qc.invalidateQueries({ queryKey: ['grid-events'] });
    } catch (err) {
      if (
        err instanceof ApiError &&
        err.status === 409 &&
        (err.problem as unknown as { current?: EventItem }).current
      ) {
        setStale({ action, current: (err.problem as unknown as { current: EventItem }).current });
        setActing(null);
      } else if (isOffline(err)) {
        await enqueue({ kind: 'event.transition', label: e.title, targetId: e.id, body });
        message.info(t('grid.action.offlineQueued', { action: t(`grid.action.${action}`) }));
        setActing(null);
      } else if (acting) applyProblemToForm(form, err);
      else message.error(err instanceof ApiError ? err.problem.title : String(err));
    } finally {
      setBusy(false);
    }
  };

  const click = (action: string) => {
    if (NEEDS[action]) {
      form.resetFields();
      setActing(action);
    } else void run(action);
  };

  if (q.isLoading) return <Spin />;
  if (!e) return <Empty />;
  const actions = ORDER.filter((a) => e.actions.includes(a));
  return (
    <div style={{ maxWidth: 900 }}>
      <PageTitle>
        {e.title} <StateTag state={e.state} />
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }} data-testid="event-actions">
        {actions.length ? (
          actions.map((a) => (
            <Button
              key={a}
              type={['reject', 'return', 'redo'].includes(a) ? 'default' : 'primary'}
              danger={['reject', 'return', 'redo'].includes(a)}
              loading={busy && !acting}
              onClick={() => click(a)}
              data-testid={`action-${a}`}
            >
              {t(`grid.action.${a}`)}
            </Button>
          ))
        ) : (
          <Typography.Text type="secondary">{t('grid.events.noActions')}</Typography.Text>
        )}
      </Space>
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('grid.events.category')}>{t(`grid.cat.${e.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('grid.report.level')}>
          {t(`grid.report.level.${e.level}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('grid.events.timer')}>
          <TimerTag colour={e.timer.colour} deadline={e.timer.deadline} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grid.events.node')}>{e.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('grid.events.address')}>{e.address || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('grid.events.department')}>{e.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('grid.events.reporter')}>{e.reporterName}</Descriptions.Item>
        <Descriptions.Item label={t('grid.events.reportedAt')}>{fmtTime(e.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('grid.events.description')}>{e.description || '—'}</Descriptions.Item>
      </Descriptions>
      {e.photoIds.length > 0 && (
        <>
          <Typography.Title level={5}>{t('grid.events.photos')}</Typography.Title>
          <Image.PreviewGroup>
            <Space wrap>
              {e.photoIds.map((p) => (
                <Image
                  key={p}
                  width={120}
                  src={`/api/events/${e.id}/photos/${p}`}
                  data-testid="event-photo"
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('grid.events.history')}
      </Typography.Title>
      <Timeline
        items={e.history.map((h) => ({
          content: (
            <div>
              <b>{t(`grid.action.${h.action}`)}</b> · {h.actorName} · {fmtTime(h.at)}
              {h.departmentName && ` → ${h.departmentName}`}
              {h.note && <div style={{ color: '#666' }}>{h.note}</div>}
            </div>
          ),
        }))}
      />
      <Modal
        open={!!acting}
        title={acting ? t(`grid.action.${acting}`) : ''}
        onCancel={() => setActing(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'action-confirm' } as unknown as ButtonProps}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => acting && void run(acting, v)}>
          {acting && NEEDS[acting]?.includes('departmentId') && (
            <Form.Item name="departmentId" label={t('grid.action.department')}>
              <DepartmentSelect />
            </Form.Item>
          )}
          {acting && NEEDS[acting]?.includes('duplicateOf') && (
            <Form.Item
              name="duplicateOf"
              label={t('grid.action.duplicateOf')}
              rules={[{ required: true, message: t('grid.report.required') }]}
            >
              <Input />
            </Form.Item>
          )}
          {acting && (
            <Form.Item
              name="note"
              label={t('grid.action.note')}
              rules={[
                {
                  required: REQUIRED.has(`${acting}:note`),
                  whitespace: true,
                  message: t('grid.report.required'),
                },
                { max: 2000 },
              ]}
            >
              <Input.TextArea rows={3} data-testid="action-note" />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={!!stale}
        title={t('grid.sync.conflictTitle')}
        onCancel={() => setStale(null)}
        footer={[
          <Button
            key="theirs"
            onClick={() => {
              setStale(null);
              void qc.invalidateQueries({ queryKey: ['grid-event', id] });
            }}
          >
            {t('grid.sync.takeTheirs')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('grid.sync.conflictHelp')}</Typography.Paragraph>
        {stale && (
          <Table
            size="small"
            pagination={false}
            rowKey="k"
            dataSource={[
              {
                k: t('grid.events.state'),
                mine: t(`grid.action.${stale.action}`),
                theirs: t(`grid.state.${stale.current.state}`),
              },
              {
                k: t('grid.events.department'),
                mine: e.departmentName ?? '—',
                theirs: stale.current.departmentName ?? '—',
              },
              { k: 'version', mine: String(e.version), theirs: String(stale.current.version) },
            ]}
            columns={[
              { title: t('grid.sync.field'), dataIndex: 'k' },
              { title: t('grid.sync.mine'), dataIndex: 'mine' },
              { title: t('grid.sync.theirs'), dataIndex: 'theirs' },
            ]}
          />
        )}
      </Modal>
    </div>
  );
}
