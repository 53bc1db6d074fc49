/**
 * Volunteer activities (phones first): upcoming and past activities reaching the user, signing
 * up, one activity with the organiser's QR code, sign-ups and the hours to confirm, and the
 * page a volunteer's phone opens from the QR code to check in and out.
 */
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
  Result,
} from 'antd';
import { PlusOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  confirmHours,
  createActivity,
  getActivity,
  getTotals,
  listActivities,
  listTeams,
  scan,
  signUp,
  volunteersExportUrl,
  withdraw,
  type Activity,
  type ActivityDetail,
} from './volunteers.api.ts';

const STATE_COLOURS: Record<string, string> = {
  signed: 'blue',
  checked_in: 'orange',
  checked_out: 'cyan',
  confirmed: 'green',
  cancelled: 'default',
};

/** A sign-up's state as a tag. */
export function SignupTag(props: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid="signup-state">
      {t(`volunteers.state.${props.state}`)}
    </Tag>
  );
}

function ActivityCard(props: { a: Activity }) {
  const t = useT();
  const { lang } = useLang();
  const a = props.a;
  return (
    <Card size="small" data-testid="activity-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Link to={`/volunteers/activities/${a.id}`}>{a.title}</Link>
        {a.mine && <SignupTag state={a.mine.state} />}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {formatTime(a.startsAt, lang)} – {formatTime(a.endsAt, lang)} · {a.place || a.nodeName}
        {a.teamName && <> · {a.teamName}</>} · {t('volunteers.signed_up', { n: a.signedUp, cap: a.capacity })}
      </Typography.Paragraph>
    </Card>
  );
}

