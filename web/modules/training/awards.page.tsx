/**
 * 学苑工作委员会 and the teachers' awards: the committee; a year's nominations for 优秀教师, 精品课程 and
 * 最受欢迎教师 with what they rest on (classes, stars, attendance, pass rate); the committee's review,
 * the decision with a number, the certificate to print and the list in Excel; a teacher's own awards.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addMember,
  awardsXlsx,
  COMMITTEE_DUTIES,
  decideAward,
  getAward,
  listAwards,
  listCommittee,
  myAwards,
  nominate,
  rejectAward,
  removeMember,
  reviewAward,
  type Award,
} from './training.api.ts';

const STATUS_COLOR: Record<string, string> = {
  nominated: 'blue',
  approved: 'cyan',
  rejected: 'default',
  awarded: 'gold',
};

/** The awards of one table (the year's, or the teacher's own). */
function AwardsTable(props: { items: Award[]; onReview?: (a: Award) => void; onChanged?: () => void }) {
  const t = useT();
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={props.items}
      data-testid="tr-awards"
      scroll={{ x: true }}
      columns={[
        { title: t('tr.aw.year'), dataIndex: 'year' },
        { title: t('tr.aw.kind'), dataIndex: 'kind', render: (k) => t(`training.award.kind.${k}`) },
        { title: t('tr.teacher'), dataIndex: 'teacherName' },
        { title: t('tr.course'), dataIndex: 'courseTitle', render: (v) => v ?? '—' },
        { title: t('tr.aw.score'), dataIndex: 'score' },
        {
          title: t('tr.aw.basis'),
          render: (_, a) =>
            t('tr.aw.basis.value', {
              classes: a.basis.classes,
              stars: a.basis.stars === null ? '—' : a.basis.stars.toFixed(1),
              ratings: a.basis.ratings,
              attendance: pct(a.basis.attendanceRate),
              pass: pct(a.basis.passRate),
            }),
        },
        {
          title: t('tr.aw.status'),
          dataIndex: 'status',
          render: (s) => <Tag color={STATUS_COLOR[s]}>{t(`training.award.status.${s}`)}</Tag>,
        },
        {
          title: t('tr.aw.votes'),
          render: (_, a) => (a.agree === null ? '—' : `${a.agree} / ${a.against}`),
        },
        { title: t('tr.aw.number'), dataIndex: 'number', render: (v) => v ?? '—' },
        {
          title: '',
          render: (_, a) => (
            <Space wrap>
              {a.can.review && props.onReview && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => props.onReview!(a)}
                  data-testid="tr-aw-review"
                >
                  {t('tr.aw.review')}
                </Button>
              )}
              {a.can.decide && (
                <Button
                  size="small"
                  type="primary"
                  data-testid="tr-aw-decide"
                  onClick={() => decideAward(a.id, a.version).then(props.onChanged, reportError)}
                >
                  {t('tr.aw.decide')}
                </Button>
              )}
              {a.can.reject && (
                <Popconfirm
                  title={t('tr.aw.reject.confirm')}
                  onConfirm={() => rejectAward(a.id, a.version, '').then(props.onChanged, reportError)}
                >
                  <Button size="small" danger>
                    {t('tr.aw.reject')}
                  </Button>
                </Popconfirm>
              )}
              {a.status === 'awarded' && (
                <Link to={`/print/teacher-award/${a.id}`} target="_blank" data-testid="tr-aw-print">
                  <PrinterOutlined /> {t('tr.aw.print')}
                </Link>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** The committee and the year's awards. */
export function AwardsPage() {
  const t = useT();
  useDocumentTitle(t('tr.aw.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState(beijingYear());
  const [reviewing, setReviewing] = useState<Award | null>(null);
  const [adding, setAdding] = useState(false);
  const committee = useQuery({ queryKey: ['tr', 'committee'], queryFn: () => listCommittee() });
  const awards = useQuery({ queryKey: ['tr', 'awards', year], queryFn: () => listAwards(year) });
  const mine = useQuery({ queryKey: ['tr', 'awards', 'mine'], queryFn: () => myAwards() });
  const refresh = () => qc.invalidateQueries({ queryKey: ['tr'] });
  const manage = can('training.manage');
  const years = [beijingYear() - 2, beijingYear() - 1, beijingYear()];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('tr.aw.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tr.aw.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            aria-label={t('tr.aw.year')}
          />
          {manage && nodeId && (
            <Button
              type="primary"
              data-testid="tr-aw-nominate"
              onClick={() =>
                nominate(nodeId, year).then(async (r) => {
                  message.success(t('tr.aw.nominated', { n: r.nominated }));
                  await refresh();
                }, reportError)
              }
            >
              {t('tr.aw.nominate')}
            </Button>
          )}
          {can('training.export') && (
            <Button icon={<DownloadOutlined />} href={awardsXlsx(year)}>
              {t('tr.export')}
            </Button>
          )}
        </Space>
      </Space>
      {!!mine.data?.length && (
        <Card size="small" title={t('tr.aw.mine')} data-testid="tr-aw-mine">
          <AwardsTable items={mine.data} />
        </Card>
      )}
      <Card size="small" title={t('tr.aw.year_awards', { year })}>
        <AwardsTable items={awards.data ?? []} onReview={setReviewing} onChanged={refresh} />
      </Card>
      <Card
        size="small"
        title={t('tr.aw.committee')}
        extra={manage && nodeId && <Button onClick={() => setAdding(true)}>{t('tr.aw.add_member')}</Button>}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={committee.data}
          data-testid="tr-committee"
          columns={[
            { title: t('tr.aw.duty'), dataIndex: 'duty', render: (d) => t(`tr.aw.duty.${d}`) },
            { title: t('tr.name'), dataIndex: 'name' },
            { title: t('tr.organisation'), dataIndex: 'organisation' },
            {
              title: '',
              render: (_, m) =>
                m.canRemove && (
                  <Popconfirm
                    title={t('tr.aw.remove.confirm')}
                    onConfirm={() => removeMember(m.id).then(refresh, reportError)}
                  >
                    <Button size="small">{t('tr.aw.remove')}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <FormModal<{ agree: number; against: number; opinion?: string }>
        open={!!reviewing}
        title={t('tr.aw.review')}
        testId="tr-aw-review-form"
        onClose={() => setReviewing(null)}
        initialValues={{ agree: committee.data?.length ?? 0, against: 0 }}
        onSubmit={async (v) => {
          const r = await reviewAward(reviewing!.id, {
            agree: v.agree,
            against: v.against,
            opinion: v.opinion ?? '',
            version: reviewing!.version,
          });
          message.info(t(`training.award.status.${r.status}`));
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">
          {t('tr.aw.review.hint', { members: committee.data?.length ?? 0 })}
        </Typography.Paragraph>
        <Form.Item name="agree" label={t('tr.aw.agree')} rules={[{ required: true }]}>
          <InputNumber min={0} max={99} />
        </Form.Item>
        <Form.Item name="against" label={t('tr.aw.against')} rules={[{ required: true }]}>
          <InputNumber min={0} max={99} />
        </Form.Item>
        <Form.Item name="opinion" label={t('tr.aw.opinion')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string; duty: string; organisation?: string }>
        open={adding}
        title={t('tr.aw.add_member')}
        onClose={() => setAdding(false)}
        initialValues={{ duty: 'member' }}
        onSubmit={async (v) => {
          await addMember({
            nodeId: nodeId!,
            name: v.name,
            duty: v.duty as 'member',
            organisation: v.organisation ?? '',
          });
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('tr.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="duty" label={t('tr.aw.duty')} rules={[{ required: true }]}>
          <Select options={COMMITTEE_DUTIES.map((d) => ({ value: d, label: t(`tr.aw.duty.${d}`) }))} />
        </Form.Item>
        <Form.Item name="organisation" label={t('tr.organisation')}>
          <Input maxLength={80} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** An award's certificate 荣誉证书, as a page to print (outside the app layout). */
export function TeacherAwardPrintPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const q = useQuery({ queryKey: ['tr', 'award', id], queryFn: () => getAward(id!) });
  useDocumentTitle(t('tr.aw.cert.title'));
  const a = q.data;
  if (!a) return null;
  const title = a.courseTitle
    ? t('tr.aw.cert.course', { kind: t(`training.award.kind.${a.kind}`), course: a.courseTitle })
    : t(`training.award.kind.${a.kind}`);
  return (
    <div
      style={{
        maxWidth: 760,
        margin: '24px auto',
        padding: 32,
        fontFamily: 'serif',
        border: '6px double #b8860b',
      }}
    >
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="tr-aw-cert">
        <h1 style={{ textAlign: 'center', fontSize: 30, letterSpacing: 8 }}>{t('tr.aw.cert.title')}</h1>
        <p style={{ fontSize: 18, marginTop: 32 }}>{t('tr.aw.cert.to', { name: a.teacherName })}</p>
        <p style={{ textIndent: '2em', fontSize: 18, lineHeight: 2 }}>
          {t('tr.aw.cert.body', { year: a.year, title })}
        </p>
        <p style={{ textAlign: 'right', marginTop: 48 }}>{t('tr.aw.cert.issuer', { node: a.nodeName })}</p>
        <p style={{ textAlign: 'right' }}>{a.decidedAt}</p>
        <p style={{ marginTop: 24, color: '#555' }}>
          {t('tr.aw.number')}：<span data-testid="tr-aw-cert-number">{a.number}</span>
        </p>
      </main>
      <div className="no-print" style={{ textAlign: 'center', marginTop: 24 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('tr.aw.print')}
        </Button>
      </div>
    </div>
  );
}
