/**
 * The alliance's venues: the list searched by name or pinyin initials and level; the 10-minute
 * circle of a community (venues within 1 km, with the walk); utilisation per venue, m² per 10,000
 * residents per street and the communities with a centre (with their definitions); bookings
 * waiting for approval; the register out to Excel and in.
 */
import { useState } from 'react';
import { App, Button, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  approvals,
  getFigures,
  getNear,
  importVenues,
  LEVELS,
  listVenues,
  moveBooking,
  venuesExportUrl,
  type Booking,
  type VenueSummary,
  type VenuesImport,
} from './venues.api.ts';
import { venuesMessages } from './venues.messages.ts';

addMessages(venuesMessages);

const slotText = (b: { start: string; end: string }) => {
  const f = (s: string) => new Date(s).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return `${f(b.start).slice(0, -3)}–${f(b.end).slice(-8, -3)}`;
};

function VenueTable(props: { rows: VenueSummary[]; loading?: boolean; extra?: boolean }) {
  const t = useT();
  return (
    <Table<VenueSummary>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.rows}
      data-testid="vn-list"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        { title: t('vn.name'), render: (_, v) => <Link to={`/venues/${v.id}`}>{v.name}</Link> },
        { title: t('vn.level'), render: (_, v) => <Tag>{t(`vn.level.${v.level}`)}</Tag> },
        { title: t('vn.node'), dataIndex: 'nodeName' },
        { title: t('vn.area'), dataIndex: 'areaM2', align: 'right' },
        { title: t('vn.hours'), render: (_, v) => `${v.opensAt}–${v.closesAt}` },
        { title: t('vn.rooms'), dataIndex: 'rooms', align: 'right' },
        ...(props.extra ? [] : [{ title: t('vn.address'), dataIndex: 'address' }]),
      ]}
    />
  );
}

function NearTab(props: { communities: VenueSummary[] }) {
  const t = useT();
  const [nodeId, setNodeId] = useState<string | undefined>(props.communities[0]?.nodeId);
  const [km, setKm] = useState(1);
  const q = useQuery({
    queryKey: ['venues', 'near', nodeId, km],
    queryFn: () => getNear({ nodeId, km }),
    enabled: !!nodeId,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 220 }}
          aria-label={t('vn.near.community')}
          value={nodeId}
          onChange={setNodeId}
          options={props.communities.map((c) => ({ value: c.nodeId, label: c.nodeName }))}
        />
        <InputNumber
          aria-label={t('vn.near.km')}
          min={0.1}
          max={5}
          step={0.5}
          value={km}
          onChange={(v) => setKm(v ?? 1)}
        />
        {q.data && (
          <Typography.Text data-testid="vn-near-count">
            {t('vn.near.count', { km, n: q.data.venues.length })}
          </Typography.Text>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        data-testid="vn-near"
        dataSource={q.data?.venues ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('vn.name'), render: (_, v) => <Link to={`/venues/${v.id}`}>{v.name}</Link> },
          { title: t('vn.level'), render: (_, v) => t(`vn.level.${v.level}`) },
          { title: 'km', dataIndex: 'km', align: 'right' },
          { title: '', render: (_, v) => t('vn.near.walk', { min: v.walkMinutes }) },
        ]}
      />
    </Space>
  );
}

function FiguresTab(props: { nodeId?: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['venues', 'figures', props.nodeId],
    queryFn: () => getFigures(props.nodeId),
  });
  const f = q.data;
  if (!f) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="vn-figures">
      <Typography.Text strong>
        {t('vn.fig.coverage')}：
        {t('vn.fig.coverage.value', {
          with: f.coverage.withCentre,
          all: f.coverage.communities,
          share: f.coverage.share ?? '—',
        })}
      </Typography.Text>
      <Typography.Text type="secondary">{f.definitions.coverage}</Typography.Text>
      <Table
        rowKey="nodeId"
        size="small"
        pagination={false}
        dataSource={f.streets}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('vn.fig.street'), dataIndex: 'name' },
          { title: t('vn.area'), dataIndex: 'areaM2', align: 'right' },
          {
            title: t('vn.fig.population'),
            render: (_, s) => `${s.population ?? '—'}（${t(`vn.fig.source.${s.populationSource}`)}）`,
          },
          { title: t('vn.fig.per10k'), dataIndex: 'm2Per10k', align: 'right' },
          { title: t('vn.fig.coverage'), render: (_, s) => `${s.withCentre}/${s.communities}` },
        ]}
      />
      <Typography.Text type="secondary">{f.definitions.m2_per_10k}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        dataSource={[...f.venues].sort((a, b) => (b.utilisation ?? 0) - (a.utilisation ?? 0))}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('vn.fig.venue'), render: (_, v) => <Link to={`/venues/${v.id}`}>{v.name}</Link> },
          { title: t('vn.level'), render: (_, v) => t(`vn.level.${v.level}`) },
          { title: t('vn.fig.booked'), dataIndex: 'bookedHours', align: 'right' },
          { title: t('vn.fig.open'), dataIndex: 'openHours', align: 'right' },
          {
            title: t('vn.fig.util'),
            render: (_, v) => (v.utilisation === null ? '—' : `${v.utilisation}%`),
            align: 'right',
          },
        ]}
      />
      <Typography.Text type="secondary">{f.definitions.utilisation}</Typography.Text>
    </Space>
  );
}

