/** The grid worker's due list 待走访 (today, overdue, done), usable offline, with the visit form. */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Collapse,
  Drawer,
  Empty,
  Form,
  Input,
  Radio,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import {
  PageTitle,
  SyncBar,
  beijingDay,
  currentPosition,
  useOfflineQuery,
  useOnline,
  useTimeFormat,
} from './common.tsx';
import { GeoMap } from '../../app/map.tsx';
import { dueListOf, listGrids, VISIT_RESULTS, type DueItem } from './grid.api.ts';
import { enqueue, useOutbox } from './outbox.ts';
import { uuidv7 } from './uuidv7.ts';

/** An entry of the due list, or one waiting in the queue with the time it was visited. */
type Entry = DueItem & { visitedAt?: string; visitNumber?: string | null };

/** The visit form for one record: saved to the phone's queue first, sent when online. */
function VisitDrawer(props: { item: DueItem | null; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const online = useOnline();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const item = props.item;
  const save = async (v: {
    result: (typeof VISIT_RESULTS)[number];
    note?: string;
    verified: boolean;
    withPosition: boolean;
  }) => {
    if (!item) return;
    setSaving(true);
    try {
      const pos = v.withPosition ? await currentPosition() : null;
      const id = uuidv7();
      await enqueue({
        kind: 'visit.create',
        label: item.label,
        body: {
          id,
          recordId: item.recordId,
          visitedAt: new Date().toISOString(),
          position: pos,
          result: v.result,
          note: v.note ?? '',
          verified: v.verified ? [{ recordId: item.recordId, version: item.version }] : [],
        },
      });
      message.success(online ? t('grid.sync.savedOnline') : t('grid.sync.queued'));
      form.resetFields();
      props.onClose();
      if (v.result === 'hazard_found')
        navigate(`/grid/report?nodeId=${item.nodeId}&address=${encodeURIComponent(item.label)}`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={!!item}
      onClose={props.onClose}
      placement="bottom"
      size="large"
      title={item ? t('grid.visit.title', { label: item.label }) : ''}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ result: 'met', verified: true, withPosition: true }}
        onFinish={save}
        data-testid="visit-form"
      >
        <Form.Item name="result" label={t('grid.visit.result')} rules={[{ required: true }]}>
          <Radio.Group>
            {VISIT_RESULTS.map((r) => (
              <Radio.Button key={r} value={r}>
                <span data-testid={`visit-result-${r}`}>{t(`grid.visit.result.${r}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('grid.visit.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="visit-note" />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('grid.visit.verified')}</Checkbox>
        </Form.Item>
        <Form.Item name="withPosition" valuePropName="checked">
          <Checkbox>{t('grid.visit.position')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={saving} data-testid="visit-save">
          {t('grid.visit.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

function ItemCard(props: { item: Entry; pending?: boolean; onVisit?: () => void }) {
  const t = useT();
  const fmtTime = useTimeFormat();
  const i = props.item;
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="due-item" data-record={i.recordId}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{i.label}</Typography.Text> <Tag>{t(`grid.vcat.${i.visitCategory}`)}</Tag>
          {i.visitNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="visit-number">
              {i.visitNumber}
            </Typography.Text>
          )}
          <div style={{ color: 'rgba(0, 0, 0, 0.6)', fontSize: 12 }}>
            {i.nodeName} · {t('grid.due.dueOn', { d: i.dueOn })} ·{' '}
            {i.visitedAt
              ? fmtTime(i.visitedAt)
              : i.lastVisitedAt
                ? t('grid.due.lastVisit', { d: beijingDay(i.lastVisitedAt) })
                : t('grid.due.never')}
          </div>
        </div>
        {props.pending ? (
          <Tag color="orange" data-testid="due-pending">
            {t('grid.due.pendingSync')}
          </Tag>
        ) : props.onVisit ? (
          <Button type="primary" size="small" onClick={props.onVisit} data-testid="due-visit">
            {t('grid.due.visit')}
          </Button>
        ) : (
          <Tag color="green">{t('grid.due.synced')}</Tag>
        )}
      </div>
    </Card>
  );
}

/** The worker's own grids on a map (outlines kept on the phone for offline use), opened on demand. */
function MyGridsMap() {
  const t = useT();
  const grids = useOfflineQuery('my-grids', () => listGrids());
  const outlines = (grids.data?.data ?? [])
    .filter((g) => g.outline)
    .map((g) => ({ id: g.id, name: g.name, geojson: g.outline }));
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 8 }}
      destroyOnHidden
      items={[
        {
          key: 'map',
          label: <span data-testid="my-grid-map-toggle">{t('grid.due.myGridMap')}</span>,
          children: outlines.length ? (
            <GeoMap label={t('grid.due.myGridMap')} outlines={outlines} height={260} testId="my-grid-map" />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.due.noOutline')} />
          ),
        },
      ]}
    />
  );
}

/** The due list page: start page of the installed app. */
export default function DuePage() {
  const t = useT();
  const fmtTime = useTimeFormat();
  const navigate = useNavigate();
  const q = useOfflineQuery('due', () => dueListOf());
  const outbox = useOutbox();
  const [visiting, setVisiting] = useState<DueItem | null>(null);
  const queued = new Map(
    outbox.ops
      .filter((o) => o.kind === 'visit.create')
      .map((o) => [o.body.recordId as string, o.body.visitedAt as string]),
  );
  const list = q.data?.data;
  const open = (items: DueItem[]) => items.filter((i) => !queued.has(i.recordId));
  const pendingDone = [...(list?.today ?? []), ...(list?.overdue ?? [])]
    .filter((i) => queued.has(i.recordId))
    .map((i) => ({ ...i, visitedAt: queued.get(i.recordId) }));
  const section = (items: Entry[], onVisit: boolean, pending = false) =>
    items.length ? (
      items.map((i) => (
        <ItemCard
          key={i.recordId}
          item={i}
          pending={pending}
          onVisit={onVisit ? () => setVisiting(i) : undefined}
        />
      ))
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.due.empty')} />
    );
  const today = open(list?.today ?? []);
  const overdue = open(list?.overdue ?? []);
  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <SyncBar />
      <PageTitle
        extra={
          <Button danger onClick={() => navigate('/grid/report')} data-testid="due-report">
            {t('grid.due.report')}
          </Button>
        }
      >
        {t('grid.due.title')}
      </PageTitle>
      {q.data?.cachedAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('grid.due.offlineCopy', { at: fmtTime(q.data.cachedAt) })}
        />
      )}
      {q.isError && <Alert type="error" showIcon title={t('grid.due.noCopy')} />}
      <MyGridsMap />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Tabs
          defaultActiveKey="today"
          items={[
            {
              key: 'today',
              label: <span data-testid="tab-today">{`${t('grid.due.today')} ${today.length}`}</span>,
              children: section(today, true),
            },
            {
              key: 'overdue',
              label: <span data-testid="tab-overdue">{`${t('grid.due.overdue')} ${overdue.length}`}</span>,
              children: section(overdue, true),
            },
            {
              key: 'done',
              label: (
                <span data-testid="tab-done">{`${t('grid.due.done')} ${(list?.done.length ?? 0) + pendingDone.length}`}</span>
              ),
              children: (
                <>
                  {pendingDone.map((i) => (
                    <ItemCard key={i.recordId} item={i} pending />
                  ))}
                  {(list?.done.length || !pendingDone.length) && section(list?.done ?? [], false)}
                </>
              ),
            },
          ]}
        />
      </Space>
      <VisitDrawer item={visiting} onClose={() => setVisiting(null)} />
    </div>
  );
}
