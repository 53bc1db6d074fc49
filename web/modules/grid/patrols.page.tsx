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
  Pagination,
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
import { beijingMinute } from '../../app/format.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, currentPosition, isOffline, useMyGrids, useTimeFormat } from './common.tsx';
import {
  coverageOf,
  eventHref,
  headDueOf,
  listPatrols,
  listStandards,
  logPatrol,
  type Patrol,
  type Standard,
} from './grid.api.ts';
import { enqueue } from './outbox.ts';
import { uuidv7 } from './uuidv7.ts';
import { HeadWeek } from './head-week.tsx';
import { CoverageCard } from './patrol-coverage.tsx';

interface PatrolForm {
  nodeId: string;
  /** What the walk found, each against an assessment standard. */
  findings?: { standardId: string; note?: string; rectified?: boolean }[];
  /** `YYYY-MM-DDTHH:mm` in Beijing time, as the phone's native picker gives it. */
  startedAt: string;
  endedAt: string;
  note?: string;
  raiseEvent?: boolean;
}

/** A Date as the value of a datetime-local input, in Beijing time. */
function toLocalInput(d: Date): string {
  return beijingMinute(d.toISOString()).replace(' ', 'T');
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

const PATROLS_PAGE = 20;

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
  const head = useQuery({
    queryKey: ['grid-head-due'],
    enabled: can('grid.patrol'),
    meta: { silent: true },
    queryFn: () => headDueOf(),
  });
  // in a stable order (by name), whatever this week's status of each
  const headGrids = head.data
    ? [...head.data.overdue, ...head.data.due, ...head.data.done].sort((a, b) =>
        a.nodeName.localeCompare(b.nodeName, 'zh-CN'),
      )
    : [];
  // the node picked in the tree; else a head's first grid (a cadre's grant is their unit, not a grid)
  const picked = node && node.level !== 'department' ? node : null;
  const nodeId = picked?.id ?? headGrids[0]?.nodeId ?? me?.grants?.[0]?.nodeId;
  const nodeName = picked?.name ?? headGrids[0]?.nodeName ?? me?.grants?.[0]?.nodeName;
  const formNode = Form.useWatch('nodeId', form) as string | undefined;
  // the list a page of PATROLS_PAGE at a time (up to 500 patrols come back), from the first page for each node
  const [listPage, setListPage] = useState<{ nodeId?: string; page: number }>({ page: 1 });
  const pageNo = listPage.nodeId === nodeId ? listPage.page : 1;

  const list = useQuery({
    queryKey: ['grid-patrols', nodeId],
    enabled: !!nodeId && !head.isLoading,
    queryFn: () => listPatrols({ nodeId: nodeId! }),
  });
  // a head's grids first, then the grids of the user's own grants
  const gridOptions = [
    ...headGrids.map((g) => ({ id: g.nodeId, name: g.nodeName })),
    ...grids.filter((g) => !headGrids.some((h) => h.nodeId === g.id)),
  ];
  // the standards of the district of the grid being walked
  const standardsNode = formNode ?? nodeId;
  const standards = useQuery({
    queryKey: ['grid-standards', standardsNode],
    enabled: !!standardsNode && open,
    meta: { silent: true },
    queryFn: () => listStandards(standardsNode!),
  });
  const coverage = useQuery({
    queryKey: ['grid-coverage', nodeId],
    enabled: !!nodeId && can('grid.read') && !headGrids.length,
    meta: { silent: true },
    queryFn: () => coverageOf({ nodeId: nodeId! }),
  });

  /**
   * Opens the form afresh: the last hour, in the grid given or the user's first. The hour starts no
   * earlier than today's midnight (Beijing time), so a walk saved just after midnight on a Monday
   * counts for the new week unless the user moves it back.
   */
  const openForm = (gridId?: string) => {
    const now = new Date();
    const hourAgo = toLocalInput(new Date(now.getTime() - 3600_000));
    const midnight = `${toLocalInput(now).slice(0, 10)}T00:00`;
    pendingWrite.current = null;
    form.resetFields();
    form.setFieldsValue({
      nodeId: gridId ?? gridOptions[0]?.id ?? nodeId,
      findings: [],
      startedAt: hourAgo > midnight ? hourAgo : midnight,
      endedAt: toLocalInput(now),
      note: '',
      raiseEvent: false,
    });
    setOpen(true);
  };

  const submit = async (v: PatrolForm) => {
    const write = (pendingWrite.current ??= { id: uuidv7(), key: uuidv7() });
    // where the problems were seen: the phone's position as the walk is saved (none when refused)
    const here = v.findings?.length ? await currentPosition() : null;
    const body = {
      id: write.id,
      nodeId: v.nodeId,
      startedAt: fromLocalInput(v.startedAt),
      endedAt: fromLocalInput(v.endedAt),
      note: v.note ?? '',
      findings: (v.findings ?? []).map((f) => ({
        id: uuidv7(),
        standardId: f.standardId,
        note: f.note ?? '',
        raise: !f.rectified,
        rectified: !!f.rectified,
        position: here,
      })),
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
    await qc.invalidateQueries({ queryKey: ['grid-head-due'] });
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
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => openForm()}
              data-testid="patrol-new"
            >
              {t('grid.patrol.new')}
            </Button>
          )
        }
      >
        {t('grid.patrol.title')} · {nodeName}
      </PageTitle>
      {headGrids.length > 0 && <HeadWeek due={head.data!} onWalk={(id) => openForm(id)} />}
      {coverage.data && coverage.data.total.gridWeeks > 0 && (
        <CoverageCard coverage={coverage.data} nodeId={nodeId!} />
      )}
      <Spin spinning={list.isLoading}>
        {!list.isLoading && !list.data?.length && <Empty description={t('grid.patrol.empty')} />}
        <Flex vertical gap={8}>
          {(list.data ?? []).slice((pageNo - 1) * PATROLS_PAGE, pageNo * PATROLS_PAGE).map((p) => (
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
              {p.findings.length > 0 && (
                <ul style={{ margin: '4px 0', paddingLeft: 18 }} data-testid="patrol-findings">
                  {p.findings.map((f) => (
                    <li key={f.id}>
                      <Tag>{f.code}</Tag>
                      {f.text}
                      {f.note && <Typography.Text type="secondary">：{f.note}</Typography.Text>}{' '}
                      {f.rectified ? (
                        <Tag color="green">{t('grid.patrol.rectified')}</Tag>
                      ) : f.eventId && p.eventIds.includes(f.eventId) ? (
                        <Link to={eventHref(f.eventId)}>
                          <Tag color="orange">{t('grid.patrol.asEvent')}</Tag>
                        </Link>
                      ) : (
                        <Tag>{t('grid.patrol.eventPending')}</Tag>
                      )}
                    </li>
                  ))}
                </ul>
              )}
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
        <Pagination
          size="small"
          style={{ marginTop: 8 }}
          hideOnSinglePage
          showSizeChanger={false}
          current={pageNo}
          pageSize={PATROLS_PAGE}
          total={list.data?.length ?? 0}
          onChange={(page) => setListPage({ nodeId, page })}
        />
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
            {gridOptions.length ? (
              <Select
                data-testid="patrol-node"
                aria-label={t('grid.patrol.node')}
                options={gridOptions.map((g) => ({ value: g.id, label: g.name }))}
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
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <div data-testid="patrol-findings-form">
                <Typography.Text strong>{t('grid.patrol.findings')}</Typography.Text>
                {fields.map((f) => (
                  <Card size="small" key={f.key} style={{ margin: '8px 0' }}>
                    <Form.Item
                      name={[f.name, 'standardId']}
                      label={t('grid.patrol.standard')}
                      rules={[{ required: true, message: t('grid.report.required') }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        data-testid="finding-standard"
                        loading={standards.isLoading}
                        options={standardOptions(standards.data?.list ?? [])}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'note']}
                      label={t('grid.patrol.findingNote')}
                      rules={[{ max: 2000 }]}
                    >
                      <Input data-testid="finding-note" />
                    </Form.Item>
                    <Space>
                      <Form.Item name={[f.name, 'rectified']} valuePropName="checked" noStyle>
                        <Checkbox data-testid="finding-rectified">{t('grid.patrol.rectifiedNow')}</Checkbox>
                      </Form.Item>
                      <Button size="small" danger onClick={() => remove(f.name)}>
                        {t('grid.patrol.removeFinding')}
                      </Button>
                    </Space>
                  </Card>
                ))}
                <Button
                  block
                  icon={<PlusOutlined />}
                  style={{ margin: '8px 0 16px' }}
                  onClick={() => add({ rectified: false })}
                  data-testid="finding-add"
                >
                  {t('grid.patrol.addFinding')}
                </Button>
              </div>
            )}
          </Form.List>
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

/** Active standards as grouped options, one group per assessment project. */
function standardOptions(list: Standard[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const x of list.filter((s) => s.active))
    groups.set(x.projectName, [
      ...(groups.get(x.projectName) ?? []),
      { value: x.id, label: `${x.code} ${x.text}` },
    ]);
  return [...groups].map(([project, options]) => ({ label: project, title: project, options }));
}
