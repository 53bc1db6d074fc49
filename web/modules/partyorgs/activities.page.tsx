/**
 * Party activities planned by 5W1H and recorded against their plan (seed 004, Luohu), and the
 * 主题党日 menu a branch orders from.
 */
import { useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useOrgs, usePageTitle, useYear } from './common.tsx';
import {
  addMenuItem,
  EXTENTS,
  exportActivitiesUrl,
  importActivities,
  listActivities,
  listMenu,
  orderMenu,
  planActivity,
  recordActivity,
  type Activity,
  type MenuItem,
} from './partyorgs.api.ts';
import type { Body, Query } from '../../app/client.ts';
import { beijingDay } from '../../app/format.ts';
import { usePageNode } from '../../app/selected-node.tsx';

/** The 5W1H fields (what only when not ordered from the menu). */
function FiveW1H(props: { withWhat: boolean; nodeId: string }) {
  const t = useT();
  const orgs = useOrgs(props.nodeId);
  return (
    <>
      <Form.Item name="partyOrgId" label={t('po.org')} rules={[{ required: true }]}>
        <Select
          data-testid="po-org"
          options={(orgs.data ?? [])
            .filter((o) => !o.dissolvedOn)
            .map((o) => ({ value: o.id, label: `${o.nodeName}·${o.name}` }))}
        />
      </Form.Item>
      <Form.Item name="who" label={t('po.who')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      {props.withWhat && (
        <Form.Item name="what" label={t('po.what')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="why" label={t('po.why')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('po.when')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="how" label={t('po.how')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="extent" label={t('po.extent')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="targetAttendance" label={t('po.target')}>
        <InputNumber min={0} />
      </Form.Item>
    </>
  );
}

/** The year's activities below the selected node, and the menu. */
export function ActivitiesPage() {
  const t = useT();
  usePageTitle(t('po.activities.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const { year, picker } = useYear();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Query<'get', '/api/partyorgs/activities'>['status']>(
    (params.get('status') ?? undefined) as Query<'get', '/api/partyorgs/activities'>['status'],
  );
  const [planning, setPlanning] = useState(false);
  const [recording, setRecording] = useState<Activity | null>(null);
  const [ordering, setOrdering] = useState<MenuItem | null>(null);
  const [adding, setAdding] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: ['partyorgs'] });
  const list = useQuery({
    queryKey: ['partyorgs', 'activities', nodeId, year, status],
    queryFn: () => listActivities({ nodeId: nodeId!, year, status }),
    enabled: !!nodeId,
  });
  const menu = useQuery({
    queryKey: ['partyorgs', 'menu', nodeId],
    queryFn: () => listMenu(nodeId!),
    enabled: !!nodeId,
  });
  if (!nodeId) return <Typography.Text>{t('po.node_needed')}</Typography.Text>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('po.activities.title')}
        </Typography.Title>
        <Space wrap>
          {picker}
          <Select
            allowClear
            style={{ width: 110 }}
            aria-label={t('po.status')}
            value={status}
            onChange={setStatus}
            options={['planned', 'recorded'].map((s) => ({ value: s, label: t(`po.status.${s}`) }))}
          />
          {can('partyorgs.plan') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              data-testid="po-plan"
            >
              {t('po.plan')}
            </Button>
          )}
          {can('partyorgs.import') && (
            <>
              <input
                ref={file}
                type="file"
                accept=".xlsx,.csv"
                style={{ display: 'none' }}
                onChange={async (e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (!f) return;
                  try {
                    message.success(t('po.imported', await importActivities(nodeId, f)));
                    refresh();
                  } catch (err) {
                    reportError(err);
                  }
                }}
              />
              <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
                {t('po.import')}
              </Button>
            </>
          )}
          {can('partyorgs.export') && (
            <Button icon={<DownloadOutlined />} href={exportActivitiesUrl(nodeId, year)}>
              {t('po.export')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Activity>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50 }}
        scroll={{ x: 1000 }}
        data-testid="po-activities"
        expandable={{
          expandedRowRender: (a) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('po.why')}：{a.why}；{t('po.how')}：{a.how}；{t('po.extent')}：{a.extent}
              {a.outcome && (
                <>
                  <br />
                  {t('po.outcome')}：{a.outcome}（{a.attendance}）
                </>
              )}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('po.when'), dataIndex: 'plannedOn', width: 110 },
          { title: t('po.org'), dataIndex: 'partyOrgName' },
          { title: t('po.what'), dataIndex: 'what' },
          { title: t('po.who'), dataIndex: 'who' },
          {
            title: t('po.extentMet'),
            render: (_, a) =>
              a.status === 'recorded' ? (
                <Tag color={a.extentMet === 'met' ? 'green' : a.extentMet === 'partly' ? 'orange' : 'red'}>
                  {t(`po.extent.${a.extentMet}`)}
                </Tag>
              ) : (
                <Tag>{t(`po.status.${a.status}`)}</Tag>
              ),
          },
          {
            title: '',
            render: (_, a) =>
              a.can.record && (
                <Button size="small" onClick={() => setRecording(a)} data-testid="po-record">
                  {t('po.record')}
                </Button>
              ),
          },
        ]}
      />
      <Card
        size="small"
        title={t('po.menu')}
        extra={
          can('partyorgs.grade') && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('po.menu.add')}
            </Button>
          )
        }
      >
        <List
          dataSource={menu.data ?? []}
          renderItem={(m) => (
            <List.Item
              actions={
                can('partyorgs.plan')
                  ? [
                      <Button key="o" size="small" onClick={() => setOrdering(m)}>
                        {t('po.menu.order')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={m.title}
                description={`${m.description} · ${m.nodeName} · ${t('po.menu.orders', { n: m.orders })}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {planning && (
        <FormModal<Body<'post', '/api/partyorgs/activities'>>
          open
          title={t('po.plan')}
          testId="po-plan-form"
          initialValues={{ plannedOn: beijingDay(), targetAttendance: 0 }}
          onClose={() => setPlanning(false)}
          onSubmit={async (v) => {
            await planActivity(v);
            refresh();
          }}
        >
          <FiveW1H withWhat nodeId={nodeId} />
        </FormModal>
      )}
      {ordering && (
        <FormModal<Body<'post', '/api/partyorgs/menu/{id}/order'>>
          open
          title={`${t('po.menu.order')}：${ordering.title}`}
          testId="po-order-form"
          initialValues={{ plannedOn: beijingDay(), targetAttendance: 0 }}
          onClose={() => setOrdering(null)}
          onSubmit={async (v) => {
            await orderMenu(ordering.id, v);
            refresh();
          }}
        >
          <FiveW1H withWhat={false} nodeId={nodeId} />
        </FormModal>
      )}
      {recording && (
        <FormModal<Omit<Body<'post', '/api/partyorgs/activities/{id}/record'>, 'version'>>
          open
          title={`${t('po.record')}：${recording.what}`}
          testId="po-record-form"
          initialValues={{
            heldOn: recording.plannedOn,
            attendance: recording.targetAttendance,
            extentMet: 'met',
          }}
          onClose={() => setRecording(null)}
          onSubmit={async (v) => {
            await recordActivity(recording.id, { ...v, version: recording.version });
            message.success(t('po.saved'));
            refresh();
          }}
        >
          <Typography.Paragraph type="secondary">
            {t('po.extent')}：{recording.extent}
          </Typography.Paragraph>
          <Form.Item name="heldOn" label={t('po.heldOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="attendance" label={t('po.attendance')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="outcome" label={t('po.outcome')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="extentMet" label={t('po.extentMet')}>
            <Select options={EXTENTS.map((e) => ({ value: e, label: t(`po.extent.${e}`) }))} />
          </Form.Item>
        </FormModal>
      )}
      {adding && (
        <FormModal<{ title: string; description?: string }>
          open
          title={t('po.menu.add')}
          testId="po-menu-form"
          onClose={() => setAdding(false)}
          onSubmit={async (v) => {
            await addMenuItem({ ...v, nodeId });
            refresh();
          }}
        >
          <Form.Item name="title" label={t('po.menu.title')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('po.menu.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
