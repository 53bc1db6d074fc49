/** The event inbox 事件办理 of officers and departments (scoped by the server): search, filters, numbers. */
import { useState } from 'react';
import { Button, Checkbox, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import {
  EVENT_CATEGORIES,
  EVENT_STATES,
  EXPORT_MAX_ROWS,
} from '../../../server/modules/events/events.rules.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, StateTag, TimerTag, useTime } from './common.tsx';
import { eventsExportUrl, listEvents, type EventItem } from './events.api.ts';
import type { Query } from '../../app/client.ts';

/** The inbox page. */
export default function EventsPage() {
  const t = useT();
  const time = useTime();
  const { can } = useMe();
  const { node } = useSelectedNode();
  const [params] = useSearchParams();
  const [state, setState] = useState<Query<'get', '/api/events'>['state']>(
    (params.get('state') ?? undefined) as Query<'get', '/api/events'>['state'],
  );
  const [category, setCategory] = useState<Query<'get', '/api/events'>['category']>();
  const [mine, setMine] = useState(false);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const nodeId = node && node.level !== 'department' ? node.id : undefined;
  const departmentId = node?.level === 'department' ? node.id : undefined;
  const q = useQuery({
    queryKey: ['events', nodeId, departmentId, state, category, mine, text, page],
    queryFn: () =>
      listEvents({
        nodeId,
        departmentId,
        state,
        category,
        mine,
        q: text || undefined,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
  });
  const filters = { nodeId, departmentId, state, category, mine, q: text || undefined };
  // the server refuses a register over the cap (422): say so before the click
  const tooMany = (q.data?.total ?? 0) > EXPORT_MAX_ROWS;
  return (
    <div>
      <PageTitle
        title={t('ev.title')}
        extra={
          (can('events.read') || can('events.handle')) && (
            <Tooltip title={tooMany ? t('ev.export.tooMany', { max: EXPORT_MAX_ROWS }) : undefined}>
              <Button
                icon={<DownloadOutlined />}
                href={tooMany ? undefined : eventsExportUrl(filters)}
                disabled={tooMany}
                data-testid="events-export"
              >
                {t('ev.export')}
              </Button>
            </Tooltip>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('ev.search')}
          placeholder={t('ev.search')}
          style={{ width: 280, maxWidth: '100%' }}
          onSearch={(v) => {
            setText(v.trim());
            setPage(1);
          }}
          data-testid="events-search"
        />
        <Select
          allowClear
          aria-label={t('ev.state')}
          style={{ width: 140 }}
          placeholder={t('ev.state')}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
          options={EVENT_STATES.map((s) => ({ value: s, label: t(`ev.state.${s}`) }))}
          data-testid="events-state"
        />
        <Select
          allowClear
          aria-label={t('ev.category')}
          style={{ width: 160 }}
          placeholder={t('ev.category')}
          value={category}
          onChange={(v) => {
            setCategory(v);
            setPage(1);
          }}
          options={EVENT_CATEGORIES.map((c) => ({ value: c, label: t(`ev.cat.${c}`) }))}
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
          {t('ev.mine')}
        </Checkbox>
      </Space>
      <Table<EventItem>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize,
          total: q.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('ev.number'),
            dataIndex: 'number',
            render: (v: string | null) => <span data-testid="event-number">{v ?? '—'}</span>,
          },
          {
            title: t('ev.resident.titleField'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/events/${r.id}`} data-testid="event-link">
                {v}
                {r.recurring && (
                  <Tag color="magenta" style={{ marginLeft: 6 }}>
                    {t('ev.recurring')}
                  </Tag>
                )}
              </Link>
            ),
          },
          { title: t('ev.category'), dataIndex: 'category', render: (v: string) => t(`ev.cat.${v}`) },
          { title: t('ev.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
          { title: t('ev.timer'), render: (_, r) => <TimerTag timer={r.timer} /> },
          { title: t('ev.node'), dataIndex: 'nodeName' },
          { title: t('ev.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
          { title: t('ev.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => time(v) },
        ]}
      />
    </div>
  );
}
