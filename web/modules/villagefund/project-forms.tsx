/** The forms a project's page opens: a visit, the plan, a batch, a yearly review, a step with its reason. */
import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import {
  addReview,
  addVisit,
  fenOfWan,
  PANEL_UNITS,
  requestBatch,
  setPlan,
  takeStep,
  type Project,
} from './villagefund.api.ts';
import type { Body } from '../../app/client.ts';

export type Modal =
  | null
  | 'visit'
  | 'plan'
  | 'batch'
  | 'review'
  | { step: Body<'post', '/api/villagefund/projects/{id}/steps'>['step'] };

/** The forms of one project, the open one shown. */
export function ProjectForms(props: {
  p: Project;
  modal: Modal;
  close: () => void;
  refresh: () => Promise<void>;
}) {
  const { p, modal, close, refresh } = props;
  const t = useT();
  const key = useIdempotencyKey();
  return (
    <>
      <FormModal<{
        unit: string;
        memberName: string;
        visitedOn: { format: (f: string) => string };
        opinion: string;
        note?: string;
      }>
        open={modal === 'visit'}
        title={t('vf.add_visit')}
        testId="vf-visit-form"
        onClose={close}
        initialValues={{ opinion: 'support' }}
        onSubmit={async (v) => {
          await addVisit(p.id, {
            ...v,
            visitedOn: v.visitedOn.format('YYYY-MM-DD'),
            note: v.note ?? '',
            unit: v.unit as 'other',
            opinion: v.opinion as 'support',
          });
          await refresh();
        }}
      >
        <Form.Item name="unit" label={t('vf.unit')} rules={[{ required: true }]}>
          <Select
            data-testid="vf-visit-unit"
            options={PANEL_UNITS.map((u) => ({ value: u, label: t(`villagefund.unit.${u}`) }))}
          />
        </Form.Item>
        <Form.Item name="memberName" label={t('vf.member')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="vf-visit-member" />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('vf.date')} rules={[{ required: true }]}>
          <DatePicker data-testid="vf-visit-date" />
        </Form.Item>
        <Form.Item name="opinion" label={t('vf.opinion')}>
          <Select
            options={['support', 'concern', 'oppose'].map((o) => ({
              value: o,
              label: t(`villagefund.opinion.${o}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('vf.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{
        total: number;
        fiscal: number;
        loan: number;
        collective: number;
        donation: number;
        milestones: string;
        indicators?: string;
        exitTerms: string;
        collectiveShare: number;
      }>
        open={modal === 'plan'}
        title={t('vf.set_plan')}
        testId="vf-plan-form"
        onClose={close}
        initialValues={{
          total: (p.plan?.totalFen ?? p.investmentFen) / 1_000_000,
          fiscal: (p.plan?.sources.fiscal ?? 0) / 1_000_000,
          loan: (p.plan?.sources.loan ?? 0) / 1_000_000,
          collective: (p.plan?.sources.collective ?? 0) / 1_000_000,
          donation: (p.plan?.sources.donation ?? 0) / 1_000_000,
          milestones: p.plan?.milestones,
          indicators: p.plan?.indicators.map((i) => `${i.name}=${i.target}`).join('\n'),
          exitTerms: p.plan?.exitTerms,
          collectiveShare: p.plan?.collectiveShare ?? 70,
        }}
        onSubmit={async (v) => {
          await setPlan(p.id, {
            totalFen: fenOfWan(v.total),
            sources: {
              fiscal: fenOfWan(v.fiscal),
              loan: fenOfWan(v.loan),
              collective: fenOfWan(v.collective),
              donation: fenOfWan(v.donation),
            },
            milestones: v.milestones,
            indicators: (v.indicators ?? '')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((l) => {
                const [name, target] = l.split(/[=＝]/);
                return { name: name.trim(), target: (target ?? '').trim() || '—' };
              }),
            exitTerms: v.exitTerms,
            collectiveShare: v.collectiveShare,
          });
          await refresh();
        }}
      >
        <Space wrap>
          {(['total', 'fiscal', 'loan', 'collective', 'donation'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`vf.${k}_wan`)} rules={[{ required: true }]}>
              <InputNumber min={0} data-testid={`vf-plan-${k}`} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="milestones" label={t('vf.milestones')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="vf-plan-milestones" />
        </Form.Item>
        <Form.Item name="indicators" label={t('vf.indicators')}>
          <Input.TextArea rows={3} data-testid="vf-plan-indicators" />
        </Form.Item>
        <Form.Item name="exitTerms" label={t('vf.exit_terms')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="vf-plan-exit" />
        </Form.Item>
        <Form.Item name="collectiveShare" label={t('vf.collective_share')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
      </FormModal>

      <FormModal<{ amount: number; progress: number; progressNote: string }>
        open={modal === 'batch'}
        title={t('vf.request_batch')}
        testId="vf-batch-form"
        onClose={close}
        onSubmit={async (v) => {
          await requestBatch(
            p.id,
            { amountFen: fenOfWan(v.amount), progress: v.progress, progressNote: v.progressNote },
            key.get(),
          );
          key.done();
          await refresh();
        }}
      >
        <Form.Item name="amount" label={t('vf.amount_wan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} data-testid="vf-batch-amount" />
        </Form.Item>
        <Form.Item name="progress" label={t('vf.progress')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} data-testid="vf-batch-progress" />
        </Form.Item>
        <Form.Item name="progressNote" label={t('vf.progress_note')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="vf-batch-note" />
        </Form.Item>
      </FormModal>

      <FormModal<{
        year: number;
        revenue: number;
        cost: number;
        collective: number;
        household: number;
        households: number;
        indicatorsMet: number;
        note?: string;
      }>
        open={modal === 'review'}
        title={t('vf.add_review')}
        testId="vf-review-form"
        onClose={close}
        initialValues={{
          year: new Date().getFullYear(),
          households: p.households,
          indicatorsMet: p.plan?.indicators.length ?? 0,
        }}
        onSubmit={async (v) => {
          await addReview(p.id, {
            year: v.year,
            revenueFen: fenOfWan(v.revenue),
            costFen: fenOfWan(v.cost),
            collectiveReturnFen: fenOfWan(v.collective),
            householdReturnFen: fenOfWan(v.household),
            households: v.households,
            indicatorsMet: v.indicatorsMet,
            note: v.note ?? '',
          });
          await refresh();
        }}
      >
        <Space wrap>
          <Form.Item name="year" label={t('vf.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="revenue" label={t('vf.revenue_wan')} rules={[{ required: true }]}>
            <InputNumber min={0} data-testid="vf-review-revenue" />
          </Form.Item>
          <Form.Item name="cost" label={t('vf.cost_wan')} rules={[{ required: true }]}>
            <InputNumber min={0} data-testid="vf-review-cost" />
          </Form.Item>
          <Form.Item name="collective" label={t('vf.collective_return_wan')} rules={[{ required: true }]}>
            <InputNumber min={0} data-testid="vf-review-collective" />
          </Form.Item>
          <Form.Item name="household" label={t('vf.household_return_wan')} rules={[{ required: true }]}>
            <InputNumber min={0} data-testid="vf-review-household" />
          </Form.Item>
          <Form.Item name="households" label={t('vf.households')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="indicatorsMet" label={t('vf.indicators_met')} rules={[{ required: true }]}>
            <InputNumber min={0} max={20} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('vf.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{ note: string; recovered?: number }>
        open={typeof modal === 'object' && modal !== null}
        title={typeof modal === 'object' && modal ? t(`vf.step.${modal.step}`) : ''}
        testId="vf-step-form"
        okDanger
        onClose={close}
        onSubmit={async (v) => {
          if (typeof modal !== 'object' || !modal) return;
          await takeStep(p.id, {
            step: modal.step,
            version: p.version,
            note: v.note,
            recoveredFen: modal.step === 'exit' ? fenOfWan(v.recovered ?? 0) : undefined,
          });
          await refresh();
        }}
      >
        <Form.Item name="note" label={t('vf.reason')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {typeof modal === 'object' && modal?.step === 'exit' && (
          <Form.Item name="recovered" label={t('vf.recovered_wan')}>
            <InputNumber min={0} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
