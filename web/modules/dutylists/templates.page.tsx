/** The district's templates of responsibility items per organisation kind and post; Excel out and in. */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  createTemplate,
  getTemplates,
  importTemplates,
  ORG_KIND_KEYS,
  POST_KEYS,
  templatesExportUrl,
  updateTemplate,
  type Template,
  type TemplateInput,
  type TemplatesImport,
} from './dutylists.api.ts';
import { dutylistsMessages } from './dutylists.messages.ts';
import { useKindLabel } from './lists.page.tsx';

addMessages(dutylistsMessages);

/** The templates page. */
export function TemplatesPage() {
  const t = useT();
  const kind = useKindLabel();
  useDocumentTitle(t('dl.tpl.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [target, setTarget] = useState<'org' | 'post'>('org');
  const q = useQuery({ queryKey: ['dutylists', 'templates'], queryFn: getTemplates });
  const manage = !!q.data?.can.manage;
  const refresh = () => qc.invalidateQueries({ queryKey: ['dutylists', 'templates'] });
  const kinds = (target === 'org' ? ORG_KIND_KEYS : POST_KEYS) as readonly string[];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dl.tpl.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dl.tpl.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('dutylists.export') && (
            <Button icon={<DownloadOutlined />} href={templatesExportUrl()}>
              {t('dl.tpl.export')}
            </Button>
          )}
          {manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('dl.tpl.import')}
            </Button>
          )}
          {manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="dl-tpl-new"
            >
              {t('dl.tpl.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Template>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.templates ?? []}
        data-testid="dl-templates"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        columns={[
          { title: t('dl.target'), render: (_, x) => <Tag>{t(`dl.target.${x.target}`)}</Tag> },
          { title: t('dl.kind'), render: (_, x) => kind(x.kind) },
          { title: t('dl.seq'), dataIndex: 'seq' },
          {
            title: t('dl.item'),
            render: (_, x) => <Typography.Text delete={!x.active}>{x.title}</Typography.Text>,
          },
          { title: t('dl.evidence_required'), dataIndex: 'evidence' },
          { title: t('dl.due'), dataIndex: 'dueMd' },
          {
            title: t('dl.tpl.active'),
            render: (_, x) => (
              <Switch
                size="small"
                checked={x.active}
                disabled={!manage}
                aria-label={t('dl.tpl.active')}
                onChange={async (active) => {
                  const { id, ...rest } = x;
                  await updateTemplate(id, { ...rest, kind: x.kind as TemplateInput['kind'], active });
                  await refresh();
                }}
              />
            ),
          },
        ]}
      />
      <FormModal<TemplateInput>
        open={adding}
        title={t('dl.tpl.new')}
        onClose={() => setAdding(false)}
        initialValues={{ target: 'org', seq: 1, dueMd: '12-31' }}
        testId="dl-tpl-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await createTemplate(v);
          message.success(t('dl.saved'));
          await refresh();
        }}
      >
        <Form.Item name="target" label={t('dl.target')} rules={[{ required: true }]}>
          <Select
            onChange={(v: 'org' | 'post') => setTarget(v)}
            options={(['org', 'post'] as const).map((k) => ({ value: k, label: t(`dl.target.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('dl.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: kind(k) }))} />
        </Form.Item>
        <Form.Item name="seq" label={t('dl.seq')} rules={[{ required: true }]}>
          <InputNumber min={1} max={999} />
        </Form.Item>
        <Form.Item name="title" label={t('dl.item')} rules={[{ required: true, max: 200 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="evidence" label={t('dl.evidence_required')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="dueMd"
          label={t('dl.tpl.dueMd')}
          rules={[{ required: true, pattern: /^\d{2}-\d{2}$/ }]}
        >
          <Input placeholder="06-30" />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<TemplatesImport['rows'][number]>
          title={t('dl.import.title')}
          messages="dl.import"
          send={importTemplates}
          columns={[
            { title: t('dl.target'), render: (_, r) => t(`dl.target.${r.target}`) },
            { title: t('dl.kind'), render: (_, r) => kind(r.kind) },
            { title: t('dl.item'), dataIndex: 'title' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Space>
  );
}
