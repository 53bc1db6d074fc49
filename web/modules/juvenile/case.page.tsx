/**
 * One case 帮教对象: the young person (masked; 查看完整信息 audited), problems and plan with the
 * techniques' guidance; for the officer 社工匹配 (suggested workers, assign) and 结案 with the outcome
 * and 转处分流; for the assigned worker, phone-friendly forms to log a session and an evaluation.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addEvaluation,
  addSession,
  assignWorker,
  closeCase,
  getCase,
  getLibrary,
  getMatches,
  OUTCOMES,
  revealCase,
  type CloseInput,
  type EvaluationInput,
  type SessionInput,
} from './juvenile.api.ts';
import { StateTag } from './juvenile.shared.tsx';

/** The case page. */
export function CasePage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sessionKey = useIdempotencyKey();
  const evalKey = useIdempotencyKey();
  const [modal, setModal] = useState<'session' | 'evaluation' | 'close' | 'reveal' | null>(null);
  const [revealed, setRevealed] = useState<{ name: string; idNumber: string } | null>(null);
  const q = useQuery({ queryKey: ['juvenile', 'case', id], queryFn: () => getCase(id!) });
  const c = q.data;
  useDocumentTitle(c ? `${t('juv.title')} ${c.name}` : t('juv.title'));
  const library = useQuery({ queryKey: ['juvenile', 'library'], queryFn: () => getLibrary() });
  const matches = useQuery({
    queryKey: ['juvenile', 'matches', id],
    queryFn: () => getMatches(id!),
    enabled: !!c?.can.manage && c.state === 'open',
  });
  if (!c) return null;
  const entries = library.data?.entries ?? [];
  const nameOf = (code: string) => entries.find((e) => e.code === code)?.name ?? code;
  const techniques = entries.filter((e) => e.kind === 'technique');
  const instruments = entries.filter((e) => e.kind === 'instrument');
  const refresh = () => qc.invalidateQueries({ queryKey: ['juvenile'] });
  const planFor = () => [
    ...new Set(
      c.problems.flatMap((p) => {
        const n = Number(p.slice(1));
        const code = `T${String(n).padStart(2, '0')}`;
        return techniques.some((x) => x.code === code) ? [code] : [];
      }),
    ),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {revealed?.name ?? c.name} <StateTag state={c.state} testId="juv-state" />
        </Typography.Title>
        <Space wrap>
          {c.can.reveal && !revealed && <Button onClick={() => setModal('reveal')}>{t('juv.reveal')}</Button>}
          {c.can.help && (
            <Button type="primary" onClick={() => setModal('session')} data-testid="juv-add-session">
              {t('juv.addSession')}
            </Button>
          )}
          {c.can.help && (
            <Button onClick={() => setModal('evaluation')} data-testid="juv-add-evaluation">
              {t('juv.addEvaluation')}
            </Button>
          )}
          {c.can.manage && c.state === 'helping' && (
            <Button danger onClick={() => setModal('close')} data-testid="juv-close">
              {t('juv.close')}
            </Button>
          )}
          {c.reportNo && (
            <Link to={`/juvenile/cases/${c.id}/report`} data-testid="juv-report-link">
              {t('juv.report')} {c.reportNo}
            </Link>
          )}
        </Space>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('juv.idNumber')}>{revealed?.idNumber ?? c.idNumber}</Descriptions.Item>
        <Descriptions.Item label={t('juv.node')}>{c.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('juv.source')}>{t(`juvenile.source.${c.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('juv.referredOn')}>{c.referredOn}</Descriptions.Item>
        <Descriptions.Item label={t('juv.problems')}>{c.problems.map(nameOf).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('juv.worker')}>
          <span data-testid="juv-worker">{c.workerName ?? ''}</span>
        </Descriptions.Item>
        {c.sessionDue && (
          <Descriptions.Item label={t('juv.sessions')}>
            {t('juv.sessionDue', { day: c.sessionDue })}；{t('juv.evaluationDue', { day: c.evaluationDue })}
          </Descriptions.Item>
        )}
        {c.outcome && (
          <Descriptions.Item label={t('juv.outcome')}>
            <span data-testid="juv-outcome">{t(`juvenile.outcome.${c.outcome}`)}</span>
            {c.diverted ? `（${t('juv.diverted')}）` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {c.plan.length > 0 && (
        <Card size="small" title={t('juv.plan')}>
          <List
            size="small"
            dataSource={techniques.filter((x) => c.plan.includes(x.code))}
            renderItem={(x) => (
              <List.Item>
                <List.Item.Meta title={`${x.code} ${x.name}`} description={x.guidance} />
              </List.Item>
            )}
          />
        </Card>
      )}
      {c.can.manage && c.state === 'open' && (
        <Card size="small" title={t('juv.match')}>
          <Table
            rowKey="workerId"
            size="small"
            pagination={false}
            data-testid="juv-matches"
            dataSource={matches.data?.items ?? []}
            columns={[
              { title: t('juv.worker'), dataIndex: 'name' },
              { title: t('juv.node'), dataIndex: 'nodeName' },
              {
                title: t('juv.overlap'),
                dataIndex: 'overlap',
                render: (v: string[]) => v.map(nameOf).join('、'),
              },
              { title: t('juv.free'), dataIndex: 'free', align: 'right' },
              { title: t('juv.matchScore'), dataIndex: 'score', align: 'right' },
              {
                title: '',
                key: 'assign',
                render: (_: unknown, w) => (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`juv-assign-${w.name}`}
                    onClick={async () => {
                      await assignWorker(c.id, { version: c.version, workerId: w.workerId, plan: planFor() });
                      message.success(t('juv.saved'));
                      await refresh();
                    }}
                  >
                    {t('juv.assign')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card
        size="small"
        title={t('juv.minutesTotal', {
          n: c.sessionList.length,
          m: c.sessionList.reduce((s, x) => s + x.minutes, 0),
        })}
      >
        <List
          size="small"
          data-testid="juv-sessions"
          dataSource={c.sessionList}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={`${s.heldOn} · ${nameOf(s.technique)} · ${s.minutes}′`}
                description={s.note}
              />
            </List.Item>
          )}
        />
      </Card>
      {c.evaluations.length > 0 && (
        <Card size="small" title={t('juv.addEvaluation')}>
          <List
            size="small"
            dataSource={c.evaluations}
            renderItem={(e) => (
              <List.Item>{`${e.evaluatedOn} · ${nameOf(e.instrument)} · ${e.score}`}</List.Item>
            )}
          />
        </Card>
      )}
      <FormModal<SessionInput>
        open={modal === 'session'}
        title={t('juv.addSession')}
        onClose={() => setModal(null)}
        initialValues={{ heldOn: beijingDay(), technique: c.plan[0], minutes: 60 }}
        testId="juv-session-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addSession(c.id, v, sessionKey.get());
          sessionKey.done();
          message.success(t('juv.saved'));
          await refresh();
        }}
      >
        <Form.Item name="heldOn" label={t('juv.heldOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="technique" label={t('juv.technique')} rules={[{ required: true }]}>
          <Select options={techniques.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))} />
        </Form.Item>
        <Form.Item name="minutes" label={t('juv.minutes')} rules={[{ required: true }]}>
          <InputNumber min={5} max={600} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('juv.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<EvaluationInput>
        open={modal === 'evaluation'}
        title={t('juv.addEvaluation')}
        onClose={() => setModal(null)}
        initialValues={{ evaluatedOn: beijingDay(), instrument: instruments[0]?.code }}
        testId="juv-evaluation-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addEvaluation(c.id, v, evalKey.get());
          evalKey.done();
          message.success(t('juv.saved'));
          await refresh();
        }}
      >
        <Form.Item name="instrument" label={t('juv.instrument')} rules={[{ required: true }]}>
          <Select
            options={instruments.map((x) => ({ value: x.code, label: `${x.name}（${x.guidance}）` }))}
          />
        </Form.Item>
        <Form.Item name="score" label={t('juv.score')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="evaluatedOn" label={t('juv.heldOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<CloseInput>
        open={modal === 'close'}
        title={t('juv.close')}
        onClose={() => setModal(null)}
        initialValues={{ closedOn: beijingDay(), diverted: true, version: c.version }}
        testId="juv-close-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await closeCase(c.id, { ...v, version: c.version });
          message.success(t('juv.saved'));
          await refresh();
        }}
      >
        <Form.Item name="outcome" label={t('juv.outcome')} rules={[{ required: true }]}>
          <Select
            data-testid="juv-outcome-select"
            options={OUTCOMES.map((o) => ({ value: o, label: t(`juvenile.outcome.${o}`) }))}
          />
        </Form.Item>
        <Form.Item name="diverted" label={t('juv.diverted')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="closedOn" label={t('juv.closedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('juv.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={modal === 'reveal'}
        title={t('juv.reveal')}
        onClose={() => setModal(null)}
        testId="juv-reveal-form"
        testIdOn="form"
        onSubmit={async (v) => setRevealed(await revealCase(c.id, v.reason))}
      >
        <Form.Item name="reason" label={t('juv.revealReason')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
