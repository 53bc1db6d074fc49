/** Exams (set, open, take with a countdown), the certificate earned, and a trainee's own record. */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  addExam,
  certificateUrl,
  listCourses,
  listExams,
  myCertificates,
  myRecord,
  resultsXlsx,
  setExamStatus,
  startAttempt,
  submitAttempt,
  type Attempt,
  type Result as ExamResult,
} from './training.api.ts';

/** The exams serving the user. */
export function ExamsPage() {
  const t = useT();
  usePageTitle(t('tr.exams'));
  const { can } = useMe();
  const qc = useQueryClient();
  const nav = useNavigate();
  const [adding, setAdding] = useState(false);
  const exams = useQuery({ queryKey: ['tr', 'exams'], queryFn: () => listExams() });
  const courses = useQuery({ queryKey: ['tr', 'courses'], queryFn: () => listCourses(), enabled: adding });
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tr'] }),
    onError: reportError,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tr.exams')}
        </Typography.Title>
        {can('training.manage') && <Button onClick={() => setAdding(true)}>{t('tr.new_exam')}</Button>}
      </Space>
      <Table
        size="small"
        rowKey="id"
        dataSource={exams.data}
        scroll={{ x: 800 }}
        columns={[
          { title: t('tr.exams'), dataIndex: 'title' },
          { title: t('tr.course'), dataIndex: 'courseTitle' },
          { title: t('tr.duration'), dataIndex: 'durationMin' },
          { title: t('tr.pass_mark'), dataIndex: 'passMark' },
          { title: t('tr.status'), dataIndex: 'status', render: (s) => t(`tr.exam_status.${s}`) },
          {
            title: t('tr.best'),
            render: (_, x) =>
              x.passed ? (
                <Tag color="green" data-testid="tr-exam-passed">
                  {t('tr.passed')} {x.myBest}
                </Tag>
              ) : x.myAttempts ? (
                `${x.myBest} · ${t('tr.attempts', { n: x.myAttempts, max: x.maxAttempts })}`
              ) : (
                ''
              ),
          },
          {
            title: '',
            render: (_, x) => (
              <Space>
                {x.can.take && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`tr-take-${x.id}`}
                    onClick={() => nav(`/training/exams/${x.id}/take`)}
                  >
                    {t('tr.take')}
                  </Button>
                )}
                {x.can.manage && x.status !== 'open' && (
                  <Button
                    size="small"
                    data-testid={`tr-open-${x.id}`}
                    onClick={() => act.mutate(() => setExamStatus(x.id, 'open'))}
                  >
                    {t('tr.open')}
                  </Button>
                )}
                {x.can.manage && x.status === 'open' && (
                  <Button size="small" onClick={() => act.mutate(() => setExamStatus(x.id, 'closed'))}>
                    {t('tr.close')}
                  </Button>
                )}
                {x.can.manage && (
                  <Button size="small" href={resultsXlsx(x.id)}>
                    {t('tr.export')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{
        courseId: string;
        title: string;
        durationMin: number;
        passMark: number;
        maxAttempts: number;
        questions: { text: string; options: string; answer: number; points: number }[];
      }>
        open={adding}
        title={t('tr.new_exam')}
        testId="tr-exam-form"
        onClose={() => setAdding(false)}
        initialValues={{
          durationMin: 30,
          passMark: 60,
          maxAttempts: 3,
          questions: [{ text: '', options: '', points: 10, answer: 1 }],
        }}
        onSubmit={async (v) => {
          await addExam({
            courseId: v.courseId,
            title: v.title,
            durationMin: v.durationMin,
            passMark: v.passMark,
            maxAttempts: v.maxAttempts,
            questions: v.questions.map((q) => ({
              text: q.text,
              options: q.options
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean),
              answer: q.answer - 1,
              points: q.points,
            })),
          });
          await qc.invalidateQueries({ queryKey: ['tr'] });
        }}
      >
        <Form.Item name="courseId" label={t('tr.course')} rules={[{ required: true }]}>
          <Select
            options={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('tr.exams')} rules={[{ required: true, max: 80 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="durationMin" label={t('tr.duration')} rules={[{ required: true }]}>
            <InputNumber min={1} max={600} />
          </Form.Item>
          <Form.Item name="passMark" label={t('tr.pass_mark')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="maxAttempts" label={t('tr.max_attempts')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10} />
          </Form.Item>
        </Space>
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  title={`${t('tr.question')} ${i + 1}`}
                  extra={
                    <Button size="small" onClick={() => remove(f.name)}>
                      ×
                    </Button>
                  }
                >
                  <Form.Item
                    name={[f.name, 'text']}
                    label={t('tr.question')}
                    rules={[{ required: true, max: 500 }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'options']} label={t('tr.options')} rules={[{ required: true }]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Space>
                    <Form.Item name={[f.name, 'answer']} label={t('tr.answer')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={8} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'points']} label={t('tr.points')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add({ points: 10, answer: 1 })}>{t('tr.add_question')}</Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </Space>
  );
}

function useCountdown(deadline: string | undefined) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);
  if (!deadline) return '';
  const s = Math.max(0, Math.floor((new Date(deadline).getTime() - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A timed attempt: questions without answers, a countdown, hand in, the result and the certificate. */
export function TakeExamPage() {
  const { id } = useParams();
  const t = useT();
  usePageTitle(t('tr.take'));
  const qc = useQueryClient();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [result, setResult] = useState<ExamResult | null>(null);
  const left = useCountdown(attempt?.deadlineAt);
  useEffect(() => {
    startAttempt(id!).then((a) => {
      setAttempt(a);
      setAnswers(a.questions.map(() => null));
    }, reportError);
  }, [id]);
  const submit = useMutation({
    mutationFn: () => submitAttempt(attempt!.id, answers),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: ['tr'] });
    },
    onError: reportError,
  });
  if (result)
    return (
      <Result
        status={result.passed ? 'success' : 'warning'}
        title={<span data-testid="tr-result">{t('tr.result', { score: result.score })}</span>}
        subTitle={
          result.late ? t('tr.result_late') : result.passed ? t('tr.result_passed') : t('tr.result_failed')
        }
        extra={
          result.certificateId ? (
            <Link to={`/training/certificates/${result.certificateId}`} data-testid="tr-cert-link">
              {t('tr.certificate')}
            </Link>
          ) : (
            <Link to="/training/exams">{t('tr.exams')}</Link>
          )
        }
      />
    );
  if (!attempt) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 800 }}>
      <Typography.Title level={3}>{attempt.title}</Typography.Title>
      <Alert type="info" title={`${t('tr.time_left')} ${left}`} data-testid="tr-countdown" />
      {attempt.questions.map((q, i) => (
        <Card key={i} size="small" title={`${i + 1}. ${q.text}（${q.points}）`}>
          <Radio.Group
            value={answers[i]}
            onChange={(e) => setAnswers((a) => a.map((x, j) => (j === i ? (e.target.value as number) : x)))}
            data-testid={`tr-q-${i}`}
          >
            <Space orientation="vertical">
              {q.options.map((o, j) => (
                <Radio key={j} value={j}>
                  {o}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Card>
      ))}
      <Button
        type="primary"
        loading={submit.isPending}
        onClick={() => submit.mutate()}
        data-testid="tr-submit"
      >
        {t('tr.submit')}
      </Button>
    </Space>
  );
}

/** A certificate of the user's (the printable page opens beside it; the app's pages may not be framed). */
export function CertificatePage() {
  const { id } = useParams();
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('tr.certificate'));
  const certs = useQuery({ queryKey: ['tr', 'certs'], queryFn: () => myCertificates() });
  const c = certs.data?.find((x) => x.id === id);
  if (!c) return null;
  return (
    <Card
      style={{ maxWidth: 720, textAlign: 'center', border: '4px double #b22' }}
      data-testid="tr-certificate"
    >
      <Typography.Title level={2} style={{ color: '#b22', letterSpacing: 8 }}>
        {t('tr.certificate')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 16 }}>
        <b>{c.name}</b>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ fontSize: 16 }}>
        《{c.courseTitle}》 · {c.hours} {t('tr.hours')} · {t('tr.score')} {c.score}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('tr.number')}：{c.number} · {formatTime(c.issuedAt, lang)}
      </Typography.Paragraph>
      <Button href={certificateUrl(c.id)} target="_blank" data-testid="tr-cert-print">
        {t('tr.print')}
      </Button>
    </Card>
  );
}

/** The trainee's record: classes attended with hours, and certificates. */
export function RecordPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('tr.record'));
  const rec = useQuery({ queryKey: ['tr', 'record'], queryFn: () => myRecord() });
  const certs = useQuery({ queryKey: ['tr', 'certs'], queryFn: () => myCertificates() });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3}>{t('tr.record')}</Typography.Title>
      <Typography.Text data-testid="tr-total-hours">
        {t('tr.total_hours', { n: rec.data?.hours ?? 0 })}
      </Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rec.data?.classes}
        columns={[
          { title: t('tr.course'), dataIndex: 'title' },
          { title: t('tr.power'), dataIndex: 'power', render: (p) => t(`training.power.${p}`) },
          { title: t('tr.starts'), dataIndex: 'startsAt', render: (s) => formatTime(s, lang) },
          { title: t('tr.hours'), dataIndex: 'hours' },
          {
            title: t('tr.attended'),
            dataIndex: 'method',
            render: (m) => (m ? t(`training.method.${m}`) : ''),
          },
        ]}
      />
      <Card size="small" title={t('tr.certificates')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={certs.data}
          columns={[
            {
              title: t('tr.number'),
              dataIndex: 'number',
              render: (n, c) => <Link to={`/training/certificates/${c.id}`}>{n}</Link>,
            },
            { title: t('tr.course'), dataIndex: 'courseTitle' },
            { title: t('tr.hours'), dataIndex: 'hours' },
            { title: t('tr.score'), dataIndex: 'score' },
          ]}
        />
      </Card>
    </Space>
  );
}
