/**
 * One event: its number, place on the map, history (internal notes and public replies apart), and
 * the lifecycle buttons the server allows this user now. Irreversible steps ask for confirmation
 * saying what happens; a stale version shows the current copy; a step without network is queued.
 * After closing: the evaluation 评估, and making a recurring problem a prevention item 预防.
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
  Radio,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { TRANSITIONS, type EventAction } from '../../../server/modules/events/events.rules.ts';
import { ApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { GeoMap } from '../../app/map.tsx';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { isOffline } from '../grid/common.tsx';
import { EventStandardCard } from '../grid/event-standard.tsx';
import { enqueue } from '../grid/outbox.ts';
import { PageTitle, StateTag, TimerTag, useTime } from './common.tsx';
import {
  addNote,
  departmentsFor,
  evaluate,
  getEvent,
  photoUrl,
  transition,
  uploadPhoto,
  type EventItem,
} from './events.api.ts';
import PreventionForm from './PreventionForm.tsx';
import type { Body } from '../../app/client.ts';

const ORDER: EventAction[] = [
  'receive',
  'dispatch',
  'resolve',
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
/** Steps that cannot be undone: confirmed with what happens. */
const CONFIRM = new Set<EventAction>(['receive', 'close', 'resolve', 'reject', 'merge', 'verify']);
const needs = (a: EventAction, what: string) =>
  ((TRANSITIONS[a] as { needs?: readonly string[] }).needs ?? []).includes(what);
/** Steps that take input in a form (dispatch: a department, optional). */
const withForm = (a: EventAction) => a === 'dispatch' || needs(a, 'note') || needs(a, 'duplicateOf');

