/** The district's risk-source catalogue 风险源目录 by dimension, its opposition thresholds, and the catalogue import. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Space, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getCatalogue,
  importCatalogue,
  setThresholds,
  type Catalogue,
  type CatalogueImport,
} from './stability.api.ts';
import './stability.shared.tsx';

/** The catalogue page. */
export function CataloguePage() {
  const t = useT();
  useDocumentTitle(t('stab.cat.title'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['stability', 'catalogue'], queryFn: () => getCatalogue() });
  const c = q.data;
  if (!c) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['stability'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stab.cat.title')}
        </Typography.Title>
        {c.can.manage && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('stab.cat.import')}
          </Button>
        )}
      </Space>
      {c.defaults && <Alert type="info" title={t('stab.cat.defaults')} />}
      <Card
        size="small"
        title={t(
          'stab.thresholds',
          c.thresholds && { high: c.thresholds.oppositionHighPct, mid: c.thresholds.oppositionMidPct },
        )}
      >
        {c.can.manage && (
          <Form
            layout="inline"
            initialValues={c.thresholds}
            onFinish={(v: { oppositionHighPct: number; oppositionMidPct: number }) =>
              setThresholds({ nodeId: c.districtId, ...v, version: c.thresholds.version })
                .then(() => message.success(t('stab.saved')))
                .then(refresh)
                .catch(reportError)
            }
          >
            <Form.Item name="oppositionHighPct" label={t('stab.cat.high')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} />
            </Form.Item>
            <Form.Item name="oppositionMidPct" label={t('stab.cat.mid')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
            <Button htmlType="submit">{t('stab.cat.save')}</Button>
          </Form>
        )}
      </Card>
      <Table<Catalogue['sources'][number]>
        rowKey={(s) => `${s.dimension}/${s.name}`}
        size="small"
        pagination={false}
        dataSource={c.sources}
        columns={[
          { title: t('stab.dimension'), dataIndex: 'dimension', render: (v: string) => t(`stab.d.${v}`) },
          { title: t('stab.source'), dataIndex: 'name' },
          { title: t('stab.note'), dataIndex: 'hint' },
        ]}
      />
      {importing && (
        <SheetImportModal<CatalogueImport['rows'][number]>
          title={t('stab.import.title')}
          messages="stab.import"
          send={importCatalogue(c.districtId)}
          columns={[
            { title: t('stab.dimension'), dataIndex: 'dimension', render: (v: string) => t(`stab.d.${v}`) },
            { title: t('stab.source'), dataIndex: 'name' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Space>
  );
}
