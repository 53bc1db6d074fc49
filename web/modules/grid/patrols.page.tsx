/**
 * Civilisation patrol 文明巡查: the patrols logged under the node in scope (newest first), with the
 * events each one raised, and, for those who may patrol, a form to log one (sent straight away
 * with an Idempotency-Key so server errors land on the fields; queued in the outbox when offline)
 * and a way to report what was found as an event tied to the patrol.
 */
import { useRef, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { AlertOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, isOffline, useMyGrids, useTimeFormat } from './common.tsx';
import { eventHref, listPatrols, logPatrol, type Patrol } from './grid.api.ts';
import { enqueue } from './outbox.ts';
import { uuidv7 } from './uuidv7.ts';

interface PatrolForm {
  nodeId: string;
  /** `YYYY-MM-DDTHH:mm` in Beijing time, as the phone's native picker gives it. */
  startedAt: string;
  endedAt: string;
  note?: string;
  raiseEvent?: boolean;
}

const localFmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A Date as the value of a datetime-local input, in Beijing time. */
function toLocalInput(d: Date): string {
  return localFmt.format(d).replace(' ', 'T');
}

/** A datetime-local value (Beijing time) as an ISO timestamp with its offset. */
function fromLocalInput(v: string): string {
  return `${v.length === 16 ? `${v}:00` : v}+08:00`;
}

/** When a patrol ended: only the time when it ended on the day it started (Beijing time). */
function timeOfEnd(p: Patrol, fmtTime: (v: string) => string): string {
  const start = fmtTime(p.startedAt);
  const end = fmtTime(p.endedAt);
  return start.slice(0, 10) === end.slice(0, 10) ? end.slice(11) : end;
}

/** The patrols page. */
export default function PatrolsPage() {
  const t = useT();
  const fmtTime = useTimeFormat();
  const { me, can } = useMe();
  const { node } = useSelectedNode();
  const grids = useMyGrids();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PatrolForm>();
  const [open, setOpen] = useState(false);
  const wide = Grid.useBreakpoint().md;
  const [busy, setBusy] = useState(false);
  /** The patrol id and Idempotency-Key of the submission in progress: reused on a retry. */
  const pendingWrite = useRef<{ id: string; key: string } | null>(null);
  const nodeId = node && node.level !== 'department' ? node.id : me?.grants?.[0]?.nodeId;
  const nodeName = node && node.level !== 'department' ? node.name : me?.grants?.[0]?.nodeName;

  const list = useQuery({
    queryKey: ['grid-patrols', nodeId],
    enabled: !!nodeId,
    queryFn: () => listPatrols({ nodeId: nodeId! }),
  });

  /** Opens the form afresh: the last hour, in the user's grid. */
  const openForm = () => {
    const now = new Date();
    pendingWrite.current = null;
    form.resetFields();
    form.setFieldsValue({
      nodeId: grids[0]?.id ?? nodeId,
      startedAt: toLocalInput(new Date(now.getTime() - 3600_000)),
      endedAt: toLocalInput(now),
      note: '',
      raiseEvent: false,
    });
    setOpen(true);
  };

  const submit = async (v: PatrolForm) => {
    const write = (pendingWrite.current ??= { id: uuidv7(), key: uuidv7() });
    const body = {
      id: write.id,
      nodeId: v.nodeId,
      startedAt: fromLocalInput(v.startedAt),
      endedAt: fromLocalInput(v.endedAt),
      note: v.note ?? '',
    };
    setBusy(true);
    try {
      await logPatrol(body, write.key);
      message.success(t('grid.patrol.saved'));
    } catch (e) {
      if (!isOffline(e)) {
        applyProblemToForm(form, e);
        return;
      }
      await enqueue({ kind: 'patrol.create', label: v.note?.slice(0, 40) || t('grid.patrol.title'), body });
      message.info(t('grid.sync.queued'));
    } finally {
      setBusy(false);
    }
    pendingWrite.current = null;
    setOpen(false);
    await qc.invalidateQueries({ queryKey: ['grid-patrols'] });
    if (v.raiseEvent) navigate(`/grid/report${qs({ nodeId: v.nodeId, patrolId: body.id })}`);
  };

  if (!nodeId) return <Alert type="info" showIcon title={t('grid.reg.pickGrid')} />;
  const mayWrite = can('grid.patrol');
  const mayReport = can('events.report');
  return (
    <div data-testid="patrols-page" style={{ maxWidth: 800 }}>
      <PageTitle
        extra={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openForm} data-testid="patrol-new">
              {t('grid.patrol.new')}
            </Button>
          )
        }
      >
        {t('grid.patrol.title')} · {nodeName}
      </PageTitle>
      <Spin spinning={list.isLoading}>
        {!list.isLoading && !list.data?.length && <Empty description={t('grid.patrol.empty')} />}
        <Flex vertical gap={8}>
          {(list.data ?? []).map((p) => (
            <Card
              key={p.id}
              size="small"
              data-testid="patrol-item"
              title={
                <Space size={6} wrap>
                  {p.number && (
                    <Typography.Text type="secondary" data-testid="patrol-number">
                      {p.number}
                    </Typography.Text>
                  )}
                  <span>{p.nodeName}</span>
                  <Typography.Text type="secondary">{p.userName}</Typography.Text>
                </Space>
              }
              extra={
                mayReport && (
                  <Link
                    to={`/grid/report${qs({ nodeId: p.nodeId, patrolId: p.id })}`}
                    data-testid="patrol-raise"
                  >
                    <AlertOutlined /> {t('grid.patrol.raise')}
                  </Link>
                )
              }
            >
              <Typography.Text type="secondary">
                {fmtTime(p.startedAt)} – {timeOfEnd(p, fmtTime)}
              </Typography.Text>
              <Typography.Paragraph
                style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}
                data-testid="patrol-note"
              >
                {p.note || <Typography.Text type="secondary">{t('grid.patrol.noFindings')}</Typography.Text>}
              </Typography.Paragraph>
              {p.eventIds.length > 0 && (
                <Space size={4} wrap>
                  <span>{t('grid.patrol.events', { n: p.eventIds.length })}</span>
                  {p.eventIds.map((id, i) => (
                    <Link key={id} to={eventHref(id)} data-testid="patrol-event">
                      <Tag color="orange">#{i + 1}</Tag>
                    </Link>
                  ))}
                </Space>
              )}
            </Card>
          ))}
        </Flex>
      </Spin>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('grid.patrol.new')}
        placement={wide ? 'right' : 'bottom'}
        size="large"
        styles={{ body: { maxWidth: 640, margin: '0 auto', width: '100%' } }}
        forceRender
      >
        <Form<PatrolForm> form={form} layout="vertical" onFinish={submit} data-testid="patrol-form">
          <Form.Item
            name="nodeId"
            label={t('grid.patrol.node')}
            rules={[{ required: true, message: t('grid.report.required') }]}
          >
            {grids.length ? (
              <Select
                data-testid="patrol-node"
                options={grids.map((g) => ({ value: g.id, label: g.name }))}
              />
            ) : (
              <NodePicker initial={node} />
            )}
          </Form.Item>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item
              name="startedAt"
              label={t('grid.patrol.startedAt')}
              style={{ flex: '1 1 200px' }}
              rules={[{ required: true, message: t('grid.report.required') }]}
            >
              <Input type="datetime-local" data-testid="patrol-started" />
            </Form.Item>
            <Form.Item
              name="endedAt"
              label={t('grid.patrol.endedAt')}
              style={{ flex: '1 1 200px' }}
              dependencies={['startedAt']}
              rules={[
                { required: true, message: t('grid.report.required') },
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) =>
                    !v || !getFieldValue('startedAt') || v >= (getFieldValue('startedAt') as string)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('grid.patrol.endBeforeStart'))),
                }),
              ]}
            >
              <Input type="datetime-local" data-testid="patrol-ended" />
            </Form.Item>
          </div>
          <Form.Item name="note" label={t('grid.patrol.note')} rules={[{ max: 4000 }]}>
            <Input.TextArea
              rows={4}
              placeholder={t('grid.patrol.notePlaceholder')}
              data-testid="patrol-note-input"
            />
          </Form.Item>
          {mayReport && (
            <Form.Item name="raiseEvent" valuePropName="checked">
              <Checkbox data-testid="patrol-raise-after">{t('grid.patrol.raiseAfter')}</Checkbox>
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="patrol-submit">
            {t('grid.patrol.submit')}
          </Button>
        </Form>
      </Drawer>
    </div>
  );
}
