/**
 * One dispute: parties (masked, shown in full with a reason), hearings step by step of 党群调解331,
 * the agreement (printable), referrals to 司法确认, 诉调对接 and 心访, and the steps open now.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { PartyContactFields } from './party-fields.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { STATE_COLOURS } from './cases.page.tsx';
import {
  addParties,
  agreementUrl,
  getCase,
  hear,
  listRooms,
  psychOutcome,
  referPsych,
  reveal,
  transition,
  type Case,
  type Revealed,
} from './mediation.api.ts';

/** Now as a local 'YYYY-MM-DDTHH:mm' for datetime inputs. */
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

type Act = Exclude<Case['actions'][number], 'hear'>;

/** The case page. */
export function CasePage() {
  const t = useT();
  const { lang } = useLang();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['mediation', 'case', id], queryFn: () => getCase(id) });
  const c = q.data;
  usePageTitle(c ? `${c.number} ${c.title}` : t('mediation.cases'));
  const [modal, setModal] = useState<null | 'party' | 'hear' | 'reveal' | 'psych'>(null);
  const [acting, setActing] = useState<Act | null>(null);
  const [full, setFull] = useState<Revealed | null>(null);
  const rooms = useQuery({
    queryKey: ['mediation', 'rooms'],
    queryFn: () => listRooms(),
    enabled: acting === 'assign',
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['mediation'] });
  if (!c) return null;
  const stepName = (code: string | null) => c.steps.find((s) => s.code === code)?.name ?? code ?? '';
  const shown = c.parties.map((p) => ({ ...p, ...(full?.find((f) => f.id === p.id) ?? {}) }));
  const openPsych = c.referrals.some((r) => r.kind === 'psychological' && !r.outcome);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1000 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.number} {c.title}
        </Typography.Title>
        <Space wrap>
          <Tag color={STATE_COLOURS[c.state]} data-testid="case-state">
            {t(`mediation.state.${c.state}`)}
          </Tag>
          {c.result && <Tag data-testid="case-result">{t(`mediation.result.${c.result}`)}</Tag>}
        </Space>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('mediation.category')}>
          {t(`mediation.cat.${c.category}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('mediation.source')}>
          {t(`mediation.source.${c.source}`)} {c.referredBy}
        </Descriptions.Item>
        <Descriptions.Item label={t('mediation.node')}>{c.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('mediation.room')}>
          {c.roomName ?? '—'} {c.mediatorName && `· ${c.mediatorName}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('mediation.step')}>{stepName(c.stepCode) || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('mediation.received_at')}>
          {formatTime(c.receivedAt, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('mediation.summary')} span={2}>
          {c.summary}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {c.actions.map((a) => (
          <Button
            key={a}
            type={a === 'agree' || a === 'confirmed' ? 'primary' : 'default'}
            onClick={() => setActing(a as Act)}
            data-testid={`act-${a}`}
          >
            {t(`mediation.action.${a}`)}
          </Button>
        ))}
        {c.can.mediate && ['assigned', 'mediating'].includes(c.state) && (
          <Button onClick={() => setModal('hear')} data-testid="hear">
            {t('mediation.hear')}
          </Button>
        )}
        {c.can.mediate && c.state !== 'closed' && !openPsych && (
          <Button onClick={() => setModal('psych')}>{t('mediation.psych')}</Button>
        )}
        {c.can.mediate && openPsych && (
          <Button
            onClick={async () => {
              await psychOutcome(c.id, 'done', '');
              refresh();
            }}
          >
            {t('mediation.psych_done')}
          </Button>
        )}
        {c.agreement && (
          <Button href={agreementUrl(c.id)} target="_blank" data-testid="print">
            {t('mediation.print')}
          </Button>
        )}
      </Space>
      <Card
        size="small"
        title={t('mediation.parties')}
        extra={
          <Space>
            {c.can.reveal && !full && c.parties.length > 0 && (
              <Button size="small" onClick={() => setModal('reveal')}>
                {t('mediation.reveal')}
              </Button>
            )}
            {c.can.mediate && (
              <Button size="small" onClick={() => setModal('party')} data-testid="add-party">
                {t('mediation.add_party')}
              </Button>
            )}
          </Space>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={shown}
          columns={[
            { title: '', render: (_, p) => t(`mediation.role.${p.role}`) },
            { title: t('mediation.name'), dataIndex: 'name' },
            { title: t('mediation.phone'), render: (_, p) => p.phone ?? '—' },
            { title: t('mediation.id_number'), render: (_, p) => p.idNumber ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('mediation.hearings')}>
        <Timeline
          items={c.hearings.map((h) => ({
            children: (
              <div>
                <Typography.Text strong>
                  {formatTime(h.heldAt, lang)} · {h.place} {h.stepCode && `· ${stepName(h.stepCode)}`}
                </Typography.Text>
                <div>{h.attendees}</div>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {h.minutes}
                </Typography.Paragraph>
              </div>
            ),
          }))}
        />
      </Card>
      {c.agreement && (
        <Card size="small" title={`${t('mediation.agreement')} · ${c.agreement.signedOn}`}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.agreement.text}</Typography.Paragraph>
          <Typography.Text type="secondary">{c.agreement.performance}</Typography.Text>
        </Card>
      )}
      {c.referrals.length > 0 && (
        <Card size="small" title={t('mediation.referrals')}>
          {c.referrals.map((r) => (
            <div key={r.id}>
              <Tag>{t(`mediation.referral.${r.kind}`)}</Tag> {r.toName} · {formatTime(r.referredAt, lang)}{' '}
              {r.outcome && `→ ${r.outcome} ${r.outcomeNote}`}
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title={t('mediation.history')}>
        <Timeline
          items={c.history.map((h) => ({
            children: `${formatTime(h.at, lang)} ${t(`mediation.action.${h.action}`) === `mediation.action.${h.action}` ? t('mediation.hear') : t(`mediation.action.${h.action}`)} → ${t(`mediation.state.${h.to}`)} ${h.note}`,
          }))}
        />
      </Card>

      <FormModal<{
        role: 'applicant' | 'respondent' | 'other';
        name: string;
        phone?: string;
        idNumber?: string;
      }>
        open={modal === 'party'}
        title={t('mediation.add_party')}
        onClose={() => setModal(null)}
        initialValues={{ role: 'respondent' }}
        onSubmit={async (v) => {
          await addParties(c.id, [{ ...v, phone: v.phone || undefined, idNumber: v.idNumber || undefined }]);
          refresh();
        }}
      >
        <Form.Item name="role" label="">
          <Select
            options={(['applicant', 'respondent', 'other'] as const).map((r) => ({
              value: r,
              label: t(`mediation.role.${r}`),
            }))}
          />
        </Form.Item>
        <PartyContactFields nameLabel={t('mediation.name')} nameRequired />
      </FormModal>
      <FormModal<{ reason: string }>
        open={modal === 'reveal'}
        title={t('mediation.reveal')}
        onClose={() => setModal(null)}
        onSubmit={async (v) => setFull(await reveal(c.id, v.reason))}
      >
        <Form.Item name="reason" label={t('mediation.reason')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
      <FormModal<{
        heldAt: string;
        place: string;
        stepCode?: string;
        attendees: string;
        minutes: string;
      }>
        open={modal === 'hear'}
        title={t('mediation.hear')}
        onClose={() => setModal(null)}
        testId="hear-modal"
        initialValues={{
          heldAt: localNow(),
          place: c.roomName ?? '',
          stepCode: c.steps[Math.min(c.hearings.length, c.steps.length - 1)]?.code,
        }}
        onSubmit={async (v) => {
          await hear(c.id, { ...v, heldAt: new Date(v.heldAt).toISOString() });
          refresh();
        }}
      >
        <Form.Item name="heldAt" label={t('mediation.held_at')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="place" label={t('mediation.place')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="stepCode" label={t('mediation.step')}>
          <Select allowClear options={c.steps.map((s) => ({ value: s.code, label: s.name }))} />
        </Form.Item>
        <Form.Item name="attendees" label={t('mediation.attendees')} rules={[{ required: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="minutes" label={t('mediation.minutes')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ toName: string; note: string }>
        open={modal === 'psych'}
        title={t('mediation.psych')}
        onClose={() => setModal(null)}
        initialValues={{ toName: '心访工作室' }}
        onSubmit={async (v) => {
          await referPsych(c.id, v.toName, v.note ?? '');
          refresh();
        }}
      >
        <Form.Item name="toName" label={t('mediation.to_name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('mediation.note')}>
          <Input.TextArea maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{
        roomId?: string;
        mediatorUserId?: string;
        note?: string;
        text?: string;
        performance?: string;
        signedOn?: string;
        toName?: string;
      }>
        open={!!acting}
        title={acting ? t(`mediation.action.${acting}`) : ''}
        onClose={() => setActing(null)}
        testId="act-modal"
        initialValues={{
          toName:
            acting === 'refer_confirmation'
              ? '区人民法院（在线司法确认）'
              : acting === 'refer_court'
                ? '区人民法院诉调对接中心'
                : undefined,
        }}
        onSubmit={async (v) => {
          await transition(c.id, {
            action: acting!,
            version: c.version,
            note: v.note ?? '',
            roomId: v.roomId,
            mediatorUserId: v.mediatorUserId,
            toName: v.toName,
            agreement:
              acting === 'agree'
                ? {
                    text: v.text!,
                    performance: v.performance ?? '',
                    signedOn: v.signedOn!,
                  }
                : undefined,
          });
          message.success(t('mediation.saved'));
          refresh();
        }}
      >
        {acting === 'assign' && (
          <>
            <Form.Item name="roomId" label={t('mediation.room')} rules={[{ required: true }]}>
              <Select
                options={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
                data-testid="assign-room"
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {({ getFieldValue }) => (
                <Form.Item name="mediatorUserId" label={t('mediation.mediator')} rules={[{ required: true }]}>
                  <Select
                    data-testid="assign-mediator"
                    options={(rooms.data?.find((r) => r.id === getFieldValue('roomId'))?.mediators ?? []).map(
                      (m) => ({ value: m.userId, label: m.name }),
                    )}
                  />
                </Form.Item>
              )}
            </Form.Item>
          </>
        )}
        {acting === 'agree' && (
          <>
            <Form.Item name="text" label={t('mediation.agreement_text')} rules={[{ required: true }]}>
              <Input.TextArea rows={5} maxLength={10000} />
            </Form.Item>
            <Form.Item name="performance" label={t('mediation.performance')}>
              <Input maxLength={2000} />
            </Form.Item>
            <Form.Item
              name="signedOn"
              label={t('mediation.signed_on')}
              rules={[{ required: true }]}
              initialValue={localNow().slice(0, 10)}
            >
              <Input type="date" />
            </Form.Item>
          </>
        )}
        {(acting === 'refer_confirmation' || acting === 'refer_court') && (
          <Form.Item
            name="toName"
            label={t('mediation.to_name')}
            rules={[{ required: true }]}
            initialValue={
              acting === 'refer_confirmation' ? '区人民法院（在线司法确认）' : '区人民法院诉调对接中心'
            }
          >
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('mediation.note')} rules={[{ required: acting === 'fail' }]}>
          <Input.TextArea maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
