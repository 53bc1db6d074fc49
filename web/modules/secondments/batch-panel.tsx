/** One batch: its streets' completion charts and its cadres, with the actions the actor may take. */
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Chart } from '../../app/chart.tsx';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import {
  addWork,
  assign,
  getAssignment,
  getBatch,
  importCadres,
  listCadres,
  rate,
  recordProgress,
  type Assignment,
  type CadreImport,
} from './secondments.api.ts';

export const RATING_COLOUR: Record<string, string> = {
  excellent: 'red',
  competent: 'green',
  basic: 'orange',
  incompetent: 'default',
};
const RATINGS = ['excellent', 'competent', 'basic', 'incompetent'];

/** An assignment's records, newest first. */
export function Entries(props: { id: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['secondments', 'assignment', props.id],
    queryFn: () => getAssignment(props.id),
  });
  return (
    <List
      size="small"
      data-testid="secondment-entries"
      locale={{ emptyText: t('sd.none') }}
      dataSource={q.data?.entries ?? []}
      renderItem={(e) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Space wrap>
                <Tag color={e.kind === 'weekly' ? 'purple' : 'cyan'}>{t(`sd.kind.${e.kind}`)}</Tag>
                <span>{e.onDate}</span>
                <span>
                  {t('sd.households')} {e.households} · {t('sd.cases')} {e.cases}
                </span>
              </Space>
            }
            description={e.what}
          />
        </List.Item>
      )}
    />
  );
}

/** A street's completion over time. */
function ProgressChart(props: { progress: { on: string; completion: number }[] }) {
  if (props.progress.length < 1) return null;
  return (
    <Chart
      height={160}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 24 },
        xAxis: { type: 'category', data: props.progress.map((p) => p.on) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          {
            type: 'line',
            data: props.progress.map((p) => p.completion),
            label: { show: true, formatter: '{c}%' },
          },
        ],
      }}
    />
  );
}

