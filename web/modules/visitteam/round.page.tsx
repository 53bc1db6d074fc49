/**
 * One visit round, phone-friendly: the day, the community, the checklist and the members; the
 * findings with their fix; recording a finding (the district or the street, on the day or after;
 * a retried send never duplicates), marking one fixed (the community), setting the members (the
 * organiser, until the day has passed).
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  fixFinding,
  getRound,
  recordFinding,
  staffRound,
  type Finding,
  type FindingInput,
  type Round,
} from './visitteam.api.ts';
import { visitteamMessages } from './visitteam.messages.ts';

addMessages(visitteamMessages);

/** The round page. */
export function RoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [dialog, setDialog] = useState<'record' | 'staff' | null>(null);
  const [fixing, setFixing] = useState<Finding | null>(null);
  const q = useQuery({ queryKey: ['visitteam', 'round', id], queryFn: () => getRound(id) });
  const r: Round | undefined = q.data;
  useDocumentTitle(r ? `${r.heldOn} ${r.nodeName} · ${t('vt.title')}` : t('vt.title'));
  const close = () => setDialog(null);
  const saved = async () => {
    message.success(t('vt.saved'));
    await qc.invalidateQueries({ queryKey: ['visitteam'] });
  };
  if (!r) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/visitteam">{t('vt.back')}</Link>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="vt-round-title">
          {r.heldOn} · {r.nodeName}
        </Typography.Title>
        <Space wrap>
          {r.can.record && (
            <Button type="primary" size="large" onClick={() => setDialog('record')} data-testid="vt-record">
              {t('vt.record')}
            </Button>
          )}
          {r.can.staff && (
            <Button onClick={() => setDialog('staff')} data-testid="vt-staff">
              {t('vt.staff')}
            </Button>
          )}
        </Space>
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('vt.area')}>
            {r.streetName} {r.nodeName}
          </Descriptions.Item>
          <Descriptions.Item label={t('vt.heldOn')}>
            {r.heldOn} <Tag>{t(`vt.state.${r.state}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('vt.items')}>
            {r.items.map((i) => (
              <Tag key={i}>{t(`vt.item.${i}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('vt.members')}>
            <span data-testid="vt-round-members">
              {r.memberList.length ? r.memberList.map((m) => m.name).join('、') : t('vt.no_members')}
            </span>
          </Descriptions.Item>
          {r.note && <Descriptions.Item label={t('vt.note')}>{r.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('vt.findings')}>
        <List
          data-testid="vt-findings"
          dataSource={r.findingList}
          locale={{ emptyText: t('vt.none') }}
          renderItem={(f) => (
            <List.Item
              actions={
                r.can.fix && !f.fixedOn
                  ? [
                      <Button key="fix" onClick={() => setFixing(f)} data-testid="vt-fix">
                        {t('vt.fix')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={0}>
                <Space wrap>
                  <Tag>{t(`vt.item.${f.item}`)}</Tag>
                  <Typography.Text strong>{f.place}</Typography.Text>
                  <Tag color={f.fixedOn ? 'green' : 'orange'}>{f.fixedOn ? t('vt.fixed') : t('vt.open')}</Tag>
                </Space>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f.seen}</Typography.Text>
                <Typography.Text type="secondary">
                  {f.foundOn}
                  {f.memberName ? ` · ${f.memberName}` : ''}
                </Typography.Text>
                {f.fixedOn && (
                  <Typography.Text type="success">
                    {f.fixedOn} · {f.fixedNote}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <FormModal<FindingInput>
        open={dialog === 'record'}
        title={t('vt.record')}
        onClose={close}
        initialValues={{ item: r.items[0] }}
        testId="vt-record-form"
        onSubmit={async (v) => {
          await recordFinding(id, v, idem.get());
          idem.done();
          await saved();
        }}
      >
        <Form.Item name="item" label={t('vt.item')} rules={[{ required: true }]}>
          <Select options={r.items.map((i) => ({ value: i, label: t(`vt.item.${i}`) }))} />
        </Form.Item>
        <Form.Item name="memberId" label={t('vt.member')}>
          <Select allowClear options={r.memberList.map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
        <Form.Item name="place" label={t('vt.place')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="seen" label={t('vt.seen')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>
      <FormModal<{ memberIds: string[] }>
        open={dialog === 'staff'}
        title={t('vt.staff')}
        onClose={close}
        initialValues={{ memberIds: r.memberList.map((m) => m.id) }}
        testId="vt-staff-form"
        onSubmit={async (v) => {
          await staffRound(id, { memberIds: v.memberIds ?? [], version: r.version });
          await saved();
        }}
      >
        <Form.Item name="memberIds" label={t('vt.members')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={r.candidates.map((m) => ({ value: m.id, label: `${m.name}（${m.street}）` }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<{ fixedOn: string; note: string }>
        open={!!fixing}
        title={`${t('vt.fix')} · ${fixing?.place ?? ''}`}
        onClose={() => setFixing(null)}
        initialValues={{ fixedOn: beijingDay() }}
        testId="vt-fix-form"
        onSubmit={async (v) => {
          await fixFinding(fixing!.id, { ...v, version: fixing!.version });
          await saved();
        }}
      >
        <Form.Item name="fixedOn" label={t('vt.fixedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('vt.fixNote')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
