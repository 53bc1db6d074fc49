/**
 * 信访事项: officers register visits and see their subtree; the studio triages (诉访分离) and records
 * outcomes; the handling officer assigns departments; departments reply; a resident files online and
 * follows their own matters, rates replies or asks for a review. Overdue matters are red.
 */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { usePageNode, useResidentNode, useSelectedNode } from '../../app/selected-node.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  assign,
  CATEGORIES,
  listDepartments,
  listStudios,
  listVisits,
  rate,
  registerVisit,
  reply,
  ROUTE_CODES,
  settle,
  submitPetition,
  SUGGESTED_ROUTE,
  triage,
  visitsExportUrl,
  type Visit,
  type VisitInput,
} from './petitions.api.ts';
import { petitionsMessages } from './petitions.messages.ts';
import { RevealCell } from './reveal.tsx';

addMessages(petitionsMessages);

const COLOUR: Record<string, string> = {
  registered: 'orange',
  guided: 'blue',
  accepted: 'cyan',
  assigned: 'processing',
  replied: 'purple',
  reviewing: 'magenta',
  closed: 'green',
};

type Move = { v: Visit; action: string };

/** The visits the user reaches, with the forms of each step. */
export function VisitsPage() {
  const t = useT();
  usePageTitle(t('pt.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const residentNode = useResidentNode();
  const picked = useSelectedNode().node?.id;
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const officer = can('petitions.figures') || can('petitions.triage') || can('petitions.reply');
  const [tab, setTab] = useState(officer ? 'all' : 'mine');
  const [form, setForm] = useState<'register' | 'submit' | null>(null);
  const [moving, setMoving] = useState<Move | null>(null);
  const list = useQuery({
    queryKey: ['petitions', 'visits', tab, picked],
    queryFn: () => listVisits(tab === 'mine' ? { mine: '1' } : { nodeId: picked }),
  });
  const studios = useQuery({
    queryKey: ['petitions', 'studios'],
    queryFn: () => listStudios(),
    enabled: can('petitions.triage'),
  });
  const depts = useQuery({
    queryKey: ['petitions', 'departments'],
    queryFn: listDepartments,
    enabled: moving?.action === 'assign',
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['petitions'] });
  const tabs = [
    ...(officer ? [{ key: 'all', label: t('pt.tab.all') }] : []),
    ...(can('petitions.submit') ? [{ key: 'mine', label: t('pt.tab.mine') }] : []),
  ];
  const m = moving;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('pt.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('pt.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('petitions.export') && (
            <Button icon={<DownloadOutlined />} href={visitsExportUrl(nodeId)}>
              {t('pt.export')}
            </Button>
          )}
          {can('petitions.register') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm('register')}
              data-testid="visit-register"
            >
              {t('pt.register')}
            </Button>
          )}
          {can('petitions.submit') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm('submit')}
              data-testid="visit-submit"
            >
              {t('pt.submit')}
            </Button>
          )}
        </Space>
      </Space>
      {tabs.length > 1 && <Tabs activeKey={tab} onChange={setTab} items={tabs} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        scroll={{ x: true }}
        onRow={() => ({ 'data-testid': 'visit-row' }) as object}
        columns={[
          { title: t('pt.visitedOn'), dataIndex: 'visitedOn', width: 100 },
          {
            title: t('pt.name'),
            render: (_: unknown, v) => (
              <Space size={2} wrap>
                {v.name}
                {v.collective && <Tag color="volcano">{`${t('pt.collective')} ${v.peopleCount}`}</Tag>}
                {v.repeatOf && <Tag color="gold">{t('pt.repeat')}</Tag>}
              </Space>
            ),
          },
          { title: t('pt.phone'), render: (_: unknown, v) => <RevealCell v={v} /> },
          { title: t('pt.node'), dataIndex: 'nodeName' },
          { title: t('pt.category'), dataIndex: 'category', render: (c: string) => t(`pt.category.${c}`) },
          {
            title: t('pt.matter'),
            dataIndex: 'matter',
            render: (x: string, v) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{x}</Typography.Text>
                {v.reply && (
                  <Typography.Text type="secondary">{`${t('pt.reply')}：${v.reply}`}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('pt.state'),
            render: (_: unknown, v) => (
              <Space size={2} wrap>
                <Tag color={COLOUR[v.state]} data-testid="visit-state">
                  {t(`pt.state.${v.state}`)}
                </Tag>
                {v.overdue && <Tag color="red">{t('pt.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('pt.route'),
            render: (_: unknown, v) => (
              <Space size={2} wrap>
                {v.route && <span data-testid="visit-route">{t(`pt.route.${v.route}`)}</span>}
                {v.deptName && <Tag>{v.deptName}</Tag>}
                {v.mediationCaseNo && (
                  <Tag color="blue">{`${t('pt.mediationCase')} ${v.mediationCaseNo}`}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('pt.due'),
            render: (_: unknown, v) => (
              <Typography.Text type={v.overdue ? 'danger' : undefined}>
                {v.state === 'registered' ? v.acceptDue : (v.handleDue ?? '')}
              </Typography.Text>
            ),
          },
          {
            title: '',
            render: (_: unknown, v) => (
              <Space wrap>
                <StepButtons
                  steps={v.actions}
                  messages="pt.move"
                  testId="visit"
                  onPick={(a) => setMoving({ v, action: a })}
                />
                {v.noticeNo && (
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={`/print/petitions-notice/${v.id}`}
                    target="_blank"
                    data-testid="visit-notice"
                  >
                    {v.noticeNo}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<Omit<VisitInput, 'nodeId'>>
        open={!!form}
        title={form === 'submit' ? t('pt.submit') : t('pt.register')}
        onClose={() => setForm(null)}
        testId="visit-form"
        initialValues={{ category: 'other', peopleCount: 1 }}
        onSubmit={async (v) => {
          if (form === 'submit')
            await submitPetition(
              {
                nodeId: residentNode!,
                matter: v.matter,
                category: v.category,
                phone: v.phone || undefined,
                peopleCount: v.peopleCount,
              },
              idem.get(),
            );
          else
            await registerVisit(
              { ...v, nodeId: nodeId!, idNumber: v.idNumber || undefined, phone: v.phone || undefined },
              idem.get(),
            );
          idem.done();
          await refresh();
        }}
      >
        {form === 'register' && (
          <>
            <Form.Item name="name" label={t('pt.name')} rules={[{ required: true, max: 40 }]}>
              <Input data-testid="visit-name" />
            </Form.Item>
            <Form.Item name="idNumber" label={t('pt.idNumber')}>
              <Input maxLength={18} />
            </Form.Item>
          </>
        )}
        <Form.Item name="phone" label={t('pt.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="category" label={t('pt.category')} rules={[{ required: true }]}>
          <Select
            data-testid="visit-category"
            options={CATEGORIES.map((c) => ({ value: c, label: t(`pt.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="matter" label={t('pt.matter')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="visit-matter" />
        </Form.Item>
        <Form.Item name="peopleCount" label={t('pt.people')}>
          <InputNumber min={1} max={10000} precision={0} data-testid="visit-people" />
        </Form.Item>
        {form === 'register' && (studios.data ?? []).length > 0 && (
          <Form.Item name="studioId" label={t('pt.studio')}>
            <Select allowClear options={(studios.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<Record<string, unknown>>
        open={!!m}
        key={m ? `${m.v.id}-${m.action}` : 'none'}
        title={m ? `${t(`pt.move.${m.action}`)} · ${m.v.name}` : ''}
        onClose={() => setMoving(null)}
        testId="move-form"
        initialValues={
          m?.action === 'triage'
            ? { route: SUGGESTED_ROUTE[m.v.category], toMediation: false }
            : m?.action === 'settle'
              ? {
                  outcome: 'resolved',
                  agreement: m.v.route === 'mediation',
                  executed: m.v.route === 'mediation',
                }
              : m?.action === 'rate'
                ? { satisfaction: 'satisfied' }
                : {}
        }
        onSubmit={async (x) => {
          const { v, action } = m!;
          const version = v.version;
          if (action === 'triage')
            await triage(v.id, {
              route: x.route as Visit['suggestedRoute'],
              note: (x.note as string) ?? '',
              toMediation: !!x.toMediation,
              version,
            });
          else if (action === 'settle')
            await settle(v.id, {
              outcome: x.outcome as 'resolved' | 'unresolved',
              agreement: !!x.agreement,
              executed: !!x.agreement && !!x.executed,
              note: (x.note as string) ?? '',
              version,
            });
          else if (action === 'assign') await assign(v.id, { deptNodeId: x.deptNodeId as string, version });
          else if (action === 'reply') await reply(v.id, { reply: x.reply as string, version });
          else
            await rate(v.id, {
              action: action as 'rate' | 'review' | 'close',
              satisfaction: x.satisfaction as 'satisfied' | undefined,
              reason: (x.reason as string) ?? '',
              version,
            });
          await refresh();
        }}
      >
        {m && <Typography.Paragraph type="secondary">{m.v.matter}</Typography.Paragraph>}
        {m?.action === 'triage' && (
          <>
            <Form.Item
              name="route"
              label={t('pt.route')}
              extra={t('pt.suggested', { route: t(`pt.route.${SUGGESTED_ROUTE[m.v.category]}`) })}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="move-route"
                options={ROUTE_CODES.map((r) => ({ value: r, label: t(`pt.route.${r}`) }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('pt.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="move-note" />
            </Form.Item>
            {can('mediation.intake') && (
              <Form.Item name="toMediation" valuePropName="checked">
                <Checkbox>{t('pt.toMediation')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        {m?.action === 'settle' && (
          <>
            <Form.Item name="outcome" label={t('pt.outcome')}>
              <Select
                options={['resolved', 'unresolved'].map((o) => ({ value: o, label: t(`pt.outcome.${o}`) }))}
              />
            </Form.Item>
            <Form.Item name="agreement" valuePropName="checked">
              <Checkbox>{t('pt.agreement')}</Checkbox>
            </Form.Item>
            <Form.Item name="executed" valuePropName="checked">
              <Checkbox>{t('pt.executed')}</Checkbox>
            </Form.Item>
            <Form.Item name="note" label={t('pt.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {m?.action === 'assign' && (
          <Form.Item name="deptNodeId" label={t('pt.dept')} rules={[{ required: true }]}>
            <Select
              data-testid="move-dept"
              loading={depts.isLoading}
              options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        {m?.action === 'reply' && (
          <Form.Item name="reply" label={t('pt.reply')} rules={[{ required: true, max: 4000 }]}>
            <Input.TextArea rows={4} data-testid="move-reply" />
          </Form.Item>
        )}
        {m?.action === 'rate' && (
          <Form.Item name="satisfaction" label={t('pt.satisfaction')} rules={[{ required: true }]}>
            <Select
              data-testid="move-satisfaction"
              options={['satisfied', 'basic', 'unsatisfied'].map((s) => ({
                value: s,
                label: t(`pt.satisfaction.${s}`),
              }))}
            />
          </Form.Item>
        )}
        {m?.action === 'review' && (
          <Form.Item name="reason" label={t('pt.reason')} rules={[{ required: true, max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </FormModal>
    </Space>
  );
}