/** One batch: its streets' progress and its cadres, with the actions the actor may take. */
export function BatchPanel(props: { id: string }) {
  const t = useT();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['secondments', 'batch', props.id], queryFn: () => getBatch(props.id) });
  const [assigning, setAssigning] = useState(false);
  const [importing, setImporting] = useState(false);
  const [progressFor, setProgressFor] = useState<string | null>(null);
  const [working, setWorking] = useState<Assignment | null>(null);
  const [rating, setRating] = useState<Assignment | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const b = q.data?.batch;
  const cadres = useQuery({
    queryKey: ['secondments', 'cadres', b?.nodeId],
    queryFn: () => listCadres(b!.nodeId),
    enabled: !!b?.can.manage && assigning,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['secondments'] });
  if (!b) return null;
  return (
    <Card
      title={`${b.name} · ${b.workKind}`}
      data-testid="batch-panel"
      extra={
        b.can.manage &&
        b.phase !== 'ended' && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('sd.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAssigning(true)}
              data-testid="assign"
            >
              {t('sd.assign')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap align="start" style={{ width: '100%' }}>
        {b.streets.map((s) => (
          <Card key={s.streetId} size="small" title={s.streetName} style={{ width: 320 }}>
            <Typography.Text>
              {t('sd.completion')}：{s.completion === null ? '—' : `${s.completion}%`}{' '}
              {s.target !== null && `（${s.done}/${s.target}${s.unit}）`}
            </Typography.Text>
            <ProgressChart progress={s.progress} />
            {s.hosts && (
              <Button size="small" onClick={() => setProgressFor(s.streetId)} data-testid="record-progress">
                {t('sd.progress.record')}
              </Button>
            )}
          </Card>
        ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        style={{ marginTop: 12 }}
        dataSource={q.data?.assignments ?? []}
        expandable={{
          expandedRowKeys: open ? [open] : [],
          onExpand: (x, r) => setOpen(x ? r.id : null),
          expandedRowRender: (r) => <Entries id={r.id} />,
        }}
        columns={[
          { title: t('sd.name'), dataIndex: 'name' },
          { title: t('sd.unit'), dataIndex: 'unitName' },
          { title: t('sd.post'), dataIndex: 'post' },
          { title: t('sd.street'), dataIndex: 'streetName' },
          { title: t('sd.work.count'), dataIndex: 'workEntries' },
          { title: t('sd.weeks'), dataIndex: 'weeksLogged' },
          {
            title: t('sd.rating'),
            render: (_, r) =>
              r.rating ? (
                <Tag color={RATING_COLOUR[r.rating]} data-testid="assignment-rating">
                  {t(`sd.rating.${r.rating}`)}
                </Tag>
              ) : (
                <Tag>{t('sd.unrated')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, r) => (
              <Space>
                {r.can.work && (
                  <Button size="small" onClick={() => setWorking(r)}>
                    {t('sd.work')}
                  </Button>
                )}
                {r.can.rate && (
                  <Button size="small" type="primary" onClick={() => setRating(r)} data-testid="rate">
                    {t('sd.rate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ personId: string; streetId: string }>
        open={assigning}
        title={t('sd.assign')}
        testId="assign-form"
        testIdOn="form"
        onClose={() => setAssigning(false)}
        onSubmit={async (v) => {
          await assign(b.id, v);
          await refresh();
        }}
      >
        <Form.Item name="personId" label={t('sd.cadre')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="assign-cadre"
            options={(cadres.data ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.unitName} ${c.post}${c.standing === 'due' ? ' · ' + t('sd.standing.due') : ''}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="streetId" label={t('sd.street')} rules={[{ required: true }]}>
          <Select
            data-testid="assign-street"
            options={b.streets.map((s) => ({ value: s.streetId, label: s.streetName }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<{ recordedOn: string; target: number; done: number }>
        open={!!progressFor}
        title={t('sd.progress.record')}
        testId="progress-form"
        testIdOn="form"
        initialValues={{ recordedOn: beijingDay() }}
        onClose={() => setProgressFor(null)}
        onSubmit={async (v) => {
          await recordProgress(b.id, { ...v, streetId: progressFor! });
          await refresh();
        }}
      >
        <Form.Item name="recordedOn" label={t('sd.progress.on')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="target" label={t('sd.progress.target')} rules={[{ required: true }]}>
          <InputNumber min={0.01} />
        </Form.Item>
        <Form.Item name="done" label={t('sd.progress.done')} rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
      <FormModal<{ onDate: string; what: string; households?: number; cases?: number }>
        open={!!working}
        title={working ? `${t('sd.work')} · ${working.name}` : ''}
        testId="work-form"
        testIdOn="form"
        initialValues={{ onDate: beijingDay(), households: 0, cases: 0 }}
        onClose={() => setWorking(null)}
        onSubmit={async (v) => {
          await addWork(working!.id, { ...v, households: v.households ?? 0, cases: v.cases ?? 0 });
          await refresh();
        }}
      >
        <Form.Item name="onDate" label={t('sd.onDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="what" label={t('sd.what')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="households" label={t('sd.households')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="cases" label={t('sd.cases')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
      <FormModal<{ rating: 'excellent'; comment: string }>
        open={!!rating}
        title={rating ? `${t('sd.rate')} · ${rating.name}` : ''}
        testId="rate-form"
        testIdOn="form"
        initialValues={{ rating: (rating?.rating ?? undefined) as never, comment: rating?.ratingComment }}
        onClose={() => setRating(null)}
        onSubmit={async (v) => {
          await rate(rating!.id, { ...v, version: rating!.version });
          await refresh();
        }}
      >
        <Form.Item name="rating" label={t('sd.rating')} rules={[{ required: true }]}>
          <Select
            data-testid="rate-rating"
            options={RATINGS.map((r) => ({ value: r, label: t(`sd.rating.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('sd.comment')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<CadreImport['rows'][number]>
          title={t('sd.import.title')}
          messages="sd.import"
          send={importCadres(b.id)}
          columns={[
            { title: t('sd.name'), dataIndex: 'name' },
            { title: t('sd.street'), dataIndex: 'street' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => refresh()}
        />
      )}
    </Card>
  );
}
