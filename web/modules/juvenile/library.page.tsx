/**
 * 帮教知识库: the district's 问题库, 矫治技术库 (with each technique's guidance) and 效果评估库, the
 * defaults shown until it imports its own; Excel out for everyone who reads them, Excel in (a dry
 * run first, every row's problem) for the officer over the district.
 */
import { useState } from 'react';
import { Alert, Button, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getLibrary,
  importLibrary,
  LIBRARY_KINDS,
  libraryExportUrl,
  type Library,
  type LibraryImportRow,
} from './juvenile.api.ts';
import './juvenile.shared.tsx';

type Entry = Library['entries'][number];

/** The libraries page. */
export function LibraryPage() {
  const t = useT();
  useDocumentTitle(t('juv.library'));
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['juvenile', 'library', nodeId], queryFn: () => getLibrary(nodeId) });
  const lib = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('juv.library')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('juv.library.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {lib && (
            <Button icon={<DownloadOutlined />} href={libraryExportUrl(nodeId)}>
              {t('juv.library.export')}
            </Button>
          )}
          {lib?.can.manage && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="juv-library-import"
            >
              {t('juv.library.import')}
            </Button>
          )}
        </Space>
      </Space>
      {lib?.defaults && (
        <Alert type="info" title={t('juv.library.defaults')} data-testid="juv-library-defaults" />
      )}
      <Tabs
        items={LIBRARY_KINDS.map((k) => ({
          key: k,
          label: t(`juvenile.library.${k}`),
          children: (
            <Table<Entry>
              rowKey="code"
              size="small"
              loading={q.isLoading}
              dataSource={(lib?.entries ?? []).filter((e) => e.kind === k)}
              pagination={false}
              scroll={{ x: 600 }}
              data-testid={`juv-library-${k}`}
              columns={[
                { title: t('juv.library.code'), dataIndex: 'code', width: 80 },
                { title: t('juv.library.name'), dataIndex: 'name', width: 200 },
                { title: t('juv.library.guidance'), dataIndex: 'guidance' },
              ]}
            />
          ),
        }))}
      />
      {importing && lib && (
        <SheetImportModal<LibraryImportRow>
          title={t('juv.limp.title')}
          messages="juv.limp"
          send={importLibrary(lib.districtId)}
          testId="juv-library-import-modal"
          columns={[
            {
              title: t('juv.site.kind'),
              dataIndex: 'kind',
              render: (v: string) => t(`juvenile.library.${v}`),
            },
            { title: t('juv.library.code'), dataIndex: 'code' },
            { title: t('juv.library.name'), dataIndex: 'name' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['juvenile'] })}
        />
      )}
    </Space>
  );
}
