/**
 * One full-time party worker: the post, contract and qualifications; renewing or leaving (the
 * street); the monthly work logs (the community writes a month, the same month again replaces it);
 * the yearly appraisals with the one due now.
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
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay, beijingMonth, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  appraise,
  endPlacement,
  END_REASONS,
  getWorker,
  GRADES,
  renew,
  writeLog,
  type Worker,
} from './partyworkers.api.ts';
import { partyworkersMessages } from './partyworkers.messages.ts';
import { ContractEnd } from './partyworkers.shared.tsx';

addMessages(partyworkersMessages);

type Dialog = 'renew' | 'end' | 'log' | 'appraise' | null;

/** The worker page. */
export function WorkerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const q = useQuery({ queryKey: ['partyworkers', 'worker', id], queryFn: () => getWorker(id) });
  const w: Worker | undefined = q.data;
  useDocumentTitle(w ? `${w.name} · ${t('pw.title')}` : t('pw.title'));
  const close = () => setDialog(null);
  const saved = async () => {
    message.success(t('pw.saved'));
    await qc.invalidateQueries({ queryKey: ['partyworkers'] });
  };
  if (!w) return null;
  const active = !w.endedOn;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/partyworkers">{t('pw.worker.back')}</Link>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="pw-worker-name">
          {w.name}
        </Typography.Title>
        <Space wrap>
          {w.can.log && active && (
            <Button type="primary" onClick={() => setDialog('log')} data-testid="pw-log-write">
              {t('pw.log.write')}
            </Button>
          )}
          {w.can.manage && (
            <Button onClick={() => setDialog('appraise')} data-testid="pw-appraise">
              {t('pw.appraise')}
            </Button>
          )}
          {w.can.manage && active && (
            <Button onClick={() => setDialog('renew')} data-testid="pw-renew">
              {t('pw.renew')}
            </Button>
          )}
          {w.can.manage && active && (
            <Button danger onClick={() => setDialog('end')} data-testid="pw-end">
              {t('pw.end')}
            </Button>
          )}
        </Space>
      </Space>
      {w.appraisalDue !== null && (
        <Alert type="warning" showIcon title={t('pw.appraisal.due', { year: w.appraisalDue })} />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('pw.street')}>{w.streetName}</Descriptions.Item>
          <Descriptions.Item label={t('pw.node')}>{w.nodeName}</Descriptions.Item>
          <Descriptions.Item label={t('pw.phone')}>{w.phone}</Descriptions.Item>
          <Descriptions.Item label={t('pw.startedOn')}>{w.startedOn}</Descriptions.Item>
          <Descriptions.Item label={t('pw.contractEnd')}>
            <span data-testid="pw-contract-end">
              <ContractEnd w={w} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('pw.qualifications')}>
            {w.qualifications.map((x) => (
              <Tag key={x}>{t(`pw.qualification.${x}`)}</Tag>
            ))}
          </Descriptions.Item>
          {w.endedOn && (
            <Descriptions.Item label={t('pw.endedOn')}>
              {w.endedOn} {w.endReason && t(`pw.end.${w.endReason}`)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('pw.logs')}>
        <List
          data-testid="pw-logs"
          dataSource={w.logs}
          locale={{ emptyText: t('pw.log.none') }}
          renderItem={(l) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {l.month} · {t('pw.days.value', { n: l.days })}
                </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{l.summary}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('pw.appraisals')}>
        <List
          data-testid="pw-appraisals"
          dataSource={w.appraisals}
          locale={{ emptyText: t('pw.appraisal.none') }}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <Typography.Text strong>{a.year}</Typography.Text>
                <Tag color={a.grade === 'excellent' ? 'green' : a.grade === 'incompetent' ? 'red' : 'blue'}>
                  {t(`pw.grade.${a.grade}`)}
                </Tag>
                <Typography.Text type="secondary">{a.note}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <FormModal<{ month: string; days: number; summary: string }>
        open={dialog === 'log'}
        title={t('pw.log.write')}
        onClose={close}
        initialValues={{ month: beijingMonth(), days: 20 }}
        testId="pw-log-form"
        onSubmit={async (v) => {
          await writeLog(id, v);
          await saved();
        }}
      >
        <Form.Item name="month" label={t('pw.log.month')} rules={[{ required: true }]}>
          <Input type="month" />
        </Form.Item>
        <Form.Item name="days" label={t('pw.log.days')} rules={[{ required: true }]}>
          <InputNumber min={0} max={31} />
        </Form.Item>
        <Form.Item name="summary" label={t('pw.log.summary')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      </FormModal>
      <FormModal<{ year: number; grade: (typeof GRADES)[number]; note: string }>
        open={dialog === 'appraise'}
        title={t('pw.appraise')}
        onClose={close}
        initialValues={{ year: w.appraisalDue ?? beijingYear() - 1, grade: 'competent' }}
        testId="pw-appraise-form"
        onSubmit={async (v) => {
          await appraise(id, v);
          await saved();
        }}
      >
        <Form.Item name="year" label={t('pw.appraisal.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2099} />
        </Form.Item>
        <Form.Item name="grade" label={t('pw.appraisal.grade')} rules={[{ required: true }]}>
          <Select options={GRADES.map((g) => ({ value: g, label: t(`pw.grade.${g}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('pw.appraisal.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<{ contractEnd: string }>
        open={dialog === 'renew'}
        title={t('pw.renew')}
        onClose={close}
        initialValues={{ contractEnd: w.contractEnd }}
        testId="pw-renew-form"
        onSubmit={async (v) => {
          await renew(id, { ...v, version: w.version });
          await saved();
        }}
      >
        <Form.Item name="contractEnd" label={t('pw.contractEnd')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<{ endedOn: string; reason: (typeof END_REASONS)[number] }>
        open={dialog === 'end'}
        title={t('pw.end')}
        onClose={close}
        initialValues={{ endedOn: beijingDay(), reason: 'resigned' }}
        testId="pw-end-form"
        okDanger
        onSubmit={async (v) => {
          await endPlacement(id, { ...v, version: w.version });
          await saved();
        }}
      >
        <Form.Item name="endedOn" label={t('pw.endedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('pw.reason')} rules={[{ required: true }]}>
          <Select options={END_REASONS.map((r) => ({ value: r, label: t(`pw.end.${r}`) }))} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
