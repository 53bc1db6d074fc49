/** 关心关爱 (visits, check-ups, hardship help with their follow-ups) and 谈心谈话 of the units in scope. */
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Select, Space, Table, Tabs, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addCare,
  addTalk,
  CARE_KINDS,
  followUp,
  listCadres,
  listCare,
  listTalks,
  TALK_OUTCOMES,
  TALK_REASONS,
  type CareList,
  type TalkList,
} from './incentives.api.ts';
import { thisYear } from './incentives.shared.tsx';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
type CareRow = CareList['items'][number];

/** The care page. */
export function CarePage() {
  const t = useT();
  useDocumentTitle(t('inc.care'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const year = thisYear();
  const [open, setOpen] = useState<'care' | 'talk' | null>(null);
  const [following, setFollowing] = useState<CareRow | null>(null);
  const care = useQuery({ queryKey: ['incentives', 'care', year], queryFn: () => listCare(year) });
  const talks = useQuery({ queryKey: ['incentives', 'talks', year], queryFn: () => listTalks(year) });
  const cadres = useQuery({
    queryKey: ['incentives', 'cadres'],
    queryFn: listCadres,
    enabled: open !== null,
  });
  const done = async () => {
    message.success(t('inc.saved'));
    await qc.invalidateQueries({ queryKey: ['incentives'] });
  };
  const canRecord = care.data?.can.record;
  const cadreSelect = (
    <Form.Item name="personId" label={t('inc.cadre')} rules={[{ required: true }]}>
      <Select
        showSearch
        optionFilterProp="label"
        options={(cadres.data ?? []).map((c) => ({ value: c.personId, label: `${c.name} · ${c.unitName}` }))}
      />
    </Form.Item>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('inc.care')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'care',
            label: t('inc.careRecords'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {canRecord && <Button onClick={() => setOpen('care')}>{t('inc.addCare')}</Button>}
                <Table<CareRow>
                  rowKey="id"
                  size="small"
                  scroll={{ x: true }}
                  dataSource={care.data?.items ?? []}
                  columns={[
                    { title: t('inc.doneOn'), dataIndex: 'doneOn' },
                    { title: t('inc.unit'), dataIndex: 'nodeName' },
                    { title: t('inc.name'), dataIndex: 'personName' },
                    { title: t('inc.kind'), dataIndex: 'kind', render: (v: string) => t(`inc.k.${v}`) },
                    { title: t('inc.summary'), dataIndex: 'summary' },
                    {
                      title: t('inc.followUp'),
                      key: 'f',
                      render: (_, r) =>
                        r.followUpDoneOn ? (
                          `${r.followUpDoneOn} ${r.followUpNote}`
                        ) : r.followUpOn ? (
                          canRecord ? (
                            <Button
                              size="small"
                              onClick={() => setFollowing(r)}
                            >{`${t('inc.followUp')} ${r.followUpOn}`}</Button>
                          ) : (
                            r.followUpOn
                          )
                        ) : null,
                    },
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'talks',
            label: t('inc.talks'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {canRecord && <Button onClick={() => setOpen('talk')}>{t('inc.addTalk')}</Button>}
                <Table<TalkList['items'][number]>
                  rowKey="id"
                  size="small"
                  scroll={{ x: true }}
                  dataSource={talks.data?.items ?? []}
                  columns={[
                    { title: t('inc.talkedOn'), dataIndex: 'talkedOn' },
                    { title: t('inc.unit'), dataIndex: 'nodeName' },
                    { title: t('inc.name'), dataIndex: 'personName' },
                    { title: t('inc.reason'), dataIndex: 'reason', render: (v: string) => t(`inc.r.${v}`) },
                    { title: t('inc.talker'), dataIndex: 'talker' },
                    { title: t('inc.outcome'), dataIndex: 'outcome', render: (v: string) => t(`inc.o.${v}`) },
                    { title: t('inc.note'), dataIndex: 'note' },
                  ]}
                />
              </Space>
            ),
          },
        ]}
      />
      {open === 'care' && (
        <FormModal<{
          personId: string;
          kind: (typeof CARE_KINDS)[number];
          doneOn: Dayjs;
          summary: string;
          followUpOn?: Dayjs;
        }>
          open
          title={t('inc.addCare')}
          onClose={() => setOpen(null)}
          onSubmit={async (v) => {
            await addCare({
              ...v,
              doneOn: day(v.doneOn),
              followUpOn: v.followUpOn ? day(v.followUpOn) : undefined,
            });
            await done();
          }}
        >
          {cadreSelect}
          <Form.Item name="kind" label={t('inc.kind')} rules={[{ required: true }]}>
            <Select options={CARE_KINDS.map((k) => ({ value: k, label: t(`inc.k.${k}`) }))} />
          </Form.Item>
          <Form.Item name="doneOn" label={t('inc.doneOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="summary" label={t('inc.summary')} rules={[{ required: true, max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="followUpOn" label={t('inc.followUpOn')}>
            <DatePicker />
          </Form.Item>
        </FormModal>
      )}
      {open === 'talk' && (
        <FormModal<{
          personId: string;
          talkedOn: Dayjs;
          reason: (typeof TALK_REASONS)[number];
          talker: string;
          outcome: (typeof TALK_OUTCOMES)[number];
          note?: string;
        }>
          open
          title={t('inc.addTalk')}
          initialValues={{ reason: 'low_score' }}
          onClose={() => setOpen(null)}
          onSubmit={async (v) => {
            await addTalk({ ...v, talkedOn: day(v.talkedOn), note: v.note ?? '' });
            await done();
          }}
        >
          {cadreSelect}
          <Form.Item name="talkedOn" label={t('inc.talkedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="reason" label={t('inc.reason')} rules={[{ required: true }]}>
            <Select options={TALK_REASONS.map((k) => ({ value: k, label: t(`inc.r.${k}`) }))} />
          </Form.Item>
          <Form.Item name="talker" label={t('inc.talker')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="outcome" label={t('inc.outcome')} rules={[{ required: true }]}>
            <Select options={TALK_OUTCOMES.map((k) => ({ value: k, label: t(`inc.o.${k}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('inc.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
      {following && (
        <FormModal<{ doneOn: Dayjs; note: string }>
          open
          title={`${t('inc.followUp')} · ${following.personName}`}
          onClose={() => setFollowing(null)}
          onSubmit={async (v) => {
            await followUp(following.id, { version: following.version, doneOn: day(v.doneOn), note: v.note });
            await done();
          }}
        >
          <Form.Item name="doneOn" label={t('inc.doneOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={t('inc.followUpNote')} rules={[{ required: true, max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
