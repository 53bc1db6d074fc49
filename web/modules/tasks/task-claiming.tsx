/** A task's claiming dialogs: apply or claim, award, and report progress on a milestone. */
import { Button, Checkbox, Form, Input, InputNumber, Select, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { FormModal, GrantNodeSelect } from './common.tsx';
import type { TaskDialog } from './task-oversight.tsx';
import type { Application, TaskDetail } from './tasks.api.ts';

/** The dialogs a unit claims a task with and reports its progress, and the officer awards it. */
export function TaskClaimDialogs(props: {
  task: TaskDetail;
  dialog: TaskDialog;
  setDialog: (d: TaskDialog) => void;
  reportSeq: number | undefined;
  submitted: Application[];
}) {
  const t = useT();
  const qc = useQueryClient();
  const { dialog, setDialog, reportSeq, submitted } = props;
  const x = props.task;
  const party = x.kind === 'party_project';
  const idem = useIdempotencyKey();
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });
  return (
    <>
      <FormModal<{ applicantNodeId: string; plan: string; commanderName?: string }>
        open={dialog === 'apply'}
        title={t(party ? 'tasks.claim' : 'tasks.apply')}
        onClose={() => setDialog(null)}
        testId="apply-form"
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/applications', { path: { id: x.id }, body: v });
          await refresh();
        }}
      >
        <Form.Item name="applicantNodeId" label={t('tasks.applicant')} rules={[{ required: true }]}>
          <GrantNodeSelect testId="f-applicant" />
        </Form.Item>
        <Form.Item name="plan" label={t('tasks.plan')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="f-plan" />
        </Form.Item>
        <Form.Item name="commanderName" label={t('tasks.commanderProposed')}>
          <Input maxLength={50} data-testid="f-commander" />
        </Form.Item>
      </FormModal>

      <FormModal<{ applicationIds: string[]; lead?: string; commanderName: string; beneficiaries?: number }>
        open={dialog === 'award'}
        title={t('tasks.award')}
        onClose={() => setDialog(null)}
        testId="award-form"
        onSubmit={async (v) => {
          const ids = v.lead ? [v.lead, ...v.applicationIds.filter((i) => i !== v.lead)] : v.applicationIds;
          const body = {
            applicationIds: ids,
            commanderName: v.commanderName,
            beneficiaries: v.beneficiaries,
          };
          if (party) await client.post('/api/tasks/party-projects/{id}/award', { path: { id: x.id }, body });
          else await client.post('/api/tasks/tasks/{id}/award', { path: { id: x.id }, body });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.award.hint')}</Typography.Paragraph>
        <Form.Item name="applicationIds" label={t('tasks.applications')} rules={[{ required: true }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {submitted.map((a) => (
              <Checkbox key={a.id} value={a.id} data-testid={`award-app-${a.applicantName}`}>
                {a.applicantName}
                {a.commanderName ? ` · ${a.commanderName}` : ''}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            (getFieldValue('applicationIds') ?? []).length > 1 && (
              <Form.Item name="lead" label={t('tasks.lead')}>
                <Select
                  options={submitted
                    .filter((a) => (getFieldValue('applicationIds') as string[]).includes(a.id))
                    .map((a) => ({ value: a.id, label: a.applicantName }))}
                />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="commanderName" label={t('tasks.commander')} rules={[{ required: true }]}>
          <Input maxLength={50} data-testid="f-commander" />
        </Form.Item>
        {party && (
          <Form.Item name="beneficiaries" label={t('tasks.beneficiaries')}>
            <InputNumber min={0} />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{
        milestoneSeq: number;
        percent: number;
        narrative?: string;
        files?: { name: string; size?: number; type?: string }[];
        beneficiaries?: number;
      }>
        key={`report-${reportSeq ?? 0}`}
        open={dialog === 'report'}
        title={t('tasks.report')}
        onClose={() => setDialog(null)}
        testId="report-form"
        initialValues={{ milestoneSeq: reportSeq }}
        onSubmit={async (v) => {
          // One key per submission: a retry after a lost answer reuses it, so nothing counts twice.
          const key = idem.get();
          const r = await client.post('/api/tasks/tasks/{id}/reports', {
            path: { id: x.id },
            body: {
              clientId: key,
              milestoneSeq: v.milestoneSeq,
              percent: v.percent,
              narrative: v.narrative ?? '',
              attachments: (v.files ?? []).map((f) => ({
                name: f.name,
                size: f.size ?? 0,
                mime: f.type || 'application/octet-stream',
              })),
              beneficiaries: v.beneficiaries,
            },
            headers: { 'idempotency-key': key },
          });
          idem.done();
          await refresh();
          return r;
        }}
      >
        <Form.Item name="milestoneSeq" label={t('tasks.milestone')} rules={[{ required: true }]}>
          <Select
            data-testid="f-milestone"
            options={x.milestones.map((m) => ({
              value: m.seq,
              label: `${m.seq}. ${m.title}（${m.percent}%）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="percent" label={t('tasks.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} addonAfter="%" data-testid="f-percent" />
        </Form.Item>
        <Form.Item name="narrative" label={t('tasks.narrative')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="f-narrative" />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('tasks.attachments')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList}
          extra={t('tasks.attachments.hint')}
        >
          <Upload beforeUpload={() => false} multiple>
            <Button icon={<UploadOutlined />}>{t('tasks.attachments.add')}</Button>
          </Upload>
        </Form.Item>
        {party && (
          <Form.Item name="beneficiaries" label={t('tasks.beneficiaries')}>
            <InputNumber min={0} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
