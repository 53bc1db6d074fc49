/**
 * The places of 未成年人保护 (seed 000): 未成年人保护服务中心, 青少年法治教育实践基地 and 帮教点 on the
 * tree with this year's activities and attendance, and the legal-education activities of a year; an
 * officer adds a site and records an activity (once per Idempotency-Key, as from a phone).
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addActivity,
  addSite,
  listActivities,
  listSites,
  SITE_KINDS,
  type Activity,
  type ActivityInput,
  type Site,
  type SiteInput,
} from './juvenile.api.ts';
import './juvenile.shared.tsx';

/** The sites page. */
export function SitesPage() {
  const t = useT();
  useDocumentTitle(t('juv.sites'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const key = useIdempotencyKey();
  const [year, setYear] = useState<number>(beijingYear());
  const [modal, setModal] = useState<'site' | 'activity' | null>(null);
  const sites = useQuery({ queryKey: ['juvenile', 'sites', nodeId], queryFn: () => listSites(nodeId) });
  const activities = useQuery({
    queryKey: ['juvenile', 'activities', nodeId, year],
    queryFn: () => listActivities(nodeId, year),
  });
  const manage = !!sites.data?.can.manage;
  const units = (me?.grants ?? []).filter((g) =>
    ['org_officer', 'street_officer', 'community_officer'].includes(g.role),
  );
  const items = sites.data?.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('juv.sites')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('juv.sites.hint')}</Typography.Text>
        </div>
        {manage && units.length > 0 && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setModal('site')}
            data-testid="juv-site-new"
          >
            {t('juv.sites.add')}
          </Button>
        )}
      </Space>
      <Table<Site>
        rowKey="id"
        size="small"
        loading={sites.isLoading}
        dataSource={items}
        scroll={{ x: 700 }}
        pagination={{ pageSize: 20 }}
        data-testid="juv-sites"
        columns={[
          { title: t('juv.site.name'), dataIndex: 'name' },
          { title: t('juv.site.kind'), dataIndex: 'kind', render: (v: string) => t(`juv.site.${v}`) },
          { title: t('juv.node'), dataIndex: 'nodeName' },
          { title: t('juv.site.address'), dataIndex: 'address' },
          { title: t('juv.site.activities'), dataIndex: 'activities', align: 'right' },
          { title: t('juv.site.attendance'), dataIndex: 'attendance', align: 'right' },
        ]}
      />
      <Card
        size="small"
        title={t('juv.activities')}
        extra={
          <Space>
            <Select
              aria-label={t('juv.year')}
              value={year}
              onChange={setYear}
              options={[beijingYear() - 1, beijingYear()].map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 100 }}
            />
            {manage && items.length > 0 && (
              <Button onClick={() => setModal('activity')} data-testid="juv-activity-new">
                {t('juv.activities.add')}
              </Button>
            )}
          </Space>
        }
      >
        <Table<Activity>
          rowKey="id"
          size="small"
          loading={activities.isLoading}
          dataSource={activities.data?.items ?? []}
          scroll={{ x: 600 }}
          pagination={{ pageSize: 20 }}
          data-testid="juv-activities"
          columns={[
            { title: t('juv.activity.heldOn'), dataIndex: 'heldOn' },
            { title: t('juv.activity.site'), dataIndex: 'siteName' },
            { title: t('juv.activity.title'), dataIndex: 'title' },
            { title: t('juv.activity.attendance'), dataIndex: 'attendance', align: 'right' },
          ]}
        />
      </Card>
      <FormModal<SiteInput>
        open={modal === 'site'}
        title={t('juv.sites.add')}
        onClose={() => setModal(null)}
        initialValues={{ nodeId: units[0]?.nodeId, kind: 'base', address: '' }}
        testId="juv-site-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addSite(v);
          message.success(t('juv.saved'));
          await qc.invalidateQueries({ queryKey: ['juvenile'] });
        }}
      >
        <Form.Item name="nodeId" label={t('juv.node')} rules={[{ required: true }]}>
          <Select options={units.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('juv.site.kind')} rules={[{ required: true }]}>
          <Select options={SITE_KINDS.map((k) => ({ value: k, label: t(`juv.site.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('juv.site.name')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('juv.site.address')} rules={[{ max: 120 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<ActivityInput>
        open={modal === 'activity'}
        title={t('juv.activities.add')}
        onClose={() => setModal(null)}
        initialValues={{ siteId: items[0]?.id, heldOn: beijingDay(), attendance: 0 }}
        testId="juv-activity-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addActivity(v, key.get());
          key.done();
          message.success(t('juv.saved'));
          await qc.invalidateQueries({ queryKey: ['juvenile'] });
        }}
      >
        <Form.Item name="siteId" label={t('juv.activity.site')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="juv-activity-site"
            options={items.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('juv.activity.title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="heldOn" label={t('juv.activity.heldOn')} rules={[{ required: true }]}>
          <Input type="date" max={beijingDay()} />
        </Form.Item>
        <Form.Item name="attendance" label={t('juv.activity.attendance')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
