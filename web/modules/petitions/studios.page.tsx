/**
 * 访前法律工作室与心访工作室: the studios serving the user's places with their hours and staff on duty
 * (phones masked); officers set them up, import and export them, and the district's deadlines.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  createStudio,
  getSettings,
  importStudios,
  listStudios,
  saveSettings,
  studiosExportUrl,
  type StudioImport,
  type StudioInput,
} from './petitions.api.ts';
import { petitionsMessages } from './petitions.messages.ts';

addMessages(petitionsMessages);

/** The district's deadlines: shown to all, editable where allowed. */
function Deadlines() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['petitions', 'settings'], queryFn: getSettings });
  const s = q.data;
  if (!s) return null;
  return (
    <Card size="small" title={t('pt.settings.title')}>
      <Form
        layout="inline"
        key={s.version}
        initialValues={s}
        disabled={!s.canEdit}
        onFinish={async (v: { acceptDays: number; handleDays: number; reviewDays: number }) => {
          await saveSettings({ ...v, version: s.version });
          message.success(t('pt.settings.saved'));
          await qc.invalidateQueries({ queryKey: ['petitions', 'settings'] });
        }}
      >
        <Form.Item name="acceptDays" label={t('pt.settings.accept')}>
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
        <Form.Item name="handleDays" label={t('pt.settings.handle')}>
          <InputNumber min={1} max={365} precision={0} />
        </Form.Item>
        <Form.Item name="reviewDays" label={t('pt.settings.review')}>
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
        {s.canEdit && (
          <Button type="primary" htmlType="submit">
            {t('pt.settings.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

/** The studios register. */
export function StudiosPage() {
  const t = useT();
  usePageTitle(t('pt.studios.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useQuery({ queryKey: ['petitions', 'studios'], queryFn: () => listStudios() });
  const refresh = () => qc.invalidateQueries({ queryKey: ['petitions'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('pt.studios.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('pt.studios.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('petitions.export') && (
            <Button icon={<DownloadOutlined />} href={studiosExportUrl()}>
              {t('pt.studios.export')}
            </Button>
          )}
          {can('petitions.studios') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('pt.studios.import')}
            </Button>
          )}
          {can('petitions.studios') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="studio-new"
            >
              {t('pt.studios.new')}
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
        onRow={() => ({ 'data-testid': 'studio-row' }) as object}
        columns={[
          {
            title: t('pt.studios.name'),
            dataIndex: 'name',
            render: (v: string, s) => (
              <Space>
                {v}
                {s.mine && <Tag color="blue">{t('pt.studios.mine')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('pt.studios.kind'),
            dataIndex: 'kind',
            render: (k: string) => (
              <Tag color={k === 'legal' ? 'geekblue' : 'green'}>{t(`pt.kind.${k}`)}</Tag>
            ),
          },
          { title: t('pt.studios.place'), dataIndex: 'nodeName' },
          { title: t('pt.studios.hours'), dataIndex: 'hours' },
          {
            title: t('pt.studios.staff'),
            render: (_: unknown, s) =>
              s.staff
                .map((x) => `${t(`pt.staff.${x.role}`)} ${x.name}${x.phone ? ` ${x.phone}` : ''}`)
                .join('、'),
          },
          { title: t('pt.studios.visits'), dataIndex: 'visits' },
        ]}
      />
      <Deadlines />
      <FormModal<Omit<StudioInput, 'nodeId'>>
        open={creating}
        title={t('pt.studios.new')}
        onClose={() => setCreating(false)}
        testId="studio-form"
        initialValues={{ kind: 'legal', staff: [] }}
        onSubmit={async (v) => {
          await createStudio({ ...v, nodeId: nodeId! });
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('pt.studios.name')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('pt.studios.kind')}>
          <Select options={['legal', 'psych'].map((k) => ({ value: k, label: t(`pt.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="hours" label={t('pt.studios.hours')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="staff">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'role']} initialValue="lawyer">
                    <Select
                      aria-label={t('pt.studios.staff')}
                      style={{ width: 120 }}
                      options={['lawyer', 'counsellor'].map((r) => ({ value: r, label: t(`pt.staff.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 40 }]}>
                    <Input placeholder={t('pt.name')} aria-label={t('pt.name')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']}>
                    <Input placeholder={t('pt.phone')} aria-label={t('pt.phone')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'username']}>
                    <Input placeholder={t('pt.studios.username')} aria-label={t('pt.studios.username')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                {t('pt.studios.addStaff')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
      {importing && (
        <SheetImportModal<StudioImport['rows'][number]>
          title={t('pt.studios.import')}
          messages="pt.import"
          send={importStudios}
          columns={[
            { title: t('pt.studios.place'), dataIndex: 'node' },
            { title: t('pt.studios.name'), dataIndex: 'name' },
            { title: t('pt.studios.kind'), render: (_, r) => t(`pt.kind.${r.kind}`) },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => refresh()}
        />
      )}
    </Space>
  );
}
