/** The district's catalogue of incentive measures (17 in four areas by default), Excel out and in. */
import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  catalogueExportUrl,
  getCatalogue,
  importCatalogue,
  type Catalogue,
  type CatalogueImport,
} from './incentives.api.ts';
import './incentives.shared.tsx';

/** The catalogue page. */
export function MeasuresPage() {
  const t = useT();
  useDocumentTitle(t('inc.measures'));
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['incentives', 'catalogue'], queryFn: getCatalogue });
  const c = q.data;
  if (!c) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inc.measures')}
        </Typography.Title>
        <Space>
          <a href={catalogueExportUrl()}>{t('inc.export')}</a>
          {c.can.manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('inc.importMeasures')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Catalogue['measures'][number]>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={c.measures}
        columns={[
          { title: t('inc.code'), dataIndex: 'code' },
          { title: t('inc.area'), dataIndex: 'area', render: (v: string) => t(`inc.a.${v}`) },
          { title: t('inc.measure'), dataIndex: 'name' },
          { title: t('inc.description'), dataIndex: 'description' },
          { title: t('inc.restDays'), dataIndex: 'restDays' },
          { title: t('inc.quota'), dataIndex: 'quota', render: (v: number | null) => v ?? t('inc.noQuota') },
          { title: t('inc.active'), dataIndex: 'active', render: (v: boolean) => (v ? '✓' : '—') },
        ]}
      />
      {importing && (
        <SheetImportModal<CatalogueImport['rows'][number]>
          title={t('inc.import.title')}
          messages="inc.import"
          send={importCatalogue(c.districtId)}
          columns={[
            { title: t('inc.code'), dataIndex: 'code' },
            { title: t('inc.measure'), dataIndex: 'name' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['incentives'] })}
        />
      )}
    </Space>
  );
}
