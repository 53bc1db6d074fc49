/**
 * Classes of the academy: the node's figures, the schedule with enrolment, a class with its QR
 * check-in, roster and roll call (teachers), and the page a trainee's phone opens from the QR code.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { setCsrfToken } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { errorText, reportError } from '../../app/problem.ts';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { ClassRating } from './rating.view.tsx';
import {
  addClass,
  attendanceXlsx,
  checkin,
  enrol,
  getClass,
  getFigures,
  listClasses,
  listCourses,
  listTeachers,
  loadStandard,
  markAttendance,
  openCheckin,
  setClassStatus,
  type Checkin,
} from './training.api.ts';

/** The schedule with the node's figures. */
export function ClassesPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('tr.title'));
  const { can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const figureNode = usePageNode();
  const classes = useQuery({ queryKey: ['tr', 'classes', node?.id], queryFn: () => listClasses(node?.id) });
  const figures = useQuery({
    queryKey: ['tr', 'figures', figureNode],
    queryFn: () => getFigures(figureNode!),
    enabled: !!figureNode,
  });
  const courses = useQuery({ queryKey: ['tr', 'courses'], queryFn: () => listCourses(), enabled: adding });
  const teachers = useQuery({ queryKey: ['tr', 'teachers'], queryFn: () => listTeachers(), enabled: adding });
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tr'] }),
    onError: reportError,
  });
  const f = figures.data;
  const manageHere = can('training.manage') && node && ['district', 'street'].includes(node.level);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tr.title')}
        </Typography.Title>
        {manageHere && (
          <Space wrap>
            <Button type="primary" onClick={() => setAdding(true)} data-testid="tr-new-class">
              {t('tr.new_class')}
            </Button>
            <Button onClick={() => act.mutate(() => loadStandard(node.id))}>{t('tr.load_standard')}</Button>
          </Space>
        )}
      </Space>
      {f && (
        <Row gutter={[12, 12]}>
          <StatCard title={t('tr.trainees')} value={f.trainees} />
          <StatCard title={t('training.stat.hours')} value={f.hours} />
          <StatCard
            title={t('tr.pass_rate')}
            value={f.passRate ?? '—'}
            suffix={f.passRate === null ? '' : '%'}
          />
          <StatCard
            title={`${t('tr.mode.online')} / ${t('tr.mode.offline')}`}
            value={`${f.classesOnline} / ${f.classesOffline}`}
          />
        </Row>
      )}
      <Card size="small" title={t('tr.classes')}>
        <Table
          size="small"
          rowKey="id"
          loading={classes.isLoading}
          dataSource={classes.data}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('tr.course'),
              dataIndex: 'title',
              render: (v, k) => <Link to={`/training/classes/${k.id}`}>{v}</Link>,
            },
            { title: t('tr.power'), dataIndex: 'power', render: (p) => t(`training.power.${p}`) },
            { title: t('tr.mode'), dataIndex: 'mode', render: (m) => t(`tr.mode.${m}`) },
            { title: t('tr.teacher'), dataIndex: 'teacherName' },
            { title: t('tr.starts'), dataIndex: 'startsAt', render: (s) => formatTime(s, lang) },
            { title: t('tr.hours'), dataIndex: 'hours' },
            { title: t('tr.status'), dataIndex: 'status', render: (s) => t(`tr.status.${s}`) },
            {
              title: `${t('tr.attended')}/${t('tr.enrolled')}`,
              render: (_, k) => `${k.attended}/${k.enrolled}`,
            },
            {
              title: '',
              render: (_, k) =>
                k.can.enrol ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`tr-enrol-${k.id}`}
                    onClick={() => act.mutate(() => enrol(k.id))}
                  >
                    {t('tr.enrol')}
                  </Button>
                ) : k.mine !== 'none' ? (
                  <Tag color={k.mine === 'enrolled' ? 'blue' : 'green'}>{t(`tr.mine.${k.mine}`)}</Tag>
                ) : null,
            },
          ]}
        />
      </Card>
      <FormModal<{
        courseId: string;
        teacherId?: string;
        title: string;
        mode: 'online' | 'offline';
        place?: string;
        range: [{ toISOString: () => string }, { toISOString: () => string }];
        hours: number;
      }>
        open={adding}
        title={t('tr.new_class')}
        testId="tr-class-form"
        onClose={() => setAdding(false)}
        initialValues={{ mode: 'offline', hours: 2 }}
        onSubmit={async (v) => {
          await addClass({
            nodeId: node!.id,
            courseId: v.courseId,
            teacherId: v.teacherId,
            title: v.title,
            mode: v.mode,
            place: v.place ?? '',
            startsAt: v.range[0].toISOString(),
            endsAt: v.range[1].toISOString(),
            hours: v.hours,
          });
          await qc.invalidateQueries({ queryKey: ['tr'] });
        }}
      >
        <Form.Item name="courseId" label={t('tr.course')} rules={[{ required: true }]}>
          <Select
            data-testid="tr-class-course"
            showSearch={{ optionFilterProp: 'label' }}
            options={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
          />
        </Form.Item>
        <Form.Item name="teacherId" label={t('tr.teacher')}>
          <Select
            allowClear
            options={(teachers.data ?? []).map((x) => ({
              value: x.id,
              label: `${x.name}（${t(`training.pool.${x.pool}`)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('tr.course')} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="tr-class-title" />
        </Form.Item>
        <Form.Item name="mode" label={t('tr.mode')}>
          <Select options={['offline', 'online'].map((m) => ({ value: m, label: t(`tr.mode.${m}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('tr.place')}>
          <Input />
        </Form.Item>
        <Form.Item name="range" label={`${t('tr.starts')} — ${t('tr.ends')}`} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime data-testid="tr-class-range" />
        </Form.Item>
        <Form.Item name="hours" label={t('tr.hours')} rules={[{ required: true }]}>
          <InputNumber min={0.5} max={100} step={0.5} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One class: the trainee's place in it, or the teacher's check-in, roster and roll call. */
export function ClassPage() {
  const { id } = useParams();
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['tr', 'class', id], queryFn: () => getClass(id!) });
  const [qr, setQr] = useState<Checkin | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  usePageTitle(q.data?.title ?? t('tr.title'));
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tr'] }),
    onError: reportError,
  });
  const k = q.data;
  if (!k) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1000 }}>
      <Typography.Title level={3} data-testid="tr-class-title">
        {k.title}
      </Typography.Title>
      <Card size="small">
        <Space orientation="vertical">
          <span>
            {t(`training.power.${k.power}`)} · {t(`tr.mode.${k.mode}`)} · {k.place} · {k.teacherName ?? ''}
          </span>
          <span>
            {formatTime(k.startsAt, lang)} — {formatTime(k.endsAt, lang)} · {k.hours} {t('tr.hours')}
          </span>
          <span>
            {t(`tr.status.${k.status}`)} · <span data-testid="tr-mine">{t(`tr.mine.${k.mine}`)}</span>
          </span>
          {k.status === 'held' && (
            <ClassRating classId={k.id} canRate={['qr', 'manual', 'online'].includes(k.mine)} />
          )}
          {k.can.enrol && (
            <Button type="primary" onClick={() => act.mutate(() => enrol(k.id))} data-testid="tr-enrol">
              {t('tr.enrol')}
            </Button>
          )}
        </Space>
      </Card>
      {k.can.teach && (
        <Card
          size="small"
          title={t('tr.roster')}
          extra={
            <Space wrap>
              {k.status === 'planned' && (
                <>
                  <Button
                    type="primary"
                    data-testid="tr-open-checkin"
                    onClick={() => act.mutate(async () => setQr(await openCheckin(k.id, 120)))}
                  >
                    {t('tr.open_checkin')}
                  </Button>
                  <Button
                    disabled={!picked.length}
                    data-testid="tr-mark"
                    onClick={() =>
                      act.mutate(async () => (await markAttendance(k.id, picked), setPicked([])))
                    }
                  >
                    {t('tr.mark')}
                  </Button>
                  <Button
                    data-testid="tr-held"
                    onClick={() => act.mutate(() => setClassStatus(k.id, 'held'))}
                  >
                    {t('tr.held')}
                  </Button>
                  <Button danger onClick={() => act.mutate(() => setClassStatus(k.id, 'cancelled'))}>
                    {t('tr.cancel')}
                  </Button>
                </>
              )}
              <Button href={attendanceXlsx(k.id)}>{t('tr.export')}</Button>
            </Space>
          }
        >
          {qr && (
            <Space orientation="vertical" align="center" style={{ width: '100%' }} data-testid="tr-qr">
              <div
                style={{ width: 220 }}
                data-testid="tr-qr-code"
                dangerouslySetInnerHTML={{ __html: qr.qrSvg }}
              />
              <Typography.Text>{t('tr.scan')}</Typography.Text>
              <Typography.Text type="secondary">
                {t('tr.checkin_until', { time: formatTime(qr.until, lang) })}
              </Typography.Text>
              <Typography.Text copyable={{ text: qr.url }} type="secondary" data-testid="tr-qr-url">
                {qr.url}
              </Typography.Text>
            </Space>
          )}
          <Table
            size="small"
            rowKey="userId"
            pagination={false}
            dataSource={k.roster}
            rowSelection={
              k.status === 'planned'
                ? {
                    selectedRowKeys: picked,
                    onChange: (keys) => setPicked(keys as string[]),
                    getCheckboxProps: (r) => ({ disabled: !!r.attendedAt }),
                  }
                : undefined
            }
            columns={[
              { title: t('tr.name'), dataIndex: 'name' },
              {
                title: t('tr.attended'),
                dataIndex: 'method',
                render: (m) => (m ? <Tag color="green">{t(`training.method.${m}`)}</Tag> : '—'),
              },
              { title: '', dataIndex: 'attendedAt', render: (a) => (a ? formatTime(a, lang) : '') },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

/** What a trainee's phone opens from the QR code: checks them in. */
export function CheckinPage() {
  const t = useT();
  usePageTitle(t('tr.checkin_title'));
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const [state, setState] = useState<{ ok: boolean; text: string; classId?: string } | null>(null);
  const { me } = useMe();
  const csrf = me?.csrfToken;
  useEffect(() => {
    // a page opened straight from the QR code: its effect runs before the shell's, so the session's
    // CSRF token is handed over here first
    if (!csrf) return;
    setCsrfToken(csrf);
    let gone = false;
    checkin(token).then(
      (r) =>
        !gone && setState({ ok: true, text: t('tr.checked_in', { title: r.title }), classId: r.classId }),
      (e) => !gone && setState({ ok: false, text: errorText(e) }),
    );
    return () => {
      gone = true;
    };
  }, [token, csrf]);
  if (!state) return null;
  return (
    <Result
      status={state.ok ? 'success' : 'error'}
      title={<span data-testid="tr-checkin-result">{state.ok ? state.text : t('tr.checkin_failed')}</span>}
      subTitle={state.ok ? undefined : state.text}
      extra={state.classId && <Link to={`/training/classes/${state.classId}`}>{t('tr.classes')}</Link>}
    />
  );
}