/** The detail page. */
export default function EventDetailPage() {
  const t = useT();
  const time = useTime();
  const { can } = useMe();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message, modal } = AntApp.useApp();
  const [acting, setActing] = useState<EventAction | null>(null);
  const [noting, setNoting] = useState<'note' | 'reply' | null>(null);
  const [evaluating, setEvaluating] = useState(false);
  const [preventing, setPreventing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState<EventItem | null>(null);
  const [after, setAfter] = useState<File | null>(null);
  const [form] = Form.useForm();
  const [noteForm] = Form.useForm();
  const [evalForm] = Form.useForm();
  const q = useQuery({ queryKey: ['event', id], queryFn: () => getEvent(id!), enabled: !!id });
  const e = q.data;
  const depts = useQuery({
    queryKey: ['event-departments', id],
    queryFn: () => departmentsFor(id!),
    enabled: acting === 'dispatch',
  });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['event', id] });
    await qc.invalidateQueries({ queryKey: ['events'] });
  };

  const run = async (
    action: EventAction,
    extra: Partial<Body<'post', '/api/events/{id}/transitions'>> = {},
  ) => {
    if (!e) return;
    setBusy(true);
    const body: Body<'post', '/api/events/{id}/transitions'> = { ...extra, action, version: e.version };
    try {
      if (action === 'resolve') {
        if (!after)
          throw new ApiError(422, {
            title: t('ev.action.afterPhoto'),
            status: 422,
            code: 'x',
            errors: [{ field: 'photoId', message: t('ev.required') }],
          });
        body.photoId = (await uploadPhoto(e.id, after, after.name)).id;
      }
      await transition(e.id, body);
      message.success(t('ev.action.done', { action: t(`ev.action.${action}`) }));
      setActing(null);
      setAfter(null);
      form.resetFields();
      await refresh();
    } catch (err) {
      const current =
        err instanceof ApiError && err.status === 409
          ? (err.problem as unknown as { current?: EventItem }).current
          : undefined;
      if (current) {
        setStale(current);
        setActing(null);
      } else if (isOffline(err) && action !== 'resolve') {
        await enqueue({ kind: 'event.transition', label: e.title, targetId: e.id, body });
        message.info(t('ev.action.offlineQueued', { action: t(`ev.action.${action}`) }));
        setActing(null);
      } else if (acting) applyProblemToForm(form, err);
      else reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const click = (action: EventAction) => {
    if (withForm(action)) {
      form.resetFields();
      setAfter(null);
      setActing(action);
    } else if (CONFIRM.has(action))
      modal.confirm({
        title: t('ev.confirm.title', { action: t(`ev.action.${action}`) }),
        content: t(`ev.confirm.${action}`),
        okButtonProps: { 'data-testid': 'confirm-ok' } as unknown as ButtonProps,
        onOk: () => run(action),
      });
    else void run(action);
  };

  const note = async (v: { text: string }) => {
    if (!e || !noting) return;
    try {
      await addNote(e.id, { text: v.text, public: noting === 'reply' });
      message.success(t('ev.action.done', { action: t(`ev.action.${noting}`) }));
      setNoting(null);
      noteForm.resetFields();
      await refresh();
    } catch (err) {
      applyProblemToForm(noteForm, err);
    }
  };

  const saveEvaluation = async (v: { fixed: boolean; residentsAgree: boolean; note?: string }) => {
    if (!e) return;
    try {
      await evaluate(e.id, { fixed: v.fixed, residentsAgree: v.residentsAgree, note: v.note ?? '' });
      message.success(t('ev.evaluated'));
      setEvaluating(false);
      await refresh();
    } catch (err) {
      applyProblemToForm(evalForm, err);
    }
  };

  if (q.isLoading) return <Spin />;
  if (!e) return <Empty />;
  const actions = ORDER.filter((a) => e.actions.includes(a));
  const staff = can('events.read') || can('events.handle');
  const evaluable = ['closed', 'resolved'].includes(e.state) && !e.evaluation && can('events.evaluate');
  return (
    <div style={{ maxWidth: 900 }}>
      <PageTitle title={e.number ?? e.title}>
        <StateTag state={e.state} />
        {e.recurring && (
          <Tooltip title={t('ev.recurringHint')}>
            <Tag color="magenta">{t('ev.recurring')}</Tag>
          </Tooltip>
        )}
      </PageTitle>
      <Typography.Paragraph strong data-testid="event-title">
        {e.title}
      </Typography.Paragraph>
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
              {t(`ev.action.${a}`)}
            </Button>
          ))
        ) : (
          <Typography.Text type="secondary">{t('ev.noActions')}</Typography.Text>
        )}
        {staff && (
          <Button onClick={() => setNoting('note')} data-testid="action-note">
            {t('ev.action.note')}
          </Button>
        )}
        {(can('events.manage') || can('events.handle')) && (
          <Button onClick={() => setNoting('reply')} data-testid="action-reply">
            {t('ev.action.reply')}
          </Button>
        )}
        {evaluable && (
          <Button onClick={() => setEvaluating(true)} data-testid="action-evaluate">
            {t('ev.evaluate')}
          </Button>
        )}
        {can('events.evaluate') && (e.recurring || e.evaluation?.fixed === false) && (
          <Button onClick={() => setPreventing(true)} data-testid="action-prevention">
            {t('ev.toPrevention')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('ev.number')}>
          <span data-testid="detail-number">{e.number ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ev.category')}>{t(`ev.cat.${e.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ev.level')}>{t(`ev.level.${e.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ev.timer')}>
          <TimerTag timer={e.timer} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ev.node')}>{e.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('ev.address')}>{e.address || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ev.department')}>{e.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ev.reporter')}>{e.reporterName}</Descriptions.Item>
        <Descriptions.Item label={t('ev.reportedAt')}>{time(e.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ev.public')}>{e.public ? t('ev.yes') : t('ev.no')}</Descriptions.Item>
        <Descriptions.Item label={t('ev.description')}>{e.description || '—'}</Descriptions.Item>
        {e.evaluation && (
          <Descriptions.Item label={t('ev.evaluation')}>
            {t('ev.fixed')}：{e.evaluation.fixed ? t('ev.yes') : t('ev.no')}；{t('ev.residentsAgree')}：
            {e.evaluation.residentsAgree ? t('ev.yes') : t('ev.no')}
            {e.evaluation.note && `；${e.evaluation.note}`}（{e.evaluation.byName}，{time(e.evaluation.at)}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <EventStandardCard eventId={e.id} nodeId={e.nodeId} />
      {e.position && (
        <div style={{ marginBottom: 16 }}>
          <GeoMap
            label={t('ev.map')}
            height={240}
            points={[
              { id: e.id, lat: e.position.lat, lng: e.position.lng, title: e.title, color: '#cf1322' },
            ]}
          />
        </div>
      )}
      {e.photoIds.length > 0 && (
        <>
          <Typography.Title level={5}>{t('ev.photos')}</Typography.Title>
          <Image.PreviewGroup>
            <Space wrap>
              {e.photoIds.map((p) => (
                <Image
                  key={p}
                  width={120}
                  alt={t('ev.photos')}
                  src={photoUrl(e.id, p)}
                  data-testid="event-photo"
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('ev.history')}
      </Typography.Title>
      <Timeline
        items={e.history.map((h) => ({
          content: (
            <div>
              <b>{t(`ev.action.${h.action}`)}</b> · {h.actorName} · {time(h.at)}
              {h.departmentName && ` → ${h.departmentName}`}
              {h.note && (
                <div style={{ color: '#555' }}>
                  <Tag color={h.public ? 'green' : 'default'}>
                    {h.public ? t('ev.notePublic') : t('ev.noteInternal')}
                  </Tag>
                  {h.note}
                </div>
              )}
            </div>
          ),
        }))}
      />
      <Modal
        open={!!acting}
        title={acting ? t(`ev.action.${acting}`) : ''}
        onCancel={() => setActing(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'action-confirm' } as unknown as ButtonProps}
        destroyOnHidden
      >
        {acting && CONFIRM.has(acting) && (
          <Typography.Paragraph type="warning">{t(`ev.confirm.${acting}`)}</Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => acting && void run(acting, v)}>
          {acting === 'dispatch' && (
            <Form.Item
              name="departmentId"
              label={t('ev.action.department')}
              extra={t('ev.action.departmentAuto')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={depts.isLoading}
                options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                data-testid="action-department"
              />
            </Form.Item>
          )}
          {acting && needs(acting, 'duplicateOf') && (
            <Form.Item
              name="duplicateOf"
              label={t('ev.action.duplicateOf')}
              rules={[{ required: true, whitespace: true, message: t('ev.required') }]}
            >
              <Input data-testid="action-duplicate" />
            </Form.Item>
          )}
          {acting && needs(acting, 'photoId') && (
            <Form.Item label={t('ev.action.afterPhoto')} required>
              <input
                type="file"
                accept="image/jpeg,image/png,image/webp"
                aria-label={t('ev.action.afterPhoto')}
                onChange={(ev) => setAfter(ev.target.files?.[0] ?? null)}
                data-testid="action-photo"
              />
            </Form.Item>
          )}
          {acting && (
            <Form.Item
              name="note"
              label={t('ev.action.noteField')}
              rules={[
                { required: needs(acting, 'note'), whitespace: true, message: t('ev.required') },
                { max: 2000 },
              ]}
            >
              <Input.TextArea rows={3} data-testid="action-note-text" />
            </Form.Item>
          )}
          {acting && (can('events.manage') || can('events.handle')) && (
            <Form.Item name="publicReply" label={t('ev.action.publicReply')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={!!noting}
        title={noting ? t(`ev.action.${noting}`) : ''}
        onCancel={() => setNoting(null)}
        onOk={() => noteForm.submit()}
        okButtonProps={{ 'data-testid': 'note-confirm' } as unknown as ButtonProps}
        destroyOnHidden
      >
        <Form form={noteForm} layout="vertical" onFinish={note}>
          <Form.Item
            name="text"
            label={t('ev.action.noteField')}
            rules={[{ required: true, whitespace: true, message: t('ev.required') }, { max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={evaluating}
        title={t('ev.evaluate')}
        onCancel={() => setEvaluating(false)}
        onOk={() => evalForm.submit()}
        destroyOnHidden
      >
        <Form
          form={evalForm}
          layout="vertical"
          onFinish={saveEvaluation}
          initialValues={{ fixed: true, residentsAgree: true }}
        >
          <Form.Item name="fixed" label={t('ev.fixed')}>
            <Radio.Group
              options={[
                { value: true, label: t('ev.yes') },
                { value: false, label: t('ev.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="residentsAgree" label={t('ev.residentsAgree')}>
            <Radio.Group
              options={[
                { value: true, label: t('ev.yes') },
                { value: false, label: t('ev.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t('ev.action.noteField')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <PreventionForm
        open={preventing}
        onClose={() => setPreventing(false)}
        source={{
          id: e.id,
          category: e.category,
          title: `${e.address || e.nodeName} ${t(`ev.cat.${e.category}`)}`,
        }}
      />
      <Modal
        open={!!stale}
        title={t('ev.conflictTitle')}
        onCancel={() => setStale(null)}
        footer={[
          <Button
            key="theirs"
            onClick={() => {
              setStale(null);
              void refresh();
            }}
          >
            {t('ev.takeTheirs')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t('ev.conflictHelp')}</Typography.Paragraph>
        {stale && (
          <Typography.Paragraph>
            <StateTag state={stale.state} /> {stale.departmentName ?? ''} · v{stale.version}
          </Typography.Paragraph>
        )}
      </Modal>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/events">← {t('ev.title')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
