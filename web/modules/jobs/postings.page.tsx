/** 人才服务站: the stations, the 海创市集 fairs and the postings; each button only where the user may press it. */
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
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
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  closePosting,
  createFair,
  createPosting,
  createStation,
  importPostings,
  listFairs,
  listPostings,
  listStations,
  payRange,
  POSTING_HOURS,
  postingsExportUrl,
  WORK_KINDS,
  type PostingImport,
} from './jobs.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { jobsWebMessages } from './jobs.messages.ts';

addMessages(jobsWebMessages);

type Dialog = 'station' | 'fair' | 'posting' | 'import' | null;

/** The stations, fairs and postings page. */
export function PostingsPage() {
  const t = useT();
  usePageTitle(t('jb.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const selected = useSelectedNode().node;
  const qc = useQueryClient();
  const [open, setOpen] = useState<Dialog>(null);
  const [mine, setMine] = useState(false);
  const stations = useQuery({ queryKey: ['jobs', 'stations', nodeId], queryFn: () => listStations(nodeId) });
  const fairs = useQuery({ queryKey: ['jobs', 'fairs', nodeId], queryFn: () => listFairs(nodeId) });
  const postings = useQuery({
    queryKey: ['jobs', 'postings', nodeId, mine],
    queryFn: () => listPostings(mine ? { mine: '1' } : { nodeId }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['jobs'] });
  const postable = (stations.data ?? []).filter((s) => s.can.post);
  const managed = (stations.data ?? []).filter((s) => s.can.manage);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('jb.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('jb.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('jobs.manage') && (
            <Button icon={<PlusOutlined />} onClick={() => setOpen('station')} data-testid="jobs-station-new">
              {t('jb.station.new')}
            </Button>
          )}
          {managed.length > 0 && (
            <Button onClick={() => setOpen('fair')} data-testid="jobs-fair-new">
              {t('jb.fair.new')}
            </Button>
          )}
          {postable.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen('posting')}
              data-testid="jobs-posting-new"
            >
              {t('jb.posting.new')}
            </Button>
          )}
          {can('jobs.export') && (
            <Button
              icon={<DownloadOutlined />}
              href={postingsExportUrl(nodeId)}
              data-testid="jobs-postings-export"
            >
              {t('jb.export')}
            </Button>
          )}
          {can('jobs.manage') && (
            <Button icon={<UploadOutlined />} onClick={() => setOpen('import')} data-testid="jobs-import">
              {t('jb.import.open')}
            </Button>
          )}
        </Space>
      </Space>

      <Space wrap align="start" style={{ width: '100%' }}>
        <Card size="small" title={t('jb.stations')} style={{ minWidth: 300 }}>
          <List
            size="small"
            dataSource={stations.data ?? []}
            renderItem={(s) => (
              <List.Item>
                <List.Item.Meta
                  title={`${s.name}${s.active ? '' : ` (${t('jobs.posting.closed')})`}`}
                  description={[s.nodeName, s.address, s.openingHours, s.staff.join('、')]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('jb.fairs')} style={{ minWidth: 300 }}>
          <List
            size="small"
            dataSource={fairs.data ?? []}
            renderItem={(f) => (
              <List.Item>
                <List.Item.Meta
                  title={f.name}
                  description={`${f.day} · ${f.place || f.stationName} · ${t('jb.fair.stalls', { n: f.stalls })}`}
                />
              </List.Item>
            )}
          />
        </Card>
      </Space>

      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('jb.postings')}
        </Typography.Title>
        {can('jobs.post') && (
          <Checkbox
            checked={mine}
            onChange={(e) => setMine(e.target.checked)}
            data-testid="jobs-postings-mine"
          >
            {t('jb.posting.mine')}
          </Checkbox>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={postings.isLoading}
        dataSource={postings.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('jb.posting.employer'), dataIndex: 'employer' },
          { title: t('jb.posting.title'), dataIndex: 'title' },
          { title: t('jb.posting.kind'), dataIndex: 'kind', render: (v: string) => t(`jobs.kind.${v}`) },
          { title: t('jb.posting.hours'), dataIndex: 'hours', render: (v: string) => t(`jobs.hours.${v}`) },
          { title: t('jb.posting.pay'), render: (_: unknown, p) => payRange(p.payMinFen, p.payMaxFen) },
          { title: t('jb.posting.place'), dataIndex: 'place' },
          { title: t('jb.posting.headcount'), render: (_: unknown, p) => `${p.hired}/${p.headcount}` },
          { title: t('jb.posting.closesOn'), dataIndex: 'closesOn' },
          { title: t('jb.posting.fair'), dataIndex: 'fairName' },
          {
            title: '',
            render: (_: unknown, p) => (
              <Tag color={p.open ? 'green' : 'default'}>
                {t(p.open ? 'jobs.posting.open' : 'jobs.posting.closed')}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_: unknown, p) =>
              p.can.close ? (
                <Button
                  size="small"
                  onClick={async () => {
                    await closePosting(p.id, !p.closed, p.version);
                    await refresh();
                  }}
                  data-testid="jobs-posting-toggle"
                >
                  {t(p.closed ? 'jb.posting.reopen' : 'jb.posting.close')}
                </Button>
              ) : null,
          },
        ]}
      />

      <FormModal<{ nodeId: string; name: string; address?: string; openingHours?: string; staff?: string }>
        open={open === 'station'}
        title={t('jb.station.new')}
        initialValues={{ nodeId: selected?.id }}
        onClose={() => setOpen(null)}
        testId="jobs-station-dialog"
        onSubmit={async (v) => {
          await createStation({
            ...v,
            staff: (v.staff ?? '')
              .split(/[,，、\s]+/)
              .map((s) => s.trim())
              .filter(Boolean),
          });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('jb.station.node')} rules={[{ required: true }]}>
          <NodePicker initial={selected} />
        </Form.Item>
        <Form.Item name="name" label={t('jb.station.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('jb.station.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="openingHours" label={t('jb.station.hours')}>
          <Input />
        </Form.Item>
        <Form.Item name="staff" label={t('jb.station.staff')}>
          <Input />
        </Form.Item>
      </FormModal>

      <FormModal<{ stationId: string; name: string; day: Dayjs; place?: string }>
        open={open === 'fair'}
        title={t('jb.fair.new')}
        onClose={() => setOpen(null)}
        testId="jobs-fair-dialog"
        onSubmit={async (v) => {
          await createFair({ ...v, day: v.day.format('YYYY-MM-DD') });
          await refresh();
        }}
      >
        <Form.Item name="stationId" label={t('jb.posting.station')} rules={[{ required: true }]}>
          <Select options={managed.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('jb.fair.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="day" label={t('jb.fair.day')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="place" label={t('jb.fair.place')}>
          <Input />
        </Form.Item>
      </FormModal>

      <FormModal<{
        stationId: string;
        fairId?: string;
        employer: string;
        title: string;
        kind: (typeof WORK_KINDS)[number];
        hours: (typeof POSTING_HOURS)[number];
        payMin: number;
        payMax: number;
        place?: string;
        headcount: number;
        closesOn: Dayjs;
      }>
        open={open === 'posting'}
        title={t('jb.posting.new')}
        onClose={() => setOpen(null)}
        testId="jobs-posting-dialog"
        onSubmit={async ({ payMin, payMax, closesOn, ...v }) => {
          await createPosting({
            ...v,
            payMinFen: Math.round(payMin * 100),
            payMaxFen: Math.round(payMax * 100),
            closesOn: closesOn.format('YYYY-MM-DD'),
          });
          await refresh();
        }}
      >
        <Form.Item name="stationId" label={t('jb.posting.station')} rules={[{ required: true }]}>
          <Select options={postable.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="fairId" label={t('jb.posting.fair')}>
          <Select
            allowClear
            options={(fairs.data ?? []).map((f) => ({ value: f.id, label: `${f.name} ${f.day}` }))}
          />
        </Form.Item>
        <Form.Item name="employer" label={t('jb.posting.employer')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('jb.posting.title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('jb.posting.kind')} rules={[{ required: true }]}>
          <Select options={WORK_KINDS.map((k) => ({ value: k, label: t(`jobs.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="hours" label={t('jb.posting.hours')} rules={[{ required: true }]}>
          <Select options={POSTING_HOURS.map((k) => ({ value: k, label: t(`jobs.hours.${k}`) }))} />
        </Form.Item>
        <Space>
          <Form.Item name="payMin" label={t('jb.posting.payMin')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1_000_000} />
          </Form.Item>
          <Form.Item name="payMax" label={t('jb.posting.payMax')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1_000_000} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('jb.posting.place')}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="headcount" label={t('jb.posting.headcount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10_000} />
          </Form.Item>
          <Form.Item name="closesOn" label={t('jb.posting.closesOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
      </FormModal>

      {open === 'import' && (
        <SheetImportModal<PostingImport['rows'][number]>
          title={t('jb.import.title')}
          messages="jb.import"
          send={importPostings}
          columns={[
            { title: t('jb.posting.station'), dataIndex: 'station' },
            { title: t('jb.posting.employer'), dataIndex: 'employer' },
            { title: t('jb.posting.title'), dataIndex: 'title' },
          ]}
          onClose={() => setOpen(null)}
          onApplied={refresh}
          testId="jobs-import-dialog"
          applyTestId="jobs-import-apply"
        />
      )}
    </Space>
  );
}
