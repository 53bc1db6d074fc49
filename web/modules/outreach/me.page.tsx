/**
 * The member's own page, made for the phone: 报到 in one tap (the community where one lives, the unit
 * one works in, both filled in), the community's answer, then services recorded for it to confirm
 * and 亮身份 pledges kept; this year's hours and the yearly feedback.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
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
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addPledge,
  addService,
  fulfilPledge,
  getMe,
  reportTo,
  type FulfilInput,
  type Me,
  type PledgeInput,
  type ServiceInput,
} from './outreach.api.ts';
import { StateTag } from './outreach.shared.tsx';

type Pledge = NonNullable<Me['report']>['pledges'][number];

/** My community report. */
export function MePage() {
  const t = useT();
  useDocumentTitle(t('or.me.title'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['outreach', 'me'], queryFn: getMe });
  const [communityId, setCommunityId] = useState<string | undefined>();
  const [unitNodeId, setUnitNodeId] = useState<string | undefined>();
  const [dialog, setDialog] = useState<'service' | 'pledge' | null>(null);
  const [fulfilling, setFulfilling] = useState<Pledge | null>(null);
  const [busy, setBusy] = useState(false);
  const reportKey = useIdempotencyKey();
  const serviceKey = useIdempotencyKey();
  const pledgeKey = useIdempotencyKey();
  const me = q.data;
  if (!me) return null;
  const r = me.report;
  const refresh = () => qc.invalidateQueries({ queryKey: ['outreach'] });
  const community = communityId ?? me.suggested.communityId ?? undefined;
  const unit = unitNodeId ?? me.suggested.unitNodeId ?? undefined;
  const canReport = !r || r.state === 'invited' || r.state === 'declined';

  async function tap() {
    if (!community || !unit) return;
    setBusy(true);
    try {
      await reportTo({ communityId: community, unitNodeId: unit }, reportKey.get());
      reportKey.done();
      message.success(t('or.saved'));
      await refresh();
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('or.me.title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {me.name} · {t('or.me.year', { year: me.year })}
      </Typography.Text>
      {r && (
        <Card size="small" data-testid="or-me-report">
          <Space orientation="vertical">
            <Space wrap>
              <StateTag state={r.state} testId="or-me-state" />
              <span>{r.communityName}</span>
              <span>{r.unitName}</span>
            </Space>
            {r.state === 'invited' && (
              <Alert type="info" title={t('or.me.invited', { community: r.communityName })} />
            )}
            {r.state === 'reported' && (
              <Alert type="info" title={t('or.me.waiting', { community: r.communityName })} />
            )}
            {r.state === 'declined' && (
              <Alert
                type="warning"
                title={t('or.me.declined', { community: r.communityName, note: r.note })}
              />
            )}
            {r.state === 'accepted' && (
              <Typography.Text data-testid="or-me-programme">
                {r.programmeName ?? t('or.none')}
                {r.post ? ` · ${r.post}` : ''} · {t('or.hours')} {r.hours}
              </Typography.Text>
            )}
            {r.feedback && (
              <Typography.Text>
                {t('or.feedback')}：{t(`or.r.${r.feedback.rating}`)} {r.feedback.comment}
              </Typography.Text>
            )}
          </Space>
        </Card>
      )}
      {canReport && (
        <Card size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {!r && <Typography.Text>{t('or.me.none')}</Typography.Text>}
            <Select
              aria-label={t('or.community')}
              data-testid="or-me-community"
              showSearch={{ optionFilterProp: 'label' }}
              value={community}
              onChange={setCommunityId}
              options={me.communities.map((c) => ({ value: c.id, label: c.name }))}
              style={{ width: '100%' }}
            />
            <Select
              aria-label={t('or.unit')}
              data-testid="or-me-unit"
              showSearch={{ optionFilterProp: 'label' }}
              value={unit}
              onChange={setUnitNodeId}
              options={me.units.map((c) => ({ value: c.id, label: c.name }))}
              style={{ width: '100%' }}
            />
            <Button
              type="primary"
              size="large"
              block
              loading={busy}
              disabled={!community || !unit}
              onClick={() => void tap()}
              data-testid="or-me-report-button"
            >
              {r?.state === 'declined' ? t('or.me.reportAgain') : t('or.me.report')}
            </Button>
          </Space>
        </Card>
      )}
      {r?.state === 'accepted' && (
        <>
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('service')} data-testid="or-me-add-service">
              {t('or.me.addService')}
            </Button>
            <Button onClick={() => setDialog('pledge')} data-testid="or-me-add-pledge">
              {t('or.me.addPledge')}
            </Button>
          </Space>
          <Card size="small" title={t('or.services')}>
            <List
              size="small"
              dataSource={r.services}
              data-testid="or-me-services"
              renderItem={(s) => (
                <List.Item>
                  {s.servedOn} · {s.content} · {s.hours}h · {t(`or.ss.${s.state}`)}
                  {s.note ? ` · ${s.note}` : ''}
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('or.pledges')}>
            <List
              size="small"
              dataSource={r.pledges}
              data-testid="or-me-pledges"
              renderItem={(g) => (
                <List.Item
                  actions={
                    g.state === 'open'
                      ? [
                          <Button
                            key="f"
                            size="small"
                            onClick={() => setFulfilling(g)}
                            data-testid="or-me-fulfil"
                          >
                            {t('or.me.fulfil')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  {g.content} · {g.dueOn} · {t(`or.ps.${g.state}`)}
                  {g.due && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      {t('or.due')}
                    </Tag>
                  )}
                  {g.fulfilment ? ` · ${g.fulfilment}` : ''}
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
      <FormModal<ServiceInput>
        open={dialog === 'service'}
        title={t('or.me.addService')}
        onClose={() => setDialog(null)}
        testId="or-service-form"
        testIdOn="form"
        initialValues={{ servedOn: beijingDay(), hours: 2, residents: 0 }}
        onSubmit={async (v) => {
          await addService(v, serviceKey.get());
          serviceKey.done();
          message.success(t('or.saved'));
          await refresh();
        }}
      >
        <Form.Item name="servedOn" label={t('or.servedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="hours" label={t('or.hours')} rules={[{ required: true }]}>
          <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="content" label={t('or.content')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="residents" label={t('or.residents')}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<PledgeInput>
        open={dialog === 'pledge'}
        title={t('or.me.addPledge')}
        onClose={() => setDialog(null)}
        testId="or-pledge-form"
        testIdOn="form"
        initialValues={{ dueOn: beijingDay(new Date(Date.now() + 30 * 86_400_000)) }}
        onSubmit={async (v) => {
          await addPledge(v, pledgeKey.get());
          pledgeKey.done();
          message.success(t('or.saved'));
          await refresh();
        }}
      >
        <Form.Item name="content" label={t('or.pledge')} rules={[{ required: true, max: 300 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('or.dueOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<FulfilInput, 'version'>>
        open={fulfilling !== null}
        title={t('or.me.fulfil')}
        onClose={() => setFulfilling(null)}
        testId="or-fulfil-form"
        testIdOn="form"
        initialValues={{ fulfilledOn: beijingDay() }}
        onSubmit={async (v) => {
          await fulfilPledge(fulfilling!.id, { ...v, version: fulfilling!.version });
          message.success(t('or.saved'));
          await refresh();
        }}
      >
        <Form.Item name="fulfilment" label={t('or.fulfilment')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="fulfilledOn" label={t('or.fulfilledOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
