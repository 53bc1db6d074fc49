/**
 * The monthly 圆桌会 under the selected node: this month's round tables owed and not yet held, per
 * community the round tables held against those owed in the year, and every round table of the year;
 * scheduling one.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingDay, beijingMonth, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { listMeetings, scheduleMeeting, type MeetingInput, type MeetingRow } from './compacts.api.ts';
import './compacts.shared.tsx';

/** The round tables page. */
export function MeetingsPage() {
  const t = useT();
  useDocumentTitle(t('cp.mt.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [scheduling, setScheduling] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['compacts', 'meetings', nodeId, year],
    queryFn: () => listMeetings(nodeId, year),
  });
  const d = q.data;
  const communities = (me?.grants ?? []).filter((g) =>
    ['community_officer', 'street_officer'].includes(g.role),
  );
  const years = [beijingYear() - 1, beijingYear()];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cp.mt.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cp.mt.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('cp.year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {d?.can.schedule && communities.length > 0 && (
            <Button
              type="primary"
              icon={<CalendarOutlined />}
              onClick={() => setScheduling(communities[0].nodeId)}
              data-testid="cp-schedule"
            >
              {t('cp.mt.schedule')}
            </Button>
          )}
          <Button onClick={() => void navigate('/compacts')}>{t('cp.title')}</Button>
        </Space>
      </Space>
      {(d?.due ?? []).map((x) => (
        <Alert
          key={x.nodeId}
          type="warning"
          showIcon
          data-testid="cp-due"
          message={t('cp.mt.due', { node: x.nodeName, month: x.month })}
          action={
            x.meetingId ? (
              <Link to={`/compacts/meetings/${x.meetingId}`}>{t('cp.mt.open')}</Link>
            ) : (
              d?.can.schedule && (
                <Button size="small" onClick={() => setScheduling(x.nodeId)}>
                  {t('cp.mt.schedule')}
                </Button>
              )
            )
          }
        />
      ))}
      <Card size="small" title={t('cp.mt.tally', { year })}>
        <Table
          rowKey="nodeId"
          size="small"
          pagination={false}
          dataSource={d?.tally ?? []}
          data-testid="cp-tally"
          columns={[
            { title: t('cp.community'), dataIndex: 'nodeName' },
            { title: t('cp.mt.held'), dataIndex: 'held', align: 'right' },
            { title: t('cp.mt.owed'), dataIndex: 'due', align: 'right' },
          ]}
        />
      </Card>
      <Table<MeetingRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={d?.items ?? []}
        pagination={{ pageSize: 24 }}
        data-testid="cp-meetings-list"
        columns={[
          {
            title: t('cp.mt.month'),
            dataIndex: 'month',
            render: (v: string, r) => (
              <Link to={`/compacts/meetings/${r.id}`}>{t('cp.mt.name', { month: v })}</Link>
            ),
          },
          { title: t('cp.community'), dataIndex: 'nodeName' },
          { title: t('cp.mt.plannedOn'), dataIndex: 'plannedOn' },
          {
            title: t('cp.state'),
            dataIndex: 'state',
            render: (v: string, r) =>
              v === 'held' ? (
                <Tag color="green">{t('cp.mt.heldOn', { day: r.heldOn ?? '' })}</Tag>
              ) : (
                <Tag color="gold">{t('cp.mt.scheduled')}</Tag>
              ),
          },
          {
            title: t('cp.attendance'),
            key: 'att',
            render: (_: unknown, r) => (r.state === 'held' ? `${r.present}/${r.expected}` : ''),
          },
          { title: t('cp.mt.resolutions'), dataIndex: 'resolutions', align: 'right' },
        ]}
      />
      <FormModal<MeetingInput>
        open={!!scheduling}
        title={t('cp.mt.schedule')}
        onClose={() => setScheduling(null)}
        testId="cp-schedule-form"
        testIdOn="form"
        initialValues={{ nodeId: scheduling ?? undefined, month: beijingMonth(), plannedOn: beijingDay() }}
        onSubmit={async (v) => {
          const r = await scheduleMeeting({ ...v, month: v.plannedOn.slice(0, 7) });
          message.success(t('cp.saved'));
          await qc.invalidateQueries({ queryKey: ['compacts'] });
          void navigate(`/compacts/meetings/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('cp.community')} rules={[{ required: true }]}>
          <Select options={communities.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="month" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('cp.mt.plannedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="place" label={t('cp.mt.place')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
