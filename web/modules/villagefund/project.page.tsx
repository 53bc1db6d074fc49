/**
 * One project: its figures, the steps open to the user, the 4+X visits and the online analysis with
 * the printable feasibility report, the plan, batches by progress (approve, pay), the yearly reviews.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { usePageTitle } from '../council/common.tsx';
import { StageTag } from './projects.page.tsx';
import {
  analyse,
  decideBatch,
  getProject,
  reportUrl,
  takeStep,
  wan,
  type Project,
} from './villagefund.api.ts';
import { ProjectForms, type Modal } from './project-forms.tsx';

/** A project and everything done on it. */
export function ProjectPage() {
  const { id } = useParams();
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['vf', 'project', id], queryFn: () => getProject(id!) });
  usePageTitle(q.data?.title ?? t('vf.title'));
  const [modal, setModal] = useState<Modal>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['vf'] });
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: refresh,
    onError: reportError,
  });
  const p = q.data;
  if (!p) return null;
  const f = p.feasibility;
  const close = () => setModal(null);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1100 }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="vf-project-title">
          {p.title}
        </Typography.Title>
        <StageTag stage={p.stage} />
      </Space>
      {p.exitAdvised && p.stage !== 'exited' && <Alert type="warning" title={t('vf.exit_advised')} />}
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('vf.village')}>{p.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('vf.pool')}>{p.poolName}</Descriptions.Item>
        <Descriptions.Item label={t('vf.category')}>
          {t(`villagefund.category.${p.category}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vf.investment')}>{wan(p.investmentFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.revenue')}>{wan(p.annualRevenueFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.cost')}>{wan(p.annualCostFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.paid')}>
          <span data-testid="vf-paid">{wan(p.paidFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('vf.households')}>{p.households}</Descriptions.Item>
        <Descriptions.Item label={t('vf.horizon')}>{p.horizonYears}</Descriptions.Item>
        <Descriptions.Item label={t('vf.description')} span={3}>
          {p.description}
        </Descriptions.Item>
        {p.exitReason && (
          <Descriptions.Item label={t('vf.step.exit')} span={3}>
            {p.exitReason}（{t('vf.recovered')} {wan(p.exitRecoveredFen ?? 0)}）
          </Descriptions.Item>
        )}
      </Descriptions>
      {p.steps.length > 0 && (
        <Space wrap>
          {p.steps.map((s) => (
            <Button
              key={s}
              type={s === 'approve' || s === 'start_review' ? 'primary' : 'default'}
              danger={s === 'reject' || s === 'exit'}
              data-testid={`vf-step-${s}`}
              onClick={() =>
                s === 'start_review' || s === 'approve' || s === 'withdraw'
                  ? act.mutate(() => takeStep(p.id, { step: s, version: p.version }))
                  : setModal({ step: s })
              }
            >
              {t(`vf.step.${s}`)}
            </Button>
          ))}
        </Space>
      )}
      <Card
        size="small"
        title={t('vf.panel')}
        extra={
          p.can.review && (
            <Button size="small" onClick={() => setModal('visit')} data-testid="vf-add-visit">
              {t('vf.add_visit')}
            </Button>
          )
        }
      >
        {p.panelMissing.length > 0 && (
          <Typography.Paragraph type="warning">
            {t('vf.missing', { units: p.panelMissing.map((u) => t(`villagefund.unit.${u}`)).join('、') })}
          </Typography.Paragraph>
        )}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.visits}
          columns={[
            { title: t('vf.unit'), dataIndex: 'unit', render: (u) => t(`villagefund.unit.${u}`) },
            { title: t('vf.member'), dataIndex: 'memberName' },
            { title: t('vf.date'), dataIndex: 'visitedOn' },
            { title: t('vf.opinion'), dataIndex: 'opinion', render: (o) => t(`villagefund.opinion.${o}`) },
            { title: t('vf.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('vf.analysis')}
        extra={
          <Space>
            {p.can.review && (
              <Button size="small" onClick={() => act.mutate(() => analyse(p.id))} data-testid="vf-analyse">
                {t('vf.run_analysis')}
              </Button>
            )}
            {f && (
              <Button size="small" href={reportUrl(p.id)} target="_blank" data-testid="vf-report">
                {t('vf.report')}
              </Button>
            )}
          </Space>
        }
      >
        {f ? (
          <Descriptions size="small" column={{ xs: 2, md: 4 }} data-testid="vf-feasibility">
            <Descriptions.Item label={t('vf.net_annual')}>{wan(f.netAnnualFen)}</Descriptions.Item>
            <Descriptions.Item label={t('vf.roi')}>{f.roiPct}%</Descriptions.Item>
            <Descriptions.Item label={t('vf.payback')}>
              {f.paybackYears === null ? t('vf.never') : t('vf.years', { n: f.paybackYears })}
            </Descriptions.Item>
            <Descriptions.Item label={t('vf.risk_score')}>{f.riskScore}</Descriptions.Item>
            <Descriptions.Item label={t('vf.risk_grade')}>
              <Tag color={{ low: 'green', medium: 'orange', high: 'red' }[f.riskGrade]}>
                {t(`villagefund.grade.${f.riskGrade}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('vf.recommendation')}>
              {t(`villagefund.recommendation.${f.recommendation}`)}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('vf.none')}</Typography.Text>
        )}
      </Card>
      <PlanCard p={p} onEdit={() => setModal('plan')} />
      <Card
        size="small"
        title={t('vf.batches')}
        extra={
          p.can.requestBatch && (
            <Button
              size="small"
              type="primary"
              onClick={() => setModal('batch')}
              data-testid="vf-request-batch"
            >
              {t('vf.request_batch')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.batches}
          scroll={{ x: 700 }}
          columns={[
            { title: '#', dataIndex: 'seq', width: 40 },
            { title: t('vf.amount_wan'), dataIndex: 'amountFen', render: wan },
            { title: t('vf.progress'), dataIndex: 'progress', render: (x) => `${x}%` },
            { title: t('vf.progress_note'), dataIndex: 'progressNote' },
            {
              title: t('vf.stage'),
              dataIndex: 'status',
              render: (s, b) => (
                <span data-testid={`vf-batch-${b.seq}-status`}>
                  {t(`vf.batch_status.${s}`)}
                  {b.paidAt ? ` ${formatTime(b.paidAt, lang)}` : ''}
                </span>
              ),
            },
            {
              title: '',
              render: (_, b) => (
                <Space>
                  {b.can.approve && (
                    <>
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`vf-batch-${b.seq}-approve`}
                        onClick={() => act.mutate(() => decideBatch(b.id, { decision: 'approve' }))}
                      >
                        {t('vf.approve')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() =>
                          act.mutate(() => decideBatch(b.id, { decision: 'reject', note: t('vf.reject') }))
                        }
                      >
                        {t('vf.reject')}
                      </Button>
                    </>
                  )}
                  {b.can.pay && (
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`vf-batch-${b.seq}-pay`}
                      onClick={() => act.mutate(() => decideBatch(b.id, { decision: 'pay' }))}
                    >
                      {t('vf.pay')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('vf.reviews')}
        extra={
          p.can.evaluate && (
            <Button size="small" onClick={() => setModal('review')} data-testid="vf-add-review">
              {t('vf.add_review')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={p.reviews}
          scroll={{ x: 700 }}
          columns={[
            { title: t('vf.year'), dataIndex: 'year' },
            { title: t('vf.revenue_wan'), dataIndex: 'revenueFen', render: wan },
            { title: t('vf.cost_wan'), dataIndex: 'costFen', render: wan },
            { title: t('vf.collective_return_wan'), dataIndex: 'collectiveReturnFen', render: wan },
            { title: t('vf.household_return_wan'), dataIndex: 'householdReturnFen', render: wan },
            { title: t('vf.indicators_met'), render: (_, r) => `${r.indicatorsMet}/${r.indicatorsTotal}` },
            {
              title: t('vf.score'),
              dataIndex: 'score',
              render: (s) => <span data-testid="vf-review-score">{s}</span>,
            },
            { title: t('vf.grade'), dataIndex: 'grade', render: (g) => t(`vf.grade.${g}`) },
          ]}
        />
      </Card>

      <ProjectForms p={p} modal={modal} close={close} refresh={refresh} />
    </Space>
  );
}

function PlanCard(props: { p: Project; onEdit: () => void }) {
  const t = useT();
  const { p } = props;
  return (
    <Card
      size="small"
      title={t('vf.plan')}
      extra={
        p.can.plan && (
          <Button size="small" onClick={props.onEdit} data-testid="vf-set-plan">
            {t('vf.set_plan')}
          </Button>
        )
      }
    >
      {p.plan ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="vf-plan">
          <Descriptions.Item label={t('vf.total_wan')}>{wan(p.plan.totalFen)}</Descriptions.Item>
          <Descriptions.Item label={t('vf.source')}>
            {(['fiscal', 'loan', 'collective', 'donation'] as const)
              .filter((s) => p.plan!.sources[s] > 0)
              .map((s) => `${t(`villagefund.source.${s}`)} ${wan(p.plan!.sources[s])}`)
              .join('；')}
          </Descriptions.Item>
          <Descriptions.Item label={t('vf.milestones')}>{p.plan.milestones}</Descriptions.Item>
          <Descriptions.Item label={t('vf.indicators')}>
            {p.plan.indicators.map((i) => `${i.name}：${i.target}`).join('；') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('vf.exit_terms')}>{p.plan.exitTerms}</Descriptions.Item>
          <Descriptions.Item label={t('vf.collective_share')}>{p.plan.collectiveShare}%</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('vf.none')}</Typography.Text>
      )}
    </Card>
  );
}
