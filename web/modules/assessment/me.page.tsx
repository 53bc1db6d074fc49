/**
 * 我的考核: a cadre's own sheets (the current one to fill, prefilled so it takes minutes [000]), the
 * result once fed back, and their ledger, promotion months, portrait and work reports. Works at 390 px.
 */
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { ApiError } from '../../app/api.ts';
import { TRAITS } from '../../../server/modules/assessment/assessment.portrait.ts';
import { MATTER_CATEGORIES } from '../../../server/modules/assessment/assessment.rules.ts';
import { assessmentApi, type SheetDetail, type ScoreEntry } from './assessment.api.ts';
import { GradeTag, PortraitTags, Radar, usePageTitle } from './common.tsx';

/** The cadre's own page. */
export function MyAssessmentPage() {
  const t = useT();
  usePageTitle(t('assessment.me'));
  const { me } = useMe();
  const personId = me?.user?.personId ?? null;
  const { id } = useParams();
  const navigate = useNavigate();
  const sheets = useQuery({ queryKey: ['assessment', 'me', 'sheets'], queryFn: assessmentApi.mySheets });
  const open = id ?? sheets.data?.[0]?.id;
  return (
    <div data-testid="assessment-me">
      <Typography.Title level={4}>{t('assessment.me')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'sheet',
            label: t('assessment.sheet'),
            children: (
              <Row gutter={[12, 12]}>
                <Col xs={24} md={6}>
                  <List
                    size="small"
                    bordered
                    loading={sheets.isLoading}
                    dataSource={sheets.data ?? []}
                    data-testid="my-sheets"
                    renderItem={(s) => (
                      <List.Item
                        onClick={() => navigate(`/assessment/me/${s.id}`)}
                        style={{ cursor: 'pointer', fontWeight: s.id === open ? 600 : 400 }}
                      >
                        <Space>
                          {s.quarter}
                          <Tag>{t(`assessment.state.${s.status}`)}</Tag>
                          <GradeTag grade={s.grade} />
                        </Space>
                      </List.Item>
                    )}
                  />
                </Col>
                <Col xs={24} md={18}>
                  {open ? <MySheet id={open} /> : <Alert type="info" title={t('assessment.no_sheet')} />}
                </Col>
              </Row>
            ),
          },
          ...(personId
            ? [
                {
                  key: 'points',
                  label: t('assessment.ledger'),
                  children: <LedgerCard personId={personId} />,
                },
                {
                  key: 'months',
                  label: t('assessment.months'),
                  children: <MonthsCard personId={personId} />,
                },
                {
                  key: 'portrait',
                  label: t('assessment.portrait'),
                  children: <PortraitCard personId={personId} />,
                },
                { key: 'reports', label: t('assessment.reports'), children: <MyReports /> },
              ]
            : []),
        ]}
      />
    </div>
  );
}