function ApprovalsTab() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['venues', 'approvals'], queryFn: approvals });
  const act = async (b: Booking, action: 'approve' | 'reject') => {
    const note = action === 'reject' ? (window.prompt(t('vn.reason')) ?? '') : undefined;
    if (action === 'reject' && !note) return;
    await moveBooking(b.id, { action, version: b.version, note });
    message.success(t('vn.saved'));
    await qc.invalidateQueries({ queryKey: ['venues'] });
  };
  return (
    <Table<Booking>
      rowKey="id"
      size="small"
      data-testid="vn-approvals"
      dataSource={q.data ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('vn.name'),
          render: (_, b) => <Link to={`/venues/${b.venueId}`}>{`${b.venueName} ${b.roomName}`}</Link>,
        },
        { title: t('vn.book.day'), render: (_, b) => slotText(b) },
        {
          title: t('vn.book.what'),
          render: (_, b) => `${b.title}（${b.orgName || t(`vn.as.${b.booker}`)}）`,
        },
        { title: t('vn.book.expected'), dataIndex: 'expected', align: 'right' },
        {
          title: '',
          render: (_, b) => (
            <Space>
              <Button size="small" type="primary" onClick={() => act(b, 'approve')}>
                {t('vn.action.approve')}
              </Button>
              <Button size="small" danger onClick={() => act(b, 'reject')}>
                {t('vn.action.reject')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

/** The venues page. */
export function VenuesPage() {
  const t = useT();
  useDocumentTitle(t('vn.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const location = useLocation();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<(typeof LEVELS)[number] | undefined>();
  const [importing, setImporting] = useState(false);
  const list = useQuery({
    queryKey: ['venues', 'list', search, level],
    queryFn: () => listVenues({ q: search || undefined, level, withLeft: '0' }),
  });
  const all = useQuery({
    queryKey: ['venues', 'list', 'communities'],
    queryFn: () => listVenues({ level: 'community', withLeft: '0' }),
  });
  const rows = list.data?.venues ?? [];
  const tabs = [
    {
      key: 'list',
      label: t('vn.tab.list'),
      children: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Input.Search
              allowClear
              aria-label={t('vn.search')}
              placeholder={t('vn.search')}
              onSearch={setSearch}
              style={{ width: 240 }}
              data-testid="vn-search"
            />
            <Select
              allowClear
              aria-label={t('vn.level')}
              placeholder={t('vn.level.all')}
              style={{ width: 160 }}
              value={level}
              onChange={setLevel}
              options={LEVELS.map((l) => ({ value: l, label: t(`vn.level.${l}`) }))}
            />
          </Space>
          <VenueTable rows={rows} loading={list.isLoading} />
        </Space>
      ),
    },
    { key: 'near', label: t('vn.tab.near'), children: <NearTab communities={all.data?.venues ?? []} /> },
    ...(can('venues.stats')
      ? [{ key: 'figures', label: t('vn.tab.figures'), children: <FiguresTab nodeId={nodeId} /> }]
      : []),
    ...(can('venues.manage')
      ? [{ key: 'approvals', label: t('vn.tab.approvals'), children: <ApprovalsTab /> }]
      : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('vn.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('vn.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('venues.export') && (
            <Button icon={<DownloadOutlined />} href={venuesExportUrl(nodeId)}>
              {t('vn.export')}
            </Button>
          )}
          {can('venues.manage') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('vn.import')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs defaultActiveKey={location.pathname.endsWith('/approvals') ? 'approvals' : 'list'} items={tabs} />
      {importing && (
        <SheetImportModal<VenuesImport['rows'][number]>
          title={t('vn.import.title')}
          messages="vn.import"
          send={importVenues}
          columns={[
            { title: t('vn.name'), dataIndex: 'name' },
            { title: t('vn.node'), dataIndex: 'node' },
            { title: t('vn.level'), render: (_, r) => t(`vn.level.${r.level}`) },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['venues'] })}
        />
      )}
    </Space>
  );
}
