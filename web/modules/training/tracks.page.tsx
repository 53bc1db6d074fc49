/**
 * Training plans per track (领航、雏鹰、常青藤): for the organisation department, each track's plan for
 * the year (hours, required courses) and its completion — members, complete, behind, each cadre's
 * hours — with the plan's form and Excel; for a cadre, their track's plan and their progress.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleTwoTone, DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useLang, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  listCourses,
  myTracks,
  setTrackPlan,
  trackCompletion,
  tracksXlsx,
  type Completion,
} from './training.api.ts';

type Track = Completion['tracks'][number];

/** A cadre's state against the plan. */
function StateTag(props: { complete: boolean; lagging: boolean }) {
  const t = useT();
  if (props.complete) return <Tag color="green">{t('training.track.complete')}</Tag>;
  if (props.lagging) return <Tag color="red">{t('training.track.lagging')}</Tag>;
  return <Tag color="blue">{t('training.track.on_way')}</Tag>;
}

/** Completion per track under the node, and each track's plan. */
export function TracksPage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle(t('tr.tk.title'));
  const { can } = useMe();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState(beijingYear());
  const [editing, setEditing] = useState<Track | null>(null);
  const [onlyBehind, setOnlyBehind] = useState(true);
  const q = useQuery({
    queryKey: ['tr', 'tracks', nodeId, year],
    queryFn: () => trackCompletion(nodeId!, year),
    enabled: !!nodeId,
  });
  const courses = useQuery({ queryKey: ['tr', 'courses'], queryFn: () => listCourses() });
  const years = [beijingYear() - 1, beijingYear(), beijingYear() + 1];
  const c = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('tr.tk.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tr.tk.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            aria-label={t('tr.aw.year')}
          />
          <Checkbox checked={onlyBehind} onChange={(e) => setOnlyBehind(e.target.checked)}>
            {t('tr.tk.only_behind')}
          </Checkbox>
          {can('training.export') && nodeId && (
            <Button icon={<DownloadOutlined />} href={tracksXlsx(nodeId, year)}>
              {t('tr.export')}
            </Button>
          )}
        </Space>
      </Space>
      {c?.tracks.length === 0 && <Empty description={t('tr.tk.no_tracks')} />}
      {c?.tracks.map((tr) => (
        <Card
          key={tr.key}
          size="small"
          data-testid={`tr-track-${tr.key}`}
          title={tr.label[lang] ?? tr.label['zh-CN']}
          extra={
            c.canEdit && (
              <Button size="small" onClick={() => setEditing(tr)} data-testid={`tr-track-edit-${tr.key}`}>
                {tr.plan ? t('tr.tk.edit') : t('tr.tk.set')}
              </Button>
            )
          }
        >
          <Space size="large" wrap>
            <Statistic title={t('tr.tk.members')} value={tr.members} />
            <Statistic title={t('training.track.complete')} value={tr.complete} />
            <Statistic
              title={t('training.track.lagging')}
              value={tr.lagging}
              valueStyle={tr.lagging ? { color: '#cf1322' } : undefined}
            />
            <div>
              <Typography.Text type="secondary">{t('tr.tk.plan')}</Typography.Text>
              <div data-testid={`tr-track-plan-${tr.key}`}>
                {tr.plan
                  ? t('tr.tk.plan.value', { hours: tr.plan.requiredHours, n: tr.plan.courses.length })
                  : t('tr.tk.no_plan')}
              </div>
              {tr.plan && (
                <div>
                  {tr.plan.courses.map((k) => (
                    <Tag key={k.id}>{k.title}</Tag>
                  ))}
                </div>
              )}
            </div>
          </Space>
          <Table
            size="small"
            rowKey="personId"
            style={{ marginTop: 12 }}
            pagination={{ pageSize: 10 }}
            dataSource={onlyBehind ? tr.rows.filter((r) => r.lagging) : tr.rows}
            columns={[
              { title: t('tr.name'), dataIndex: 'name' },
              { title: t('tr.tk.unit'), dataIndex: 'unitName' },
              { title: t('tr.tk.post'), dataIndex: 'post' },
              {
                title: t('tr.hours'),
                render: (_, r) => `${r.hours} / ${r.requiredHours}`,
              },
              { title: t('tr.tk.courses'), render: (_, r) => `${r.coursesDone} / ${r.coursesRequired}` },
              {
                title: t('tr.tk.percent'),
                dataIndex: 'percent',
                render: (p, r) => (
                  <Progress
                    percent={p}
                    size="small"
                    style={{ width: 120 }}
                    aria-label={`${r.name} ${t('tr.tk.percent')}`}
                  />
                ),
              },
              { title: t('tr.aw.status'), render: (_, r) => <StateTag {...r} /> },
            ]}
          />
        </Card>
      ))}
      <FormModal<{ requiredHours: number; courseIds?: string[]; note?: string }>
        key={editing?.key}
        open={!!editing}
        title={editing ? `${editing.label[lang] ?? editing.label['zh-CN']} · ${year}` : ''}
        testId="tr-track-form"
        onClose={() => setEditing(null)}
        initialValues={{
          requiredHours: editing?.plan?.requiredHours ?? 24,
          courseIds: editing?.plan?.courses.map((k) => k.id) ?? [],
          note: editing?.plan?.note ?? '',
        }}
        onSubmit={async (v) => {
          await setTrackPlan({
            nodeId: nodeId!,
            year,
            track: editing!.key,
            requiredHours: v.requiredHours,
            courseIds: v.courseIds ?? [],
            note: v.note ?? '',
            version: editing!.plan?.version,
          });
          await qc.invalidateQueries({ queryKey: ['tr', 'tracks'] });
        }}
      >
        <Form.Item name="requiredHours" label={t('tr.tk.required_hours')} rules={[{ required: true }]}>
          <InputNumber min={0} max={500} step={0.5} data-testid="tr-track-hours" />
        </Form.Item>
        <Form.Item name="courseIds" label={t('tr.tk.required_courses')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(courses.data ?? []).map((k) => ({ value: k.id, label: `${k.code} ${k.title}` }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('tr.tk.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** A cadre's own tracks: the plan and their progress. */
export function MyTracksPage() {
  const t = useT();
  useDocumentTitle(t('tr.tk.mine'));
  const q = useQuery({ queryKey: ['tr', 'tracks', 'mine'], queryFn: () => myTracks() });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('tr.tk.mine')}</Typography.Title>
      {q.data?.tracks.length === 0 && <Empty description={t('tr.tk.not_in_track')} />}
      {q.data?.tracks.map((tr) => (
        <Card
          key={tr.key}
          size="small"
          title={tr.label}
          data-testid={`tr-mytrack-${tr.key}`}
          extra={<StateTag {...tr} />}
        >
          {!tr.plan ? (
            <Typography.Text type="secondary">{t('tr.tk.no_plan')}</Typography.Text>
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text data-testid="tr-mytrack-hours">
                {t('tr.tk.my_hours', { hours: tr.hours, required: tr.requiredHours })}
              </Typography.Text>
              <Progress
                percent={tr.percent}
                status={tr.lagging ? 'exception' : undefined}
                aria-label={t('tr.tk.percent')}
              />
              {tr.plan.note && <Typography.Paragraph type="secondary">{tr.plan.note}</Typography.Paragraph>}
              <Typography.Text strong>{t('tr.tk.required_courses')}</Typography.Text>
              {tr.plan.courses.map((k) => (
                <div key={k.id}>
                  {tr.done.includes(k.id) ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : '○'} {k.code}{' '}
                  {k.title}（{k.hours}
                  {t('tr.tk.h')}）
                </div>
              ))}
            </Space>
          )}
        </Card>
      ))}
    </Space>
  );
}
