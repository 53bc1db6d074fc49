/**
 * One household, as a cadre opens it on a phone: its head (masked but for the office), people and
 * area, statuses; the visits logged; logging a visit (sent with an Idempotency-Key, so a retry on a
 * bad connection logs it once); recording a signing or moving out for the office to confirm.
 */
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  InputNumber,
  Popconfirm,
  Input,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { beijingDay } from '../../app/format.ts';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useT } from '../../app/i18n.tsx';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import {
  deleteHousehold,
  editHousehold,
  getHousehold,
  logVisit,
  OUTCOMES,
  recordStep,
  type HouseholdEdit,
  type VisitInput,
} from './campaigns.api.ts';

/** The household drawer. */
export function HouseholdDrawer(props: { id: string; manage: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<VisitInput>();
  const [editing, setEditing] = useState(false);
  const visitKey = useIdempotencyKey();
  const recordKey = useIdempotencyKey();
  const q = useQuery({
    queryKey: ['campaigns', 'household', props.id],
    queryFn: () => getHousehold(props.id),
  });
  const d = q.data;
  const h = d?.household;
  const refresh = () => qc.invalidateQueries({ queryKey: ['campaigns'] });

  async function visit(v: VisitInput) {
    try {
      await logVisit(props.id, v, visitKey.get());
      visitKey.done();
      form.resetFields(['concerns']);
      message.success(t('cmp.visit.done'));
      await refresh();
    } catch (e) {
      applyProblemToForm(form, e);
    }
  }
  async function record(kind: 'sign' | 'move') {
    try {
      await recordStep(props.id, { kind, onDate: beijingDay(), version: h!.version }, recordKey.get());
      recordKey.done();
      message.success(t('cmp.record.done'));
      await refresh();
    } catch (e) {
      reportError(e);
    }
  }
  async function remove() {
    try {
      await deleteHousehold(props.id);
      message.success(t('cmp.saved'));
      props.onClose();
      await refresh();
    } catch (e) {
      reportError(e);
    }
  }
  return (
    <Drawer
      open
      onClose={props.onClose}
      title={h ? `${h.buildingNo} ${h.no} · ${h.headName}` : ''}
      width="min(600px, 100vw)"
      data-testid="cmp-household"
      extra={
        props.manage &&
        h && (
          <Space>
            <Button size="small" onClick={() => setEditing(true)} data-testid="cmp-household-edit">
              {t('cmp.edit')}
            </Button>
            <Popconfirm title={t('cmp.h.delete.confirm')} onConfirm={remove}>
              <Button size="small" danger data-testid="cmp-household-delete">
                {t('cmp.delete')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {h && (
        <FormModal<Omit<HouseholdEdit, 'version'>>
          open={editing}
          title={t('cmp.edit')}
          onClose={() => setEditing(false)}
          testId="cmp-household-form"
          testIdOn="form"
          initialValues={{
            no: h.no,
            buildingNo: h.buildingNo,
            headName: h.headName,
            people: h.people,
            areaM2: h.areaM2,
          }}
          onSubmit={async (v) => {
            await editHousehold(props.id, { ...v, phone: v.phone || undefined, version: h.version });
            message.success(t('cmp.saved'));
            await refresh();
          }}
        >
          <Form.Item name="buildingNo" label={t('cmp.h.building')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="no" label={t('cmp.h.no')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="headName" label={t('cmp.h.head')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('cmp.h.phone')}
            extra={t('cmp.h.phone.keep')}
            rules={[{ max: 20 }]}
          >
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="people" label={t('cmp.h.people')} rules={[{ required: true }]}>
            <InputNumber min={0} max={500} precision={0} />
          </Form.Item>
          <Form.Item name="areaM2" label={t('cmp.h.area')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1_000_000} />
          </Form.Item>
        </FormModal>
      )}
      {h && d && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label={t('cmp.h.head')}>{h.headName}</Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.phone')}>{h.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.people')}>{h.people}</Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.area')}>{h.areaM2}</Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.team')}>{h.teamName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.sign')}>
              <Tag data-testid="cmp-household-sign">{t(`cmp.sign.${h.signStatus}`)}</Tag>
              {h.signedOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('cmp.h.move')}>
              <Tag>{t(`cmp.move.${h.moveStatus}`)}</Tag>
              {h.movedOn}
            </Descriptions.Item>
          </Descriptions>
          {d.can.work && (
            <>
              <Typography.Title level={5}>{t('cmp.visit')}</Typography.Title>
              <Form<VisitInput>
                form={form}
                layout="vertical"
                name="cmp-visit"
                initialValues={{ visitedOn: beijingDay(), outcome: 'explained', concerns: '' }}
                onFinish={visit}
              >
                <Space wrap>
                  <Form.Item name="visitedOn" label={t('cmp.visit.on')} rules={[{ required: true }]}>
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item name="outcome" label={t('cmp.visit.outcome')} rules={[{ required: true }]}>
                    <Select
                      style={{ minWidth: 140 }}
                      options={OUTCOMES.map((o) => ({ value: o, label: t(`cmp.outcome.${o}`) }))}
                    />
                  </Form.Item>
                </Space>
                <Form.Item name="concerns" label={t('cmp.visit.concerns')} rules={[{ max: 2000 }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Space wrap>
                  <Button type="primary" htmlType="submit" data-testid="cmp-visit-save">
                    {t('cmp.visit')}
                  </Button>
                  {['surveyed', 'visited', 'negotiating'].includes(h.signStatus) && (
                    <Button onClick={() => record('sign')} data-testid="cmp-record-sign">
                      {t('cmp.record.sign')}
                    </Button>
                  )}
                  {h.moveStatus === 'staying' && (
                    <Button onClick={() => record('move')}>{t('cmp.record.move')}</Button>
                  )}
                </Space>
              </Form>
            </>
          )}
          <Typography.Title level={5}>{t('cmp.visits')}</Typography.Title>
          <Timeline
            items={d.visits.map((v) => ({
              content: (
                <span>
                  {v.visitedOn} · {v.byName} · {t(`cmp.outcome.${v.outcome}`)}
                  {v.concerns && <Typography.Text type="secondary"> · {v.concerns}</Typography.Text>}
                </span>
              ),
            }))}
          />
          {d.records.length > 0 && (
            <>
              <Typography.Title level={5}>{t('cmp.records')}</Typography.Title>
              {d.records.map((r) => (
                <div key={r.id}>
                  {r.onDate} · {t(`cmp.record.kind.${r.kind}`)} · {r.recordedName} ·{' '}
                  <Tag color={r.state === 'confirmed' ? 'green' : r.state === 'refused' ? 'red' : 'orange'}>
                    {t(`cmp.record.state.${r.state}`)}
                  </Tag>
                  {r.reason}
                </div>
              ))}
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
