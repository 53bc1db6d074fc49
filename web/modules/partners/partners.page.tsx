/** 共治合伙人: the community's partners, their offers, points and stars; apply, enter, review, Excel out and in. */
import { useState } from 'react';
import { Button, Form, Input, InputNumber, Rate, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { beijingYear } from '../../app/format.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  applyPartner,
  enterPartner,
  importPartners,
  listPartners,
  partnersExportUrl,
  reviewPartner,
  type Partner,
  type PartnerImport,
  type PartnerInput,
} from './partners.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { partnersMessages } from './partners.messages.ts';

addMessages(partnersMessages);

const YEAR = beijingYear();
const KINDS = ['unit', 'enterprise', 'mass_org', 'social_org', 'individual'] as const;
const OFFERS = ['venue', 'funds', 'volunteers', 'expertise', 'goods'] as const;
const COLOUR: Record<string, string> = {
  applied: 'orange',
  active: 'green',
  declined: 'default',
  suspended: 'red',
};

/** The partners register of the selected node. */
export function PartnersPage() {
  const t = useT();
  usePageTitle(t('pa.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [form, setForm] = useState<'apply' | 'enter' | null>(null);
  const [importing, setImporting] = useState(false);
  const [moving, setMoving] = useState<{ x: Partner; action: string } | null>(null);
  const list = useQuery({
    queryKey: ['partners', 'list', nodeId],
    queryFn: () => listPartners({ nodeId, year: YEAR }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['partners'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('pa.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('pa.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('partners.export') && (
            <Button icon={<DownloadOutlined />} href={partnersExportUrl(nodeId, YEAR)}>
              {t('pa.export')}
            </Button>
          )}
          {can('partners.manage') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('pa.import')}
            </Button>
          )}
          {can('partners.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm('enter')}>
              {t('pa.enter')}
            </Button>
          )}
          {can('partners.apply') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm('apply')}
              data-testid="partner-apply"
            >
              {t('pa.apply')}
            </Button>
          )}
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        scroll={{ x: true }}
        columns={[
          {
            title: t('pa.name'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space>
                {v}
                {r.mine && <Tag color="blue">{t('pa.mine')}</Tag>}
              </Space>
            ),
          },
          { title: t('pa.node'), dataIndex: 'nodeName' },
          { title: t('pa.kind'), dataIndex: 'kind', render: (v: string) => t(`pa.kind.${v}`) },
          {
            title: t('pa.offers'),
            render: (_: unknown, r) => (
              <Space size={2} wrap>
                {r.offers.map((o) => (
                  <Tag key={o}>{t(`pa.offer.${o}`)}</Tag>
                ))}
                {r.offerNote && <Typography.Text type="secondary">{r.offerNote}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('pa.value'), dataIndex: 'offerValueYuan' },
          { title: t('pa.matters'), dataIndex: 'matters' },
          { title: t('pa.points'), dataIndex: 'points' },
          {
            title: t('pa.stars'),
            dataIndex: 'stars',
            render: (v: number) => <Rate disabled value={v} style={{ fontSize: 12 }} aria-label={`${v}`} />,
          },
          {
            title: t('pa.state'),
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={COLOUR[v]} data-testid="partner-state">
                {t(`pa.state.${v}`)}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_: unknown, r) => (
              <StepButtons
                steps={r.actions}
                messages="pa.move"
                testId="partner"
                onPick={(a) => setMoving({ x: r, action: a })}
              />
            ),
          },
        ]}
      />
      <FormModal<Omit<PartnerInput, 'nodeId'>>
        open={!!form}
        title={form === 'apply' ? t('pa.apply') : t('pa.enter')}
        onClose={() => setForm(null)}
        testId="partner-form"
        initialValues={{ kind: 'social_org', offers: [], offerValueYuan: 0 }}
        onSubmit={async (v) => {
          const b = { ...v, nodeId: nodeId! };
          await (form === 'apply' ? applyPartner(b) : enterPartner(b));
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('pa.name')} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="partner-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('pa.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`pa.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="offers" label={t('pa.offers')}>
          <Select mode="multiple" options={OFFERS.map((k) => ({ value: k, label: t(`pa.offer.${k}`) }))} />
        </Form.Item>
        <Form.Item name="offerNote" label={t('pa.offerNote')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="offerValueYuan" label={t('pa.value')}>
          <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="contact" label={t('pa.contact')}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
      <FormModal<{ note?: string }>
        open={!!moving}
        title={moving ? `${t(`pa.move.${moving.action}`)} · ${moving.x.name}` : ''}
        onClose={() => setMoving(null)}
        testId="partner-review-form"
        onSubmit={async (v) => {
          await reviewPartner(moving!.x.id, {
            action: moving!.action as never,
            note: v.note,
            version: moving!.x.version,
          });
          await refresh();
        }}
      >
        <Form.Item
          name="note"
          label={t('pa.note')}
          rules={[{ required: moving?.action === 'decline' || moving?.action === 'suspend' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<PartnerImport['rows'][number]>
          title={t('pa.import')}
          messages="pa.import"
          send={importPartners}
          columns={[
            { title: t('pa.node'), dataIndex: 'node' },
            { title: t('pa.name'), dataIndex: 'name' },
            { title: t('pa.kind'), render: (_, r) => t(`pa.kind.${r.kind}`) },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => refresh()}
        />
      )}
    </Space>
  );
}
