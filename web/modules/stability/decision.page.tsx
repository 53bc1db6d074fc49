/**
 * One major decision: the matter, its assessment round (risk sources scored likelihood × impact by
 * dimension, the survey, experts, the level by the rules and as confirmed), the moves open to the
 * user (submit, confirm or return, decide, 暂缓, 不实施, reassess), the rule of outcome for the
 * level, mitigation measures with progress, incidents after the decision, and earlier rounds.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { EditDecision } from './decision.form.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  DIMENSIONS,
  getCatalogue,
  getDecision,
  LEVELS,
  METHODS,
  moveDecision,
  saveAssessment,
  type Assessment,
  type AssessmentInput,
  type Decision,
  type MoveInput,
} from './stability.api.ts';
import { AssessmentView } from './assessment.view.tsx';
import { Incidents, Measures } from './tracking.view.tsx';
import { LevelTag, StateTag } from './stability.shared.tsx';

type Action = Decision['actions'][number];
/** The moves that ask for something first (the rest go at once). */
const ASKING: Action[] = ['confirm', 'return', 'decide', 'suspend', 'drop', 'withdraw'];

/** The assessment editor: risk sources from the catalogue, the survey, methods, experts, conclusion. */
function EditAssessment(props: { d: Decision; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const t = useT();
  const a = props.d.assessment;
  const cat = useQuery({ queryKey: ['stability', 'catalogue'], queryFn: () => getCatalogue() });
  return (
    <FormModal<AssessmentInput>
      open
      title={t('stab.edit')}
      width={860}
      onClose={props.onClose}
      testId="stab-assess-form"
      testIdOn="form"
      initialValues={{
        risks: a.risks.map((r) => ({ ...r })),
        surveyFor: a.surveyFor,
        surveyAgainst: a.surveyAgainst,
        surveyNeutral: a.surveyNeutral,
        methods: a.methods,
        experts: a.experts,
        conclusion: a.conclusion,
      }}
      onSubmit={async (v) => {
        await saveAssessment(props.d.id, { ...v, risks: v.risks ?? [], version: a.version });
        await props.onSaved();
      }}
    >
      <Typography.Text strong>{t('stab.risks')}</Typography.Text>
      <Form.List name="risks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="baseline" data-testid="stab-risk-row">
                <Form.Item name={[f.name, 'dimension']} rules={[{ required: true }]}>
                  <Select
                    aria-label={t('stab.dimension')}
                    style={{ width: 110 }}
                    options={DIMENSIONS.map((d) => ({ value: d, label: t(`stab.d.${d}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'source']} rules={[{ required: true, max: 100 }]}>
                  <Input
                    aria-label={t('stab.source')}
                    placeholder={t('stab.source')}
                    style={{ width: 240 }}
                    list="stab-sources"
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'likelihood']} rules={[{ required: true }]}>
                  <InputNumber
                    aria-label={t('stab.likelihood')}
                    placeholder={t('stab.likelihood')}
                    min={1}
                    max={5}
                    precision={0}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'impact']} rules={[{ required: true }]}>
                  <InputNumber
                    aria-label={t('stab.impact')}
                    placeholder={t('stab.impact')}
                    min={1}
                    max={5}
                    precision={0}
                  />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>×</Button>
              </Space>
            ))}
            <datalist id="stab-sources">
              {(cat.data?.sources ?? []).map((s) => (
                <option key={`${s.dimension}/${s.name}`} value={s.name} />
              ))}
            </datalist>
            <Button
              icon={<PlusOutlined />}
              data-testid="stab-add-risk"
              onClick={() => add({ dimension: 'legality', likelihood: 1, impact: 1, note: '' })}
              style={{ marginBottom: 16 }}
            >
              {t('stab.addRisk')}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap>
        <Form.Item name="surveyFor" label={t('stab.for')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="surveyAgainst" label={t('stab.against')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="surveyNeutral" label={t('stab.neutral')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item name="methods" label={t('stab.methods')}>
        <Select
          data-testid="stab-methods"
          mode="multiple"
          options={METHODS.map((m) => ({ value: m, label: t(`stab.m.${m}`) }))}
        />
      </Form.Item>
      <Form.Item name="experts" label={t('stab.experts')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="conclusion" label={t('stab.conclusion')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** The dialog of a move that asks for a note, a level or an outcome first. */
function MoveDialog(props: {
  d: Decision;
  action: Action;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const t = useT();
  const { action, d } = props;
  return (
    <FormModal<Omit<MoveInput, 'action' | 'version'>>
      open
      title={t(`stab.move.${action}`)}
      onClose={props.onClose}
      testId="stab-move-form"
      initialValues={{
        level: d.assessment.level,
        outcome: d.assessment.confirmedLevel === 'low' ? 'as_is' : 'with_measures',
        decidedOn: beijingDay(),
      }}
      onSubmit={async (v) => {
        await moveDecision(d.id, { ...v, action, version: d.version });
        await props.onDone();
      }}
    >
      {action === 'confirm' && (
        <Form.Item name="level" label={t('stab.confirmedLevel')} rules={[{ required: true }]}>
          <Select options={LEVELS.map((l) => ({ value: l, label: t(`stab.l.${l}`) }))} />
        </Form.Item>
      )}
      {action === 'decide' && (
        <>
          <Form.Item name="outcome" label={t('stab.move.outcome')} rules={[{ required: true }]}>
            <Select
              options={(['as_is', 'with_measures'] as const).map((o) => ({
                value: o,
                label: t(`stab.outcome.${o}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('stab.decidedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </>
      )}
      {action !== 'decide' && (
        <Form.Item
          name="note"
          label={t(action === 'withdraw' ? 'stab.withdrawReason' : 'stab.move.note')}
          rules={[{ required: action === 'return' || action === 'withdraw', whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** The decision page. */
export function DecisionPage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['stability', 'decision', id], queryFn: () => getDecision(id!) });
  const [editing, setEditing] = useState(false);
  const [editingDecision, setEditingDecision] = useState(false);
  const [asking, setAsking] = useState<Action | null>(null);
  const d = q.data;
  useDocumentTitle(d?.title ?? t('stab.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['stability'] });
  if (!d) return null;
  const act = (a: Action) => {
    if (ASKING.includes(a)) return setAsking(a);
    moveDecision(d.id, { action: a, version: d.version })
      .then(() => message.success(t('stab.saved')))
      .then(refresh)
      .catch(reportError);
  };
  const level = d.assessment.confirmedLevel;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {d.title}
          </Typography.Title>
          <StateTag state={d.state} testId="stab-state" />
          <LevelTag level={d.level} testId="stab-level" />
        </Space>
        <Space wrap>
          {d.actions.map((a) => (
            <Button
              key={a}
              type={a === 'decide' || a === 'confirm' ? 'primary' : 'default'}
              danger={a === 'drop' || a === 'withdraw'}
              onClick={() => act(a)}
              data-testid={`stab-move-${a}`}
            >
              {t(`stab.move.${a}`)}
            </Button>
          ))}
          {d.can.edit && (
            <Button onClick={() => setEditingDecision(true)} data-testid="stab-edit-decision">
              {t('stab.editDecision')}
            </Button>
          )}
          {d.reportNo && (
            <Button
              icon={<PrinterOutlined />}
              data-testid="stab-report-link"
              onClick={() => void navigate(`/stability/decisions/${d.id}/report`)}
            >
              {t('stab.report')} {d.reportNo}
            </Button>
          )}
        </Space>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('stab.unit')}>{d.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('stab.field')}>{t(`stab.f.${d.field}`)}</Descriptions.Item>
        <Descriptions.Item label={t('stab.affected')}>
          <span data-testid="stab-affected">{d.affected}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('stab.plannedOn')}>{d.plannedOn}</Descriptions.Item>
        <Descriptions.Item label={t('stab.decidedOn')}>
          {d.decidedOn ? `${d.decidedOn}（${t(`stab.outcome.${d.outcome}`)}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('stab.summary')}>{d.summary}</Descriptions.Item>
        {d.withdrawReason && (
          <Descriptions.Item label={t('stab.withdrawReason')}>
            <span data-testid="stab-withdraw-reason">{d.withdrawReason}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {level && d.state === 'assessed' && (
        <Alert
          type={level === 'high' ? 'error' : level === 'mid' ? 'warning' : 'success'}
          title={t(`stab.outcomeRule.${level}`)}
          data-testid="stab-outcome-rule"
        />
      )}
      <Card
        size="small"
        title={`${t('stab.assessment')} · ${t('stab.round', { n: d.round })}`}
        extra={
          d.can.edit && (
            <Button size="small" onClick={() => setEditing(true)} data-testid="stab-edit">
              {t('stab.edit')}
            </Button>
          )
        }
      >
        <AssessmentView a={d.assessment} thresholds={d.thresholds} />
      </Card>
      <Measures d={d} refresh={refresh} />
      <Incidents d={d} refresh={refresh} />
      {d.history.length > 0 && (
        <Card size="small" title={t('stab.history')}>
          {d.history.map((h: Assessment) => (
            <Space key={h.id} wrap style={{ display: 'flex', marginBottom: 8 }} data-testid="stab-history">
              <Typography.Text strong>{t('stab.round', { n: h.round })}</Typography.Text>
              <LevelTag level={h.confirmedLevel} />
              {h.reportNo && <Tag>{h.reportNo}</Tag>}
              <Typography.Text type="secondary">{h.reviewNote}</Typography.Text>
            </Space>
          ))}
        </Card>
      )}
      {editingDecision && <EditDecision d={d} onClose={() => setEditingDecision(false)} onSaved={refresh} />}
      {editing && <EditAssessment d={d} onClose={() => setEditing(false)} onSaved={refresh} />}
      {asking && <MoveDialog d={d} action={asking} onClose={() => setAsking(null)} onDone={refresh} />}
    </Space>
  );
}
