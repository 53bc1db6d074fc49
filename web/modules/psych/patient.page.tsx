/**
 * One patient (masked): a full view for a stated reason (audited), the follow-ups with whether each
 * was on time, a follow-up form for the grid worker at phone width, and the 服药补贴 applications.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addFollowup,
  applySubsidy,
  CONDITIONS,
  FOLLOWUP_WAYS,
  getPatient,
  revealPatient,
  type FollowupInput,
} from './psych.api.ts';
import { yuan } from './psych.shared.tsx';

/** The patient page. */
export function PatientPage() {
  const t = useT();
  useDocumentTitle(t('ps.patients'));
  const { id } = useParams() as { id: string };
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['psych', 'patient', id], queryFn: () => getPatient(id) });
  const [full, setFull] = useState<{ name: string; idNumber: string } | null>(null);
  const [dialog, setDialog] = useState<'reveal' | 'followup' | 'apply' | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['psych'] });
  const p = q.data;
  if (!p) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {full?.name ?? p.name}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('ps.node')}>{p.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('ps.idNumber')}>{full?.idNumber ?? p.idNumber}</Descriptions.Item>
        <Descriptions.Item label={t('ps.category')}>{t(`psych.category.${p.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ps.risk')}>{p.riskLevel}</Descriptions.Item>
        <Descriptions.Item label={t('ps.huji')}>{p.huji ? t('ps.yes') : t('ps.no')}</Descriptions.Item>
        <Descriptions.Item label={t('ps.nextDue')}>
          {p.overdue ? <Tag color="red">{`${p.nextDue} ${t('ps.overdue')}`}</Tag> : p.nextDue}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {p.can.reveal && !full && <Button onClick={() => setDialog('reveal')}>{t('ps.reveal')}</Button>}
        {p.can.followup && (
          <Button type="primary" data-testid="ps-followup" onClick={() => setDialog('followup')}>
            {t('ps.addFollowup')}
          </Button>
        )}
        {p.can.apply && !p.subsidies.some((s) => s.state !== 'rejected') && (
          <Button onClick={() => setDialog('apply')}>{t('ps.apply')}</Button>
        )}
      </Space>
      <Card size="small" title={t('ps.followups')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.followups}
          scroll={{ x: true }}
          columns={[
            { title: t('ps.visitedOn'), dataIndex: 'visitedOn' },
            { title: t('ps.way'), render: (_, f) => t(`ps.way.${f.way}`) },
            { title: t('ps.condition'), render: (_, f) => t(`ps.cond.${f.condition}`) },
            { title: t('ps.risk'), dataIndex: 'riskLevel' },
            {
              title: t('ps.onTime'),
              render: (_, f) => (
                <Tag color={f.onTime ? 'green' : 'red'}>{f.onTime ? t('ps.yes') : t('ps.no')}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('ps.subsidies')}>
        {p.subsidies.map((s) => (
          <div key={s.id}>
            {s.appliedOn} · {yuan(s.monthlyFen)} · {t(`psych.subsidy_state.${s.state}`)} {s.reason}
          </div>
        ))}
      </Card>
      <FormModal<{ reason: string }>
        open={dialog === 'reveal'}
        title={t('ps.reveal')}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => setFull(await revealPatient(id, v.reason))}
      >
        <Form.Item name="reason" label={t('ps.reason')} rules={[{ required: true }]}>
          <Select
            options={['上门随访核对身份', '办理服药补贴', '转介医疗机构'].map((x) => ({
              value: x,
              label: x,
            }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<FollowupInput, 'visitedOn'> & { visitedOn: dayjs.Dayjs }>
        open={dialog === 'followup'}
        title={t('ps.addFollowup')}
        testId="ps-followup-form"
        testIdOn="form"
        initialValues={{ visitedOn: dayjs(), way: 'home', condition: 'stable', riskLevel: p.riskLevel }}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await addFollowup(id, { ...v, visitedOn: v.visitedOn.format('YYYY-MM-DD') });
          message.success(t('ps.saved'));
          await refresh();
        }}
      >
        <Form.Item name="visitedOn" label={t('ps.visitedOn')}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="way" label={t('ps.way')}>
          <Select options={FOLLOWUP_WAYS.map((w) => ({ value: w, label: t(`ps.way.${w}`) }))} />
        </Form.Item>
        <Form.Item name="condition" label={t('ps.condition')}>
          <Select options={CONDITIONS.map((c) => ({ value: c, label: t(`ps.cond.${c}`) }))} />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('ps.risk')}>
          <InputNumber min={0} max={5} />
        </Form.Item>
      </FormModal>
      <FormModal<{ yuan: number }>
        open={dialog === 'apply'}
        title={t('ps.apply')}
        initialValues={{ yuan: 200 }}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await applySubsidy(id, Math.round(v.yuan * 100)).catch(reportError);
          await refresh();
        }}
      >
        <Form.Item name="yuan" label={t('ps.monthly')}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