/** One of the cadre's sheets: the form while open, the result once fed back. */
function MySheet(props: { id: string }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'me', 'sheet', props.id],
    queryFn: () => assessmentApi.mySheet(props.id),
  });
  const [scores, setScores] = useState<Record<string, ScoreEntry>>({});
  const [summary, setSummary] = useState('');
  const s = q.data;
  useEffect(() => {
    if (!s) return;
    setScores(
      Object.fromEntries(
        s.items.map((i) => [
          i.indicatorId,
          { indicatorId: i.indicatorId, value: i.self, evidence: i.evidence },
        ]),
      ),
    );
    setSummary(s.summary);
  }, [s]);
  const refresh = (d: SheetDetail) => {
    qc.setQueryData(['assessment', 'me', 'sheet', props.id], d);
    void qc.invalidateQueries({ queryKey: ['assessment', 'me', 'sheets'] });
  };
  const save = useMutation({
    mutationFn: () =>
      assessmentApi.saveMySheet(props.id, { items: Object.values(scores), summary, version: s!.version }),
    onSuccess: (d) => {
      refresh(d);
      message.success(t('assessment.saved'));
    },
    onError: (e) =>
      message.error(e instanceof ApiError ? (e.problem.errors?.[0]?.message ?? e.problem.title) : String(e)),
  });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await assessmentApi.saveMySheet(props.id, {
        items: Object.values(scores),
        summary,
        version: s!.version,
      });
      return assessmentApi.submitMySheet(props.id, saved.version);
    },
    onSuccess: (d) => {
      refresh(d);
      message.success(t('assessment.submitted'));
    },
    onError: (e) => {
      void q.refetch();
      message.error(
        e instanceof ApiError
          ? e.problem.errors?.map((x) => x.message).join('；') || e.problem.title
          : String(e),
      );
    },
  });
  if (!s) return <Card loading />;
  const released = s.status === 'fed_back' || s.status === 'published';
  return (
    <Card
      size="small"
      title={`${s.quarter} ${t('assessment.sheet')}`}
      extra={
        <Button href={assessmentApi.printUrl(s.id)} target="_blank" data-testid="sheet-print">
          {t('assessment.print')}
        </Button>
      }
      data-testid="my-sheet"
    >
      {s.returnReason && s.can.edit && (
        <Alert
          type="warning"
          showIcon
          title={`${t('assessment.returned')}：${s.returnReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {released && (
        <Alert
          type="success"
          showIcon
          data-testid="my-result"
          style={{ marginBottom: 12 }}
          title={
            <Space wrap>
              {t('assessment.result')}
              <GradeTag grade={s.grade} />
              {s.score !== null && `${t('assessment.score')} ${s.score}`}
              {s.rank !== null && `${t('assessment.rank_in_unit')} ${s.rank}`}
            </Space>
          }
          description={s.orgComment || s.unitComment}
        />
      )}
      {s.due && !released && (
        <Typography.Paragraph type="secondary">{t('assessment.due', { due: s.due })}</Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="indicatorId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={s.items}
        data-testid="sheet-items"
        columns={[
          {
            title: t('assessment.indicator'),
            dataIndex: 'name',
            render: (v, i) => (
              <span>
                {v} {i.layer !== 'common' && <Tag>{t(`assessment.layer.${i.layer}`)}</Tag>}
              </span>
            ),
          },
          { title: t('assessment.weight'), dataIndex: 'weight', width: 60 },
          {
            title: t('assessment.self'),
            key: 'self',
            width: 110,
            render: (_, i) =>
              s.can.edit ? (
                <InputNumber
                  aria-label={`${t('assessment.self')} ${i.name}`}
                  min={0}
                  max={i.scoring === 'pass_fail' ? 1 : i.maxScore}
                  value={scores[i.indicatorId]?.value ?? null}
                  onChange={(v) =>
                    setScores((x) => ({ ...x, [i.indicatorId]: { ...x[i.indicatorId], value: v ?? null } }))
                  }
                  data-testid={`self-${i.indicatorId}`}
                />
              ) : (
                i.self
              ),
          },
          {
            title: t('assessment.evidence'),
            key: 'evidence',
            render: (_, i) =>
              s.can.edit ? (
                <Input
                  aria-label={`${t('assessment.evidence')} ${i.name}`}
                  placeholder={i.evidenceRequired ? t('assessment.evidence_required') : ''}
                  value={scores[i.indicatorId]?.evidence ?? ''}
                  onChange={(e) =>
                    setScores((x) => ({
                      ...x,
                      [i.indicatorId]: { ...x[i.indicatorId], evidence: e.target.value },
                    }))
                  }
                  data-testid={`evidence-${i.indicatorId}`}
                />
              ) : (
                i.evidence
              ),
          },
          ...(released ? [{ title: t('assessment.unit_score'), dataIndex: 'unit', width: 90 }] : []),
        ]}
      />
      {s.prefill && (
        <Card
          size="small"
          type="inner"
          title={t('assessment.prefill')}
          style={{ marginTop: 12 }}
          data-testid="sheet-prefill"
        >
          <Space wrap>
            <Statistic title={t('assessment.tasks')} value={s.prefill.tasks.length} />
            <Statistic title={t('assessment.orders')} value={s.prefill.orders.length} />
            <Statistic title={t('assessment.points')} value={s.prefill.points} />
            <Statistic title={t('assessment.reports')} value={s.prefill.reports.length} />
          </Space>
          {s.prefill.orders.map((o) => (
            <div key={o.orderId} data-testid="prefill-order">
              <Tag color={o.type === 'commendation' ? 'gold' : o.type === 'accountability' ? 'red' : 'blue'}>
                {t(`assessment.order.${o.type}`)}
              </Tag>
              {o.number} {o.taskTitle} {o.points > 0 ? `+${o.points}` : o.points}
            </div>
          ))}
        </Card>
      )}
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label={t('assessment.summary')} htmlFor="my-summary">
          <Input.TextArea
            id="my-summary"
            rows={6}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!s.can.edit}
            data-testid="sheet-summary"
          />
        </Form.Item>
        {s.can.edit && (
          <Space wrap>
            {s.prefill && (
              <Button onClick={() => setSummary(s.prefill!.draft)} data-testid="use-draft">
                {t('assessment.use_draft')}
              </Button>
            )}
            <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="sheet-save">
              {t('assessment.save')}
            </Button>
            <Button
              type="primary"
              loading={submit.isPending}
              data-testid="sheet-submit"
              onClick={() =>
                modal.confirm({
                  title: t('assessment.submit_confirm'),
                  content: t('assessment.submit_confirm_body'),
                  okButtonProps: { 'data-testid': 'confirm-ok' } as never,
                  onOk: () => submit.mutateAsync(),
                })
              }
            >
              {t('assessment.submit')}
            </Button>
          </Space>
        )}
      </Form>
    </Card>
  );
}

/** A ledger card: total, months, lines. */
export function LedgerCard(props: { personId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['assessment', 'ledger', props.personId],
    queryFn: () => assessmentApi.ledger(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="ledger">
      <Space wrap>
        <Statistic
          title={t('assessment.points_total')}
          value={q.data?.total ?? 0}
          data-testid="ledger-total"
        />
        {q.data?.months.map((m) => (
          <Statistic key={m.month} title={m.month} value={m.points} />
        ))}
      </Space>
      <Table
        size="small"
        rowKey={(l) => `${l.ref}-${l.day}`}
        scroll={{ x: true }}
        dataSource={q.data?.lines ?? []}
        data-testid="ledger-lines"
        columns={[
          { title: t('assessment.day'), dataIndex: 'day' },
          {
            title: t('assessment.points'),
            dataIndex: 'points',
            render: (v: number) => (v > 0 ? `+${v}` : v),
          },
          {
            title: t('assessment.source'),
            dataIndex: 'source',
            render: (v: string) => t(`assessment.source.${v}`),
          },
          { title: t('assessment.reason'), dataIndex: 'reason' },
          {
            title: t('assessment.status'),
            dataIndex: 'status',
            render: (v: string) => t(`assessment.pstatus.${v}`),
          },
        ]}
      />
    </Card>
  );
}

/** Promotion months per year and the declarations. */
export function MonthsCard(props: { personId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['assessment', 'months', props.personId],
    queryFn: () => assessmentApi.months(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="months">
      {q.data?.vetoed && (
        <Alert
          type="error"
          showIcon
          title={`${t('assessment.vetoed')}：${q.data.vetoes.map((v) => t(`assessment.veto.${v}`)).join('、')}`}
        />
      )}
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={q.data?.years ?? []}
        columns={[
          { title: t('assessment.year'), dataIndex: 'year' },
          { title: t('assessment.quarter_good'), dataIndex: 'quarterGood' },
          { title: t('assessment.quarter_last'), dataIndex: 'quarterLast' },
          { title: t('assessment.situations'), dataIndex: 'situations' },
          {
            title: t('assessment.net_months'),
            dataIndex: 'net',
            render: (v: number, y) => (
              <span>
                {v > 0 ? `+${v}` : v}
                {y.capped && <Tag>{t('assessment.capped')}</Tag>}
              </span>
            ),
          },
        ]}
      />
      <List
        size="small"
        header={t('assessment.declarations')}
        dataSource={q.data?.declarations ?? []}
        renderItem={(d) => (
          <List.Item>
            {d.year} {d.kind === 'veto' ? t(`assessment.veto.${d.code}`) : d.code}{' '}
            {d.months ? `${d.polarity === 'positive' ? '−' : '+'}${d.months}` : ''}{' '}
            <Tag>{t(`assessment.dstatus.${d.status}`)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The portrait radar with tags. */
export function PortraitCard(props: { personId: string }) {
  const q = useQuery({
    queryKey: ['assessment', 'portrait', props.personId],
    queryFn: () => assessmentApi.portrait(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="portrait">
      {q.data && (
        <>
          <Radar portrait={q.data} />
          <PortraitTags tags={q.data.tags} />
        </>
      )}
    </Card>
  );
}

/** The cadre's work reports and the form to log one (云端述事). */
function MyReports() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [file, setFile] = useState<File | null>(null);
  const q = useQuery({ queryKey: ['assessment', 'me', 'reports'], queryFn: assessmentApi.myReports });
  const log = useMutation({
    mutationFn: async (v: {
      category: 'major';
      title: string;
      body: string;
      happenedOn: { format(f: string): string };
      traits: string[];
    }) => {
      const r = await assessmentApi.logReport(
        { ...v, happenedOn: v.happenedOn.format('YYYY-MM-DD'), traits: v.traits as never },
        key,
      );
      if (file) await assessmentApi.addReportFile(r.id, file);
      return r;
    },
    onSuccess: () => {
      message.success(t('assessment.report_logged'));
      form.resetFields();
      setFile(null);
      setKey(crypto.randomUUID());
      void qc.invalidateQueries({ queryKey: ['assessment', 'me', 'reports'] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.problem.title : String(e)),
  });
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={10}>
        <Card size="small" title={t('assessment.log_report')}>
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => log.mutate(v)}
            initialValues={{ category: 'important', traits: [] }}
          >
            <Form.Item name="category" label={t('assessment.category')} rules={[{ required: true }]}>
              <Select
                options={MATTER_CATEGORIES.map((c) => ({ value: c, label: t(`assessment.category.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('assessment.title')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="report-title" />
            </Form.Item>
            <Form.Item name="body" label={t('assessment.body')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="report-body" />
            </Form.Item>
            <Form.Item name="happenedOn" label={t('assessment.happened_on')} rules={[{ required: true }]}>
              <DatePicker data-testid="report-date" />
            </Form.Item>
            <Form.Item name="traits" label={t('assessment.traits')}>
              <Select
                mode="multiple"
                options={TRAITS.map((x) => ({ value: x, label: t(`assessment.trait.${x}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('assessment.evidence_file')}>
              <Upload
                beforeUpload={(f) => (setFile(f), false)}
                maxCount={1}
                accept=".pdf,.jpg,.jpeg,.png,.webp"
                onRemove={() => setFile(null)}
              >
                <Button>{t('assessment.choose_file')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={log.isPending} data-testid="report-submit">
              {t('assessment.log')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <List
          size="small"
          bordered
          loading={q.isLoading}
          dataSource={q.data ?? []}
          data-testid="my-reports"
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <Tag>{t(`assessment.category.${r.category}`)}</Tag>
                {r.title}
                <Tag color={r.status === 'confirmed' ? 'green' : r.status === 'rejected' ? 'red' : 'default'}>
                  {t(`assessment.rstatus.${r.status}`)}
                </Tag>
                {r.outstanding && <Tag color="gold">{t('assessment.outstanding')}</Tag>}
                {r.files.map((f) => (
                  <a
                    key={f.id}
                    href={assessmentApi.reportFileUrl(r.id, f.id)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {f.name}
                  </a>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Col>
    </Row>
  );
}
