/**
 * 双点 and the department's own entries [000]: units as liaison 联系点 and observation 观测点 points
 * with their supervising group 督导组 and leader in charge; the observations that feed the
 * assessment; points added or taken by hand (pending until approved); and the district's settings
 * (the quota of 好 and the points each order is worth).
 */
import { useState, type ReactElement } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { ApiError } from '../../app/api.ts';
import { DEPT_TYPES } from '../../../server/modules/assessment/assessment.rules.ts';
import {
  assessmentApi,
  ORDER_KINDS,
  RATINGS,
  type Observation,
  type ObservationInput,
  type PointsInput,
  type Settings,
  type Unit,
} from './assessment.api.ts';
import { quarterOfToday, useDistrict, usePageTitle } from './common.tsx';

function useFail() {
  const { message } = App.useApp();
  return (e: unknown) =>
    message.error(e instanceof ApiError ? (e.problem.errors?.[0]?.message ?? e.problem.title) : String(e));
}

/** The page: one tab per kind of entry, each shown only to those who may use it. */
export function FieldPage() {
  const t = useT();
  usePageTitle(t('assessment.field'));
  const { can } = useMe();
  const districtId = useDistrict();
  if (!districtId) return null;
  const tabs = [
    can('assessment.read') && {
      key: 'units',
      label: t('assessment.field.units'),
      children: <UnitsTab districtId={districtId} manage={can('assessment.manage')} />,
    },
    can('assessment.read') && {
      key: 'observations',
      label: t('assessment.field.observations'),
      children: <ObservationsTab districtId={districtId} manage={can('assessment.manage')} />,
    },
    can('assessment.review') && {
      key: 'points',
      label: t('assessment.field.points'),
      children: <PointsTab districtId={districtId} approve={can('assessment.manage')} />,
    },
    can('assessment.manage') && {
      key: 'settings',
      label: t('assessment.field.settings'),
      children: <SettingsTab districtId={districtId} />,
    },
  ].filter((x): x is { key: string; label: string; children: ReactElement } => !!x);
  return (
    <div data-testid="assessment-field">
      <Typography.Title level={4}>{t('assessment.field')}</Typography.Title>
      <Tabs items={tabs} />
    </div>
  );
}

