/**
 * 我要求职, a resident's phone page: file a job-seeking need at the community's station, answer the
 * jobs it recommends, then confirm the outcome and rate the service. No ID number or phone is asked.
 */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Radio,
  Rate,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  fileNeed,
  listStations,
  listTickets,
  moveRec,
  moveTicket,
  NEED_HOURS,
  payRange,
  WORK_KINDS,
  type NeedInput,
  type Ticket,
} from './jobs.api.ts';
import { STATE_COLOUR } from './tickets.page.tsx';
import { addMessages } from '../../app/i18n.tsx';
import { jobsWebMessages } from './jobs.messages.ts';

addMessages(jobsWebMessages);

/** The resident's page. */
export function MinePage() {
  const t = useT();
  usePageTitle(t('jb.mine.title'));
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [form] = Form.useForm<NeedInput>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Ticket | null>(null);
  const stations = useQuery({ queryKey: ['jobs', 'stations'], queryFn: () => listStations() });
  const tickets = useQuery({ queryKey: ['jobs', 'tickets', 'mine'], queryFn: () => listTickets({}) });
  const open = (stations.data ?? []).filter((s) => s.can.seek);
  const refresh = () => qc.invalidateQueries({ queryKey: ['jobs'] });

  const submit = async (v: NeedInput) => {
    setBusy(true);
    try {
      await fileNeed({ ...v, wantsTraining: !!v.wantsTraining }, idem.get());
      idem.done();
      form.resetFields();
      message.success(t('jb.mine.sent'));
      await refresh();
    } catch (e) {
      applyProblemToForm(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('jb.mine.title')}
      </Typography.Title>
      <Typography.Title level={4}>{t('jb.mine.tickets')}</Typography.Title>
      {(tickets.data ?? []).length === 0 && !tickets.isLoading && <Empty description={t('jb.mine.none')} />}
      {(tickets.data ?? []).map((x) => (
        <Card
          key={x.id}
          size="small"
          data-testid="jobs-my-ticket"
          title={
            <Space wrap>
              <span>{x.number}</span>
              <Tag color={STATE_COLOUR[x.state]} data-testid="jobs-my-state">
                {t(`jobs.state.${x.state}`)}
              </Tag>
            </Space>
          }
          extra={
            x.actions.includes('confirm') && (
              <Button size="small" type="primary" onClick={() => setConfirming(x)} data-testid="jobs-confirm">
                {t('jb.move.confirm')}
              </Button>
            )
          }
        >
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {x.stationName} · {x.kinds.map((k) => t(`jobs.kind.${k}`)).join('、')} ·{' '}
            {t(`jobs.hours.${x.hours}`)}
          </Typography.Paragraph>
          {x.outcomeNote && <Typography.Paragraph>{x.outcomeNote}</Typography.Paragraph>}
          {x.rating && <Rate disabled value={x.rating} />}
          {x.recommendations.map((r) => (
            <Card key={r.id} type="inner" size="small" style={{ marginTop: 8 }} data-testid="jobs-my-rec">
              <Typography.Text strong>
                {r.employer} · {r.title}
              </Typography.Text>
              <div>
                {t(`jobs.kind.${r.kind}`)} · {t(`jobs.hours.${r.hours}`)} ·{' '}
                {payRange(r.payMinFen, r.payMaxFen)} {t('jb.posting.pay')}
              </div>
              <div>
                {r.place} · {t('jb.posting.closesOn')} {r.closesOn}
              </div>
              {r.interviewOn && (
                <div>
                  {t('jb.interviewOn')} {r.interviewOn} {r.interviewNote}
                </div>
              )}
              <Space style={{ marginTop: 8 }} wrap>
                <Tag color={STATE_COLOUR[r.state]} data-testid="jobs-my-rec-state">
                  {t(`jobs.rec.${r.state}`)}
                </Tag>
                {r.actions.map((a) => (
                  <Button
                    key={a}
                    size="large"
                    type={a === 'accept' ? 'primary' : 'default'}
                    data-testid={`jobs-rec-${a}`}
                    onClick={async () => {
                      try {
                        await moveRec(x.id, r.id, { action: a, version: r.version });
                        await refresh();
                      } catch (e) {
                        reportError(e);
                      }
                    }}
                  >
                    {t(`jb.recmove.${a}`)}
                  </Button>
                ))}
              </Space>
            </Card>
          ))}
        </Card>
      ))}

      {open.length > 0 && (
        <Card title={t('jb.mine.new')} size="small">
          <Alert type="info" showIcon title={t('jb.mine.privacy')} style={{ marginBottom: 12 }} />
          <Form
            form={form}
            name="jobs-need"
            layout="vertical"
            onFinish={submit}
            initialValues={{ stationId: open[0]?.id, hours: 'any', wantsTraining: false }}
          >
            <Form.Item name="stationId" label={t('jb.mine.station')} rules={[{ required: true }]}>
              <Select options={open.map((s) => ({ value: s.id, label: s.name }))} />
            </Form.Item>
            <Form.Item name="kinds" label={t('jb.mine.kinds')} rules={[{ required: true }]}>
              <KindsPicker />
            </Form.Item>
            <Form.Item name="hours" label={t('jb.mine.hours')} rules={[{ required: true }]}>
              <Radio.Group options={NEED_HOURS.map((k) => ({ value: k, label: t(`jobs.hours.${k}`) }))} />
            </Form.Item>
            <Form.Item name="skills" label={t('jb.mine.skills')} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="wantsTraining" label={t('jb.mine.training')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="note" label={t('jb.mine.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={busy}
              data-testid="jobs-need-submit"
            >
              {t('jb.mine.submit')}
            </Button>
          </Form>
        </Card>
      )}

      <FormModal<{ rating: number; note?: string }>
        open={!!confirming}
        title={confirming ? `${t('jb.move.confirm')} · ${confirming.number}` : ''}
        onClose={() => setConfirming(null)}
        testId="jobs-confirm-dialog"
        onSubmit={async (v) => {
          await moveTicket(confirming!.id, { action: 'confirm', ...v, version: confirming!.version });
          await refresh();
        }}
      >
        <Form.Item name="rating" label={t('jb.ticket.rating')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="note" label={t('jb.ticket.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/**
 * The kinds of work as checkboxes. A checkbox group's role (group) does not take aria-required
 * (axe's aria-allowed-attr), which the form item adds for a required field: it is left off here;
 * the field's label still shows it is required and the form still checks it.
 */
function KindsPicker(props: {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  'aria-required'?: unknown;
}) {
  const t = useT();
  const { 'aria-required': _required, ...rest } = props;
  return (
    <Checkbox.Group {...rest} options={WORK_KINDS.map((k) => ({ value: k, label: t(`jobs.kind.${k}`) }))} />
  );
}
