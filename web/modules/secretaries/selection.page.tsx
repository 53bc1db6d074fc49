/**
 * One selection: its posts and requirements; a cadre registers for a post; the organisation
 * department enters candidates and moves each through 资格审查 → 笔试面试 → 考察 → 公示 → 任用 (the
 * buttons are the moves the server allows); and the 公示 as a page to print.
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
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { StepButtons } from '../../app/step-buttons.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getSelection,
  moveCandidate,
  registerFor,
  type Candidate,
  type MoveInput,
} from './secretaries.api.ts';
import { SelectionState } from './selections.page.tsx';
import { addMessages } from '../../app/i18n.tsx';
import { secretariesMessages } from './secretaries.messages.ts';

addMessages(secretariesMessages);

type Step = Candidate['actions'][number];
const FORM_STEPS: Step[] = ['score', 'publicise'];

/** The selection page. */
export function SelectionPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['secretaries', 'selection', id], queryFn: () => getSelection(id!) });
  useDocumentTitle(q.data?.title ?? t('sec.sel.title'));
  const [registering, setRegistering] = useState<'self' | 'enter' | null>(null);
  const [step, setStep] = useState<{ c: Candidate; s: Step } | null>(null);
  const s = q.data;
  if (!s) return null;
  const openPosts = s.posts.filter((p) => !p.filled);
  const refresh = async () => {
    message.success(t('sec.saved'));
    await qc.invalidateQueries({ queryKey: ['secretaries'] });
  };
  const move = async (c: Candidate, body: Omit<MoveInput, 'version'>) => {
    await moveCandidate(c.id, { ...body, version: c.version });
    await refresh();
  };
  const pick = (c: Candidate, st: Step) => {
    if (FORM_STEPS.includes(st)) setStep({ c, s: st });
    else move(c, { action: st }).catch(reportError);
  };
  const publicised = s.candidates.some((c) => c.noticeFrom && ['publicised', 'appointed'].includes(c.stage));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/secretaries/selections">← {t('sec.sel.title')}</Link>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {s.title}
            </Typography.Title>
            <SelectionState s={s} />
          </Space>
        }
        extra={<Tag color="purple">{t(`sec.sel.kind.${s.kind}`)}</Tag>}
      >
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('sec.sel.posts')}>
            <Space wrap>
              {s.posts.map((p) => (
                <Tag key={p.nodeId} color={p.filled ? 'green' : 'red'}>
                  {p.nodeName}
                  {p.filled && ` · ${t('sec.sel.filled')}`}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('sec.sel.deadline')}>{s.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('sec.sel.requirements')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {s.requirements}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {s.can.apply && (
            <Button type="primary" onClick={() => setRegistering('self')} data-testid="sec-register">
              {t('sec.sel.register')}
            </Button>
          )}
          {s.can.enter && (
            <Button onClick={() => setRegistering('enter')} data-testid="sec-enter">
              {t('sec.sel.enter')}
            </Button>
          )}
          {publicised && (
            <Link to={`/print/secretaries-notice/${s.id}`} target="_blank" data-testid="sec-notice-link">
              <PrinterOutlined /> {t('sec.cand.print')}
            </Link>
          )}
        </Space>
      </Card>
      <Table<Candidate>
        rowKey="id"
        size="small"
        data-testid="sec-candidates"
        dataSource={s.candidates}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('sec.cand.name'), dataIndex: 'name' },
          { title: t('sec.sel.post'), dataIndex: 'nodeName' },
          {
            title: t('sec.cand.stage'),
            render: (_, c) => (
              <Tag
                data-testid="sec-stage"
                color={c.stage === 'appointed' ? 'green' : c.stage === 'rejected' ? 'red' : 'blue'}
              >
                {t(`sec.stage.${c.stage}`)}
              </Tag>
            ),
          },
          {
            title: t('sec.cand.scores'),
            render: (_, c) =>
              c.totalScore == null ? '' : `${c.writtenScore} / ${c.interviewScore} / ${c.totalScore}`,
          },
          {
            title: t('sec.cand.notice'),
            render: (_, c) => (c.noticeFrom ? `${c.noticeFrom} – ${c.noticeTo}` : ''),
          },
          {
            title: t('sec.actions'),
            render: (_, c) => (
              <StepButtons
                steps={c.actions}
                messages="sec.step"
                testId="sec-step"
                onPick={(st) => pick(c, st)}
              />
            ),
          },
        ]}
      />
      <FormModal<{ nodeId: string; name?: string }>
        open={!!registering}
        title={registering === 'enter' ? t('sec.sel.enter') : t('sec.sel.register')}
        onClose={() => setRegistering(null)}
        initialValues={{ nodeId: openPosts[0]?.nodeId }}
        testId="sec-register-form"
        onSubmit={async (v) => {
          await registerFor(s.id, v);
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('sec.sel.post')} rules={[{ required: true }]}>
          <Select options={openPosts.map((p) => ({ value: p.nodeId, label: p.nodeName }))} />
        </Form.Item>
        {registering === 'enter' && (
          <Form.Item name="name" label={t('sec.cand.name')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ writtenScore?: number; interviewScore?: number; noticeFrom?: string; noticeTo?: string }>
        open={!!step}
        title={step ? `${t(`sec.step.${step.s}`)} · ${step.c.name}` : ''}
        onClose={() => setStep(null)}
        initialValues={{
          noticeFrom: beijingDay(),
          noticeTo: beijingDay(new Date(Date.now() + 6 * 86_400_000)),
        }}
        testId="sec-step-form"
        onSubmit={async (v) => {
          await move(step!.c, { action: step!.s, ...v });
        }}
      >
        {step?.s === 'score' && (
          <>
            <Form.Item name="writtenScore" label={t('sec.cand.written')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} step={0.5} />
            </Form.Item>
            <Form.Item name="interviewScore" label={t('sec.cand.interview')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} step={0.5} />
            </Form.Item>
          </>
        )}
        {step?.s === 'publicise' && (
          <>
            <Form.Item name="noticeFrom" label={t('sec.cand.noticeFrom')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="noticeTo" label={t('sec.cand.noticeTo')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}

/** The 公示 of a selection's proposed appointees, as a page to print (outside the app layout). */
export function NoticePrintPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const q = useQuery({ queryKey: ['secretaries', 'selection', id], queryFn: () => getSelection(id!) });
  useDocumentTitle(t('sec.notice.title'));
  const s = q.data;
  if (!s) return null;
  const shown = s.candidates.filter((c) => c.noticeFrom && ['publicised', 'appointed'].includes(c.stage));
  const periods = [...new Set(shown.map((c) => `${c.noticeFrom}|${c.noticeTo}`))];
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="sec-notice">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t('sec.notice.title')}</h1>
        <p style={{ textIndent: '2em', lineHeight: 1.8 }}>
          {t('sec.notice.intro', { kind: t(`sec.sel.kind.${s.kind}`) })}
        </p>
        {shown.length === 0 ? (
          <p>{t('sec.notice.none')}</p>
        ) : (
          <table style={{ width: '100%', borderCollapse: 'collapse', margin: '16px 0' }}>
            <thead>
              <tr>
                <th style={{ border: '1px solid #000', padding: 6 }}>{t('sec.cand.name')}</th>
                <th style={{ border: '1px solid #000', padding: 6 }}>{t('sec.notice.post')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id}>
                  <td style={{ border: '1px solid #000', padding: 6 }}>{c.name}</td>
                  <td style={{ border: '1px solid #000', padding: 6 }}>
                    {t('sec.notice.post.value', { community: c.nodeName })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {periods.map((p) => {
          const [from, to] = p.split('|');
          return (
            <p key={p} style={{ textIndent: '2em' }} data-testid="sec-notice-period">
              {t('sec.notice.period', { from, to })}
            </p>
          );
        })}
        <p style={{ textIndent: '2em', lineHeight: 1.8 }}>{t('sec.notice.contact')}</p>
        <p style={{ textAlign: 'right', marginTop: 32 }}>{s.nodeName}</p>
      </main>
      <div className="no-print" style={{ textAlign: 'center', marginTop: 24 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('sec.notice.print')}
        </Button>
      </div>
    </div>
  );
}