function UnitsTab(props: { districtId: string; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'units', props.districtId],
    queryFn: () => assessmentApi.units(props.districtId),
  });
  const save = useMutation({
    mutationFn: (u: Unit) =>
      assessmentApi.setUnit(u.nodeId, {
        districtId: props.districtId,
        deptType: u.deptType,
        liaison: u.liaison,
        observation: u.observation,
        supervisingGroup: u.supervisingGroup,
        leaderName: u.leaderName,
      }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'units'] });
    },
    onError: fail,
  });
  const [edits, setEdits] = useState<Record<string, Unit>>({});
  const row = (u: Unit) => edits[u.nodeId] ?? u;
  const edit = (u: Unit, patch: Partial<Unit>) =>
    setEdits((e) => ({ ...e, [u.nodeId]: { ...row(u), ...patch } }));
  return (
    <Table
      size="small"
      rowKey="nodeId"
      scroll={{ x: true }}
      loading={q.isLoading}
      dataSource={q.data ?? []}
      pagination={{ pageSize: 20 }}
      columns={[
        { title: t('assessment.unit'), dataIndex: 'name' },
        {
          title: t('assessment.dept_type'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Select
                aria-label={t('assessment.dept_type')}
                size="small"
                style={{ width: 110 }}
                value={row(u).deptType}
                onChange={(v) => edit(u, { deptType: v })}
                options={DEPT_TYPES.map((d) => ({ value: d, label: t(`assessment.dept.${d}`) }))}
              />
            ) : (
              t(`assessment.dept.${u.deptType}`)
            ),
        },
        {
          title: t('assessment.field.liaison'),
          render: (_: unknown, u: Unit) => (
            <Switch
              aria-label={`${u.name} ${t('assessment.field.liaison')}`}
              size="small"
              disabled={!props.manage}
              checked={row(u).liaison}
              onChange={(v) => edit(u, { liaison: v })}
            />
          ),
        },
        {
          title: t('assessment.observation'),
          render: (_: unknown, u: Unit) => (
            <Switch
              aria-label={`${u.name} ${t('assessment.observation')}`}
              size="small"
              disabled={!props.manage}
              checked={row(u).observation}
              onChange={(v) => edit(u, { observation: v })}
            />
          ),
        },
        {
          title: t('assessment.field.group'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Input
                aria-label={`${u.name} ${t('assessment.field.group')}`}
                size="small"
                maxLength={100}
                value={row(u).supervisingGroup}
                onChange={(e) => edit(u, { supervisingGroup: e.target.value })}
              />
            ) : (
              u.supervisingGroup
            ),
        },
        {
          title: t('assessment.field.leader'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Input
                aria-label={`${u.name} ${t('assessment.field.leader')}`}
                size="small"
                maxLength={50}
                value={row(u).leaderName}
                onChange={(e) => edit(u, { leaderName: e.target.value })}
              />
            ) : (
              u.leaderName
            ),
        },
        { title: t('assessment.field.cadres'), dataIndex: 'cadres' },
        ...(props.manage
          ? [
              {
                title: '',
                render: (_: unknown, u: Unit) => (
                  <Button
                    size="small"
                    disabled={!edits[u.nodeId]}
                    loading={save.isPending && save.variables?.nodeId === u.nodeId}
                    onClick={() => save.mutate(row(u))}
                    data-testid={`save-unit-${u.nodeId}`}
                  >
                    {t('assessment.field.save')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function ObservationsTab(props: { districtId: string; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const units = useQuery({
    queryKey: ['assessment', 'units', props.districtId],
    queryFn: () => assessmentApi.units(props.districtId),
  });
  const q = useQuery({
    queryKey: ['assessment', 'observations', props.districtId],
    queryFn: () => assessmentApi.observations(props.districtId),
  });
  const [form] = Form.useForm();
  const add = useMutation({
    mutationFn: (v: Omit<ObservationInput, 'observedOn'> & { observedOn: dayjs.Dayjs }) =>
      assessmentApi.observe({
        unitNodeId: v.unitNodeId,
        observerKind: v.observerKind,
        observerName: v.observerName,
        rating: v.rating,
        note: v.note,
        observedOn: v.observedOn.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['assessment', 'observations'] });
    },
    onError: fail,
  });
  const points = (units.data ?? []).filter((u) => u.liaison || u.observation);
  const unitName = new Map((units.data ?? []).map((u) => [u.nodeId, u.name]));
  const RATING_COLOUR: Record<Observation['rating'], string> = {
    positive: 'green',
    neutral: 'default',
    negative: 'red',
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {props.manage && (
        <Card size="small" title={t('assessment.field.observe')}>
          <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} data-testid="observation-form">
            <Form.Item name="unitNodeId" label={t('assessment.unit')} rules={[{ required: true }]}>
              <Select
                style={{ width: 200 }}
                showSearch
                optionFilterProp="label"
                options={points.map((u) => ({ value: u.nodeId, label: u.name }))}
                data-testid="f-obs-unit"
              />
            </Form.Item>
            <Form.Item
              name="observerKind"
              label={t('assessment.field.observer_kind')}
              initialValue="supervising_group"
            >
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'supervising_group', label: t('assessment.field.group') },
                  { value: 'leader', label: t('assessment.field.leader') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="observerName"
              label={t('assessment.field.observer')}
              rules={[{ required: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="rating" label={t('assessment.field.rating')} initialValue="positive">
              <Select
                style={{ width: 100 }}
                options={RATINGS.map((r) => ({
                  value: r,
                  label: t(`assessment.field.rating.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="observedOn" label={t('assessment.field.day')} initialValue={dayjs()}>
              <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="note" label={t('assessment.field.note')} rules={[{ required: true }]}>
              <Input.TextArea maxLength={2000} rows={1} style={{ width: 320 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('assessment.field.add')}
            </Button>
          </Form>
        </Card>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        columns={[
          { title: t('assessment.field.day'), dataIndex: 'observedOn' },
          {
            title: t('assessment.unit'),
            dataIndex: 'unitNodeId',
            render: (v: string) => unitName.get(v) ?? '',
          },
          {
            title: t('assessment.field.observer'),
            render: (_: unknown, o: Observation) =>
              `${o.observerName}（${t(o.observerKind === 'leader' ? 'assessment.field.leader' : 'assessment.field.group')}）`,
          },
          {
            title: t('assessment.field.rating'),
            dataIndex: 'rating',
            render: (r: Observation['rating']) => (
              <Tag color={RATING_COLOUR[r]}>{t(`assessment.field.rating.${r}`)}</Tag>
            ),
          },
          { title: t('assessment.field.note'), dataIndex: 'note' },
        ]}
      />
    </Space>
  );
}

function PointsTab(props: { districtId: string; approve: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const cadres = useQuery({
    queryKey: ['assessment', 'points-ranking', props.districtId, quarterOfToday()],
    queryFn: () => assessmentApi.pointsRanking(props.districtId, quarterOfToday()),
  });
  const pending = useQuery({
    queryKey: ['assessment', 'points-pending', props.districtId],
    queryFn: () => assessmentApi.pendingPoints(props.districtId),
    enabled: props.approve,
  });
  const [form] = Form.useForm();
  const changed = () => void qc.invalidateQueries({ queryKey: ['assessment'] });
  const add = useMutation({
    mutationFn: (v: Omit<PointsInput, 'day'> & { day: dayjs.Dayjs }) =>
      assessmentApi.requestPoints({
        personId: v.personId,
        day: v.day.format('YYYY-MM-DD'),
        points: v.points,
        reason: v.reason,
      }),
    onSuccess: () => (message.success(t('assessment.field.points_sent')), form.resetFields(), changed()),
    onError: fail,
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject' }) =>
      assessmentApi.decidePoints(v.id, v.decision),
    onSuccess: () => (message.success(t('assessment.done')), changed()),
    onError: fail,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('assessment.field.points_add')}>
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} data-testid="points-form">
          <Form.Item name="personId" label={t('assessment.field.cadre')} rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              showSearch
              optionFilterProp="label"
              loading={cadres.isLoading}
              data-testid="f-points-cadre"
              options={(cadres.data ?? []).map((c) => ({
                value: c.personId,
                label: `${c.name} · ${c.unitName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="points" label={t('assessment.field.points_n')} rules={[{ required: true }]}>
            <InputNumber min={-100} max={100} step={0.5} />
          </Form.Item>
          <Form.Item name="day" label={t('assessment.field.day')} initialValue={dayjs()}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label={t('assessment.field.reason')} rules={[{ required: true }]}>
            <Input maxLength={500} style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('assessment.field.add')}
          </Button>
        </Form>
      </Card>
      {props.approve && (
        <Table
          size="small"
          rowKey="id"
          title={() => t('assessment.field.pending')}
          loading={pending.isLoading}
          dataSource={[...(pending.data ?? [])].sort((a, b) => b.day.localeCompare(a.day))}
          columns={[
            { title: t('assessment.field.day'), dataIndex: 'day' },
            { title: t('assessment.field.cadre'), dataIndex: 'personName' },
            {
              title: t('assessment.field.points_n'),
              dataIndex: 'points',
              render: (p: number) => <Tag color={p > 0 ? 'green' : 'red'}>{p > 0 ? `+${p}` : p}</Tag>,
            },
            { title: t('assessment.field.reason'), dataIndex: 'reason' },
            {
              title: '',
              render: (_: unknown, r: { id: string }) => (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}
                  >
                    {t('assessment.field.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => decide.mutate({ id: r.id, decision: 'reject' })}>
                    {t('assessment.field.reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}

function SettingsTab(props: { districtId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'settings', props.districtId],
    queryFn: () => assessmentApi.settings(props.districtId),
  });
  const save = useMutation({
    mutationFn: (v: { goodQuota: number; orderPoints: Settings['orderPoints'] }) => {
      const cur = q.data!;
      return assessmentApi.saveSettings({
        districtId: props.districtId,
        goodQuota: v.goodQuota / 100,
        orderPoints: v.orderPoints,
        situations: cur.situations,
        groups: cur.groups,
        rotation: cur.rotation,
        version: cur.version,
      });
    },
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'settings'] });
    },
    onError: fail,
  });
  if (!q.data) return null;
  return (
    <Form
      layout="vertical"
      style={{ maxWidth: 420 }}
      key={q.data.version}
      initialValues={{ goodQuota: Math.round(q.data.goodQuota * 100), orderPoints: q.data.orderPoints }}
      onFinish={(v) => save.mutate(v)}
      data-testid="settings-form"
    >
      <Form.Item
        name="goodQuota"
        label={t('assessment.field.quota')}
        extra={t('assessment.field.quota_hint')}
      >
        <InputNumber min={5} max={100} addonAfter="%" />
      </Form.Item>
      {ORDER_KINDS.map((k) => (
        <Form.Item key={k} name={['orderPoints', k]} label={t(`assessment.field.order_points.${k}`)}>
          <InputNumber min={-100} max={100} step={0.5} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('assessment.field.save')}
      </Button>
    </Form>
  );
}
