/** The event inbox 事件办理 of officers and departments (scoped by the server), filtered by node, state and category. */
import { useState } from 'react';
import { Checkbox, Select, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, qs } from '../../app/api.ts';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { CATEGORIES, PageTitle, STATES, StateTag, TimerTag, fmtTime } from './common.tsx';

/** One event as the API lists it. */
export interface EventItem {
  id: string;
  nodeId: string;
  nodeName: string;
  departmentId: string | null;
  departmentName: string | null;
  category: string;
  level: number;
  title: string;
  description: string;
  address: string;
  position: { lat: number; lng: number } | null;
  reporterKind: string;
  reporterName: string;
  state: string;
  duplicateOf: string | null;
  recurring: boolean;
  reportedAt: string;
  receivedAt: string | null;
  dispatchedAt: string | null;
  handledAt: string | null;
  verifiedAt: string | null;
  closedAt: string | null;
  timer: { phase: string | null; deadline: string | null; colour: string };
  photoIds: string[];
  version: number;
  actions: string[];
}

/** The inbox page. */
export default function EventsPage() {
  const t = useT();
  const { node } = useSelectedNode();
  const [state, setState] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const nodeId = node && node.level !== 'department' ? node.id : undefined;
  const departmentId = node?.level === 'department' ? node.id : undefined;
  const q = useQuery({
    queryKey: ['grid-events', nodeId, departmentId, state, category, mine, page],
    queryFn: () =>
      api<{ total: number; items: EventItem[] }>(
        'GET',
        `/api/events${qs({ nodeId, departmentId, state, category, mine: mine ? '1' : undefined, limit: pageSize, offset: (page - 1) * pageSize })}`,
      ),
  });
  return (
    <div>
      <PageTitle>{t('grid.events.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('grid.events.state')}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
          options={STATES.map((s) => ({ value: s, label: t(`grid.state.${s}`) }))}
          data-testid="events-state"
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('grid.events.category')}
          value={category}
          onChange={(v) => {
            setCategory(v);
            setPage(1);
          }}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`grid.cat.${c}`) }))}
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
          {t('grid.events.mine')}
        </Checkbox>
      </Space>
      <Table<EventItem>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 760 }}
        pagination={{
          current: page,
          pageSize,
          total: q.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('grid.report.titleField'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/grid/events/${r.id}`} data-testid="event-link">
                {v}
                {r.recurring && (
                  <Tag color="magenta" style={{ marginLeft: 6 }}>
                    {t('grid.events.recurring')}
                  </Tag>
                )}
              </Link>
            ),
          },
          {
            title: t('grid.events.category'),
            dataIndex: 'category',
            render: (v: string) => t(`grid.cat.${v}`),
          },
          {
            title: t('grid.events.state'),
            dataIndex: 'state',
            render: (v: string) => <StateTag state={v} />,
          },
          { title: t('grid.events.timer'), render: (_, r) => <TimerTag colour={r.timer.colour} /> },
          { title: t('grid.events.node'), dataIndex: 'nodeName' },
          {
            title: t('grid.events.department'),
            dataIndex: 'departmentName',
            render: (v: string | null) => v ?? '—',
          },
          { title: t('grid.events.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => fmtTime(v) },
        ]}
      />
    </div>
  );
}