function NewActivity(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { me } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const teams = useQuery({
    queryKey: ['volunteers', 'teams'],
    queryFn: () => listTeams(),
    enabled: props.open,
  });
  const nodeId = node?.id ?? me?.grants?.find((g) => g.role !== 'resident')?.nodeId;
  return (
    <FormModal<{
      title: string;
      place?: string;
      description?: string;
      teamId?: string;
      range: [{ toISOString(): string }, { toISOString(): string }];
      capacity: number;
    }>
      open={props.open}
      title={t('volunteers.new')}
      onClose={props.onClose}
      initialValues={{ capacity: 20 }}
      testId="activity-modal"
      onSubmit={async (v) => {
        await createActivity({
          nodeId: nodeId!,
          title: v.title,
          place: v.place,
          description: v.description,
          teamId: v.teamId,
          startsAt: v.range[0].toISOString(),
          endsAt: v.range[1].toISOString(),
          capacity: v.capacity,
        });
        await qc.invalidateQueries({ queryKey: ['volunteers'] });
      }}
    >
      <Form.Item name="title" label={t('volunteers.title_f')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="range"
        label={`${t('volunteers.starts')} – ${t('volunteers.ends')}`}
        rules={[{ required: true }]}
      >
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="place" label={t('volunteers.place')}>
        <Input />
      </Form.Item>
      <Form.Item name="teamId" label={t('volunteers.team')}>
        <Select allowClear options={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
      </Form.Item>
      <Form.Item name="capacity" label={t('volunteers.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10000} />
      </Form.Item>
      <Form.Item name="description" label={t('volunteers.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** The activities. */
export function ActivitiesPage() {
  const t = useT();
  const { can } = useMe();
  const { node } = useSelectedNode();
  usePageTitle(t('volunteers.title'));
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const q = useQuery({
    queryKey: ['volunteers', 'activities', when],
    queryFn: () => listActivities({ when }),
  });
  const totals = useQuery({
    queryKey: ['volunteers', 'totals', node?.id],
    queryFn: () => getTotals({ nodeId: node?.id }),
    enabled: can('volunteers.organise'),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('volunteers.title')}
        </Typography.Title>
        {can('volunteers.join') && (
          <Link to="/volunteers/me" data-testid="my-volunteering">
            {t('volunteers.mine')}
          </Link>
        )}
        {can('volunteers.organise') && <Link to="/volunteers/teams">{t('volunteers.teams')}</Link>}
        {can('volunteers.organise') && (
          <Button icon={<PlusOutlined />} data-testid="activity-new" onClick={() => setCreating(true)}>
            {t('volunteers.new')}
          </Button>
        )}
        {can('volunteers.export') && (
          <Button icon={<DownloadOutlined />} href={volunteersExportUrl(node?.id)}>
            {t('volunteers.export')}
          </Button>
        )}
      </Space>
      {totals.data && (
        <Card size="small" title={`${t('volunteers.totals')} ${totals.data.year}`}>
          <Space wrap size="large">
            <span>
              {t('volunteers.fig.teams')} <b>{totals.data.teams}</b>
            </span>
            <span>
              {t('volunteers.fig.volunteers')} <b>{totals.data.volunteers}</b>
            </span>
            <span>
              {t('volunteers.fig.hours')} <b>{totals.data.hours}</b>
            </span>
            <span>
              {t('volunteers.fig.activities')} <b>{totals.data.activities}</b>
            </span>
            {totals.data.starred.map((s) => (
              <span key={s.stars}>
                {'★'.repeat(s.stars)} <b>{s.count}</b>
              </span>
            ))}
          </Space>
        </Card>
      )}
      <Tabs
        activeKey={when}
        onChange={(k) => setWhen(k as 'upcoming' | 'past')}
        items={[
          { key: 'upcoming', label: t('volunteers.upcoming') },
          { key: 'past', label: t('volunteers.past') },
        ]}
      />
      {q.isLoading && <Spin />}
      {q.data?.length === 0 && <Empty />}
      {q.data?.map((a) => (
        <ActivityCard key={a.id} a={a} />
      ))}
      <NewActivity open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}

function QrCode(props: { text: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    QRCode.toDataURL(props.text, { width: 240, margin: 1 }).then(setSrc, reportError);
  }, [props.text]);
  return src ? <img src={src} alt="QR" width={240} height={240} data-testid="checkin-qr" /> : <Spin />;
}

function Signups(props: { a: ActivityDetail }) {
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [hours, setHours] = useState<Record<string, number>>({});
  const a = props.a;
  const pending = a.signups.filter((s) => s.checkinAt && s.state !== 'confirmed');
  return (
    <Card size="small" title={t('volunteers.signups')}>
      <Table
        size="small"
        rowKey="volunteerId"
        pagination={false}
        dataSource={a.signups}
        scroll={{ x: 560 }}
        columns={[
          { title: '', dataIndex: 'label' },
          { title: '', dataIndex: 'state', render: (s: string) => <SignupTag state={s} /> },
          {
            title: t('volunteers.checkin'),
            dataIndex: 'checkinAt',
            render: (v: string | null) => formatTime(v, lang),
          },
          {
            title: t('volunteers.checkout'),
            dataIndex: 'checkoutAt',
            render: (v: string | null) => formatTime(v, lang),
          },
          {
            title: t('volunteers.hours'),
            key: 'hours',
            render: (_: unknown, s: ActivityDetail['signups'][number]) =>
              s.checkinAt ? (
                <Space>
                  <InputNumber
                    size="small"
                    min={0.5}
                    max={24}
                    step={0.5}
                    data-testid={`hours-${s.label}`}
                    value={hours[s.volunteerId] ?? s.hours ?? (s.suggested || undefined)}
                    onChange={(v) => setHours((h) => ({ ...h, [s.volunteerId]: Number(v) }))}
                  />
                  {s.suggested !== null && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('volunteers.suggested', { h: s.suggested })}
                    </Typography.Text>
                  )}
                </Space>
              ) : null,
          },
        ]}
      />
      {pending.length > 0 && (
        <Button
          type="primary"
          style={{ marginTop: 8 }}
          data-testid="confirm-hours"
          onClick={async () => {
            const items = pending
              .map((s) => ({ volunteerId: s.volunteerId, hours: hours[s.volunteerId] ?? s.suggested ?? 0 }))
              .filter((x) => x.hours >= 0.5);
            try {
              await confirmHours(a.id, items);
              message.success(t('volunteers.confirm'));
              await qc.invalidateQueries({ queryKey: ['volunteers'] });
            } catch (e) {
              reportError(e);
            }
          }}
        >
          {t('volunteers.confirm')}
        </Button>
      )}
    </Card>
  );
}

/** One activity. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['volunteers', 'activity', id], queryFn: () => getActivity(id) });
  usePageTitle(q.data?.title ?? t('volunteers.title'));
  if (!q.data) return <Spin />;
  const a = q.data;
  const act = (fn: () => Promise<unknown>) => async () => {
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['volunteers'] });
    } catch (e) {
      reportError(e);
    }
  };
  const link = a.checkinToken ? `${location.origin}/volunteers/checkin/${a.id}?t=${a.checkinToken}` : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/volunteers">{t('volunteers.title')}</Link>
      <Card
        title={a.title}
        extra={a.mine && <SignupTag state={a.mine.state} />}
        data-testid="activity-detail"
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('volunteers.starts')}>
            {formatTime(a.startsAt, lang)} – {formatTime(a.endsAt, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('volunteers.place')}>{a.place || a.nodeName}</Descriptions.Item>
          {a.teamName && <Descriptions.Item label={t('volunteers.team')}>{a.teamName}</Descriptions.Item>}
          <Descriptions.Item label={t('volunteers.capacity')}>
            {t('volunteers.signed_up', { n: a.signedUp, cap: a.capacity })}
          </Descriptions.Item>
          {a.description && (
            <Descriptions.Item label={t('volunteers.description')}>{a.description}</Descriptions.Item>
          )}
          {a.mine?.hours != null && (
            <Descriptions.Item label={t('volunteers.hours')}>{a.mine.hours}</Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap>
          {a.can.signUp && (
            <Button type="primary" data-testid="signup" onClick={act(() => signUp(a.id))}>
              {t('volunteers.signup')}
            </Button>
          )}
          {a.mine?.state === 'signed' && (
            <Button data-testid="withdraw" onClick={act(() => withdraw(a.id))}>
              {t('volunteers.withdraw')}
            </Button>
          )}
        </Space>
      </Card>
      {link && (
        <Card size="small" title={t('volunteers.qr')}>
          <QrCode text={link} />
          <Typography.Paragraph
            copyable={{ text: link }}
            type="secondary"
            style={{ fontSize: 12 }}
            data-testid="checkin-link"
          >
            {link}
          </Typography.Paragraph>
        </Card>
      )}
      {a.can.organise && <Signups a={a} />}
    </Space>
  );
}

/** The page a volunteer's phone opens from the QR code: check in, then check out. */
export function CheckinPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  usePageTitle(t('volunteers.scan_page'));
  const q = useQuery({ queryKey: ['volunteers', 'activity', id], queryFn: () => getActivity(id) });
  const [busy, setBusy] = useState(false);
  if (!q.data) return <Spin />;
  const a = q.data;
  const go = async (kind: 'checkin' | 'checkout') => {
    setBusy(true);
    try {
      await scan(a.id, token, kind);
      await qc.invalidateQueries({ queryKey: ['volunteers'] });
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };
  const m = a.mine;
  return (
    <Result
      status={m?.checkoutAt ? 'success' : 'info'}
      title={a.title}
      subTitle={
        <Space direction="vertical">
          {m && <SignupTag state={m.state} />}
          {m?.checkinAt && (
            <span data-testid="checked-in-at">
              {t('volunteers.checked_in_at', { at: formatTime(m.checkinAt, lang) })}
            </span>
          )}
          {m?.checkoutAt && (
            <span>{t('volunteers.checked_out_at', { at: formatTime(m.checkoutAt, lang) })}</span>
          )}
        </Space>
      }
      extra={
        <Space>
          {!m?.checkinAt && (
            <Button
              type="primary"
              size="large"
              loading={busy}
              data-testid="do-checkin"
              onClick={() => go('checkin')}
            >
              {t('volunteers.checkin')}
            </Button>
          )}
          {m?.checkinAt && !m.checkoutAt && (
            <Button
              type="primary"
              size="large"
              loading={busy}
              data-testid="do-checkout"
              onClick={() => go('checkout')}
            >
              {t('volunteers.checkout')}
            </Button>
          )}
          <Link to="/volunteers/me">{t('volunteers.mine')}</Link>
        </Space>
      }
    />
  );
}
