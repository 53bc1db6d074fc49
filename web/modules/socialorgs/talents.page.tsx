/**
 * 草根领袖与本土社工: the register under the selected node (kind, certificate level, organisation,
 * training hours), the figures per street (counts by kind, certified share); registering a talent,
 * recording a training, the register in and out of Excel.
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import {
  addTraining,
  CERT_LEVELS,
  createTalent,
  importTalents,
  listTalents,
  TALENT_KINDS,
  talentsExportUrl,
  type TalentInput,
  type TalentList,
  type TalentRow,
} from './socialorgs.api.ts';
import { Heading, ImportButton } from './shared.tsx';

type TrainingForm = { trainedOn: Dayjs; course: string; hours: number };

/** The talent register page. */
export function TalentsPage() {
  const t = useT();
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string>('leader');
  const [training, setTraining] = useState<TalentRow | null>(null);
  const q = useQuery({ queryKey: ['socialorgs', 'talents', nodeId], queryFn: () => listTalents(nodeId) });
  const can = q.data?.can;
  const places = (me?.grants ?? []).filter((g) => ['community_officer', 'street_officer'].includes(g.role));
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialorgs'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Heading title={t('sos.talents')} hint={t('sos.talents.hint')}>
        {can?.manage && places.length > 0 && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="sos-new-talent"
          >
            {t('sos.new')}
          </Button>
        )}
        {can?.export && (
          <Button icon={<DownloadOutlined />} href={talentsExportUrl(nodeId)}>
            {t('sos.export')}
          </Button>
        )}
        {can?.manage && places.length > 0 && (
          <ImportButton send={(f) => importTalents(places[0].nodeId, f)} onDone={refresh} />
        )}
      </Heading>
      {(q.data?.streets.length ?? 0) > 0 && (
        <Card size="small" title={t('sos.perStreet')}>
          <Table<TalentList['streets'][number]>
            rowKey="nodeId"
            size="small"
            pagination={false}
            dataSource={q.data?.streets}
            data-testid="sos-streets"
            columns={[
              { title: t('sos.street'), dataIndex: 'nodeName' },
              { title: t('sos.kind.leader'), dataIndex: 'leaders', align: 'right' },
              { title: t('sos.kind.worker'), dataIndex: 'workers', align: 'right' },
              { title: t('sos.kind.certified'), dataIndex: 'certified', align: 'right' },
              {
                title: t('sos.certifiedShare'),
                dataIndex: 'certifiedShare',
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : `${v}%`),
              },
            ]}
          />
        </Card>
      )}
      <Table<TalentRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        data-testid="sos-talents"
        columns={[
          { title: t('sos.name'), dataIndex: 'name' },
          {
            title: t('sos.kind'),
            dataIndex: 'kind',
            render: (v: string) => (
              <Tag color={v === 'certified' ? 'red' : v === 'worker' ? 'blue' : 'gold'}>
                {t(`sos.kind.${v}`)}
              </Tag>
            ),
          },
          {
            title: t('sos.certLevel'),
            dataIndex: 'certLevel',
            render: (v: string | null) => (v ? t(`sos.level.${v}`) : ''),
          },
          { title: t('sos.org'), dataIndex: 'orgName' },
          { title: t('sos.node'), dataIndex: 'nodeName' },
          { title: t('sos.phone'), dataIndex: 'phone' },
          {
            title: t('sos.hours'),
            dataIndex: 'hours',
            align: 'right',
            render: (v: number, r) => (
              <span title={r.trainings.map((x) => `${x.trainedOn} ${x.course} ${x.hours}`).join('\n')}>
                {v}
              </span>
            ),
          },
          ...(can?.manage
            ? [
                {
                  title: '',
                  key: 'training',
                  render: (_: unknown, r: TalentRow) => (
                    <Button size="small" onClick={() => setTraining(r)}>
                      {t('sos.addTraining')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<TalentInput>
        open={open}
        title={t('sos.talents')}
        onClose={() => setOpen(false)}
        initialValues={{ nodeId: places[0]?.nodeId, kind: 'leader' }}
        testId="sos-talent-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await createTalent({ ...v, certLevel: v.kind === 'certified' ? v.certLevel : null });
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('sos.node')} rules={[{ required: true }]}>
          <Select options={places.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="name" label={t('sos.name')} rules={[{ required: true, max: 30 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('sos.kind')} rules={[{ required: true }]}>
          <Select
            onChange={(v: string) => setKind(v)}
            options={TALENT_KINDS.map((k) => ({ value: k, label: t(`sos.kind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'certified' && (
          <>
            <Form.Item name="certLevel" label={t('sos.certLevel')} rules={[{ required: true }]}>
              <Select options={CERT_LEVELS.map((k) => ({ value: k, label: t(`sos.level.${k}`) }))} />
            </Form.Item>
            <Form.Item name="certNo" label={t('sos.certNo')} rules={[{ max: 40 }]}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="orgId" label={t('sos.org')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(q.data?.orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="phone" label={t('sos.phone')} rules={[{ max: 20 }]}>
          <Input inputMode="tel" />
        </Form.Item>
      </FormModal>
      <FormModal<TrainingForm>
        open={!!training}
        title={`${t('sos.addTraining')} · ${training?.name ?? ''}`}
        onClose={() => setTraining(null)}
        initialValues={{ trainedOn: dayjs(), hours: 8 }}
        testId="sos-training-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addTraining(training!.id, {
            trainedOn: v.trainedOn.format('YYYY-MM-DD'),
            course: v.course,
            hours: v.hours,
          });
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="trainedOn" label={t('sos.trainedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="course" label={t('sos.course')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="hours" label={t('sos.hours')} rules={[{ required: true }]}>
          <InputNumber min={0.5} max={1000} step={0.5} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
