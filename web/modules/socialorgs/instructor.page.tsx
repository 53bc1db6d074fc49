/**
 * One 党建指导员: where they are sent (a base or an organisation, for a term), the organisations in
 * their charge today, their guidance visits; sending them and logging a visit (Idempotency-Key,
 * the visit form is often filled in on a phone).
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { assignInstructor, getInstructor, logVisit, type Instructor } from './socialorgs.api.ts';
import { Heading } from './shared.tsx';

type AssignForm = { target: 'base' | 'org'; targetId: string; term: [Dayjs, Dayjs] };
type VisitForm = { orgId: string; visitedOn: Dayjs; topic: string; outcome?: string };

/** The instructor page. */
export function InstructorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [assigning, setAssigning] = useState(false);
  const [visiting, setVisiting] = useState(false);
  const [target, setTarget] = useState<'base' | 'org'>('base');
  const q = useQuery({ queryKey: ['socialorgs', 'instructor', id], queryFn: () => getInstructor(id) });
  const i = q.data;
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialorgs'] });
  if (!i) return <Card loading={q.isLoading} />;
  const choices = target === 'base' ? i.targets.bases : i.targets.orgs;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Heading title={`${t('sos.instructors')} · ${i.name}`}>
        {i.can.manage && (
          <Button type="primary" onClick={() => setAssigning(true)} data-testid="sos-assign">
            {t('sos.assign')}
          </Button>
        )}
        {i.can.manage && i.inCharge.length > 0 && (
          <Button onClick={() => setVisiting(true)} data-testid="sos-log-visit">
            {t('sos.logVisit')}
          </Button>
        )}
      </Heading>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('sos.unit')}>{i.unit}</Descriptions.Item>
        <Descriptions.Item label={t('sos.phone')}>{i.phone}</Descriptions.Item>
        <Descriptions.Item label={t('sos.node')}>{i.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('sos.inCharge')} span={3}>
          <span data-testid="sos-in-charge">{i.inCharge.map((o) => o.name).join('、') || t('sos.none')}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('sos.assignments')}>
        <Table<Instructor['assignments'][number]>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={i.assignments}
          data-testid="sos-assignments"
          columns={[
            { title: t('sos.target'), dataIndex: 'target', render: (v: string) => t(`sos.target.${v}`) },
            { title: t('sos.postedTo'), dataIndex: 'targetName' },
            { title: t('sos.startsOn'), dataIndex: 'startsOn' },
            { title: t('sos.endsOn'), dataIndex: 'endsOn' },
            {
              title: '',
              dataIndex: 'running',
              render: (v: boolean) => (
                <Tag color={v ? 'green' : 'default'}>{t(v ? 'sos.running' : 'sos.ended')}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('sos.visits')}>
        <Table<Instructor['visits'][number]>
          rowKey="id"
          size="small"
          dataSource={i.visits}
          pagination={{ pageSize: 10 }}
          data-testid="sos-visits"
          columns={[
            { title: t('sos.visitedOn'), dataIndex: 'visitedOn' },
            { title: t('sos.org'), dataIndex: 'orgName' },
            { title: t('sos.topic'), dataIndex: 'topic' },
            { title: t('sos.outcome'), dataIndex: 'outcome' },
          ]}
        />
      </Card>
      <FormModal<AssignForm>
        open={assigning}
        title={t('sos.assign')}
        onClose={() => setAssigning(false)}
        initialValues={{ target: 'base', term: [dayjs(), dayjs().add(2, 'year').subtract(1, 'day')] }}
        testId="sos-assign-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await assignInstructor(id, {
            target: v.target,
            targetId: v.targetId,
            startsOn: v.term[0].format('YYYY-MM-DD'),
            endsOn: v.term[1].format('YYYY-MM-DD'),
          });
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="target" label={t('sos.target')} rules={[{ required: true }]}>
          <Select
            data-testid="sos-target"
            onChange={(v: 'base' | 'org') => setTarget(v)}
            options={(['base', 'org'] as const).map((k) => ({ value: k, label: t(`sos.target.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="targetId" label={t('sos.postedTo')} rules={[{ required: true }]}>
          <Select
            data-testid="sos-target-id"
            showSearch
            optionFilterProp="label"
            options={choices.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="term"
          label={`${t('sos.startsOn')} – ${t('sos.endsOn')}`}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
      </FormModal>
      <FormModal<VisitForm>
        open={visiting}
        title={t('sos.logVisit')}
        onClose={() => setVisiting(false)}
        initialValues={{ orgId: i.inCharge[0]?.id, visitedOn: dayjs(beijingDay()) }}
        testId="sos-visit-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await logVisit(
            id,
            {
              orgId: v.orgId,
              visitedOn: v.visitedOn.format('YYYY-MM-DD'),
              topic: v.topic,
              outcome: v.outcome ?? '',
            },
            idem.get(),
          );
          idem.done();
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="orgId" label={t('sos.org')} rules={[{ required: true }]}>
          <Select options={i.inCharge.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('sos.visitedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="topic" label={t('sos.topic')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={t('sos.outcome')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
