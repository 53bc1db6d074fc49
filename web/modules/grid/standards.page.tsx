/**
 * The civilisation-city assessment standards 测评体系 of the district (12 projects, 90 items, 188
 * standards in Futian's breakdown, seed 003), kept by the district in Excel, and the readiness of
 * the node picked in the tree per assessment project before an inspection.
 */
import { useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../app/problem.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, fmtRate } from './common.tsx';
import {
  importStandards,
  listStandards,
  readinessOf,
  standardsExportUrl,
  type Readiness,
  type Standard,
  type StandardsImport,
} from './grid.api.ts';

/** The standards page. */
export default function StandardsPage() {
  const t = useT();
  const { me } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const nodeId = node && node.level !== 'department' ? node.id : me?.grants?.[0]?.nodeId;
  const nodeName = node && node.level !== 'department' ? node.name : me?.grants?.[0]?.nodeName;
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<StandardsImport | null>(null);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const standards = useQuery({
    queryKey: ['grid-standards', nodeId],
    enabled: !!nodeId,
    queryFn: () => listStandards(nodeId!),
  });
  const readiness = useQuery({
    queryKey: ['grid-readiness', nodeId],
    enabled: !!nodeId,
    queryFn: () => readinessOf(nodeId!),
  });

  const upload = async (f: File | undefined) => {
    if (!f || !nodeId) return;
    setBusy(true);
    try {
      const r = await importStandards(nodeId, f);
      setResult(r);
      if (r.errors.length) message.error(t('grid.std.importErrors', { n: r.errors.length }));
      else {
        message.success(t('grid.std.imported', r));
        await qc.invalidateQueries({ queryKey: ['grid-standards'] });
        await qc.invalidateQueries({ queryKey: ['grid-readiness'] });
      }
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  };

  if (!nodeId) return <Alert type="info" showIcon title={t('grid.reg.pickGrid')} />;
  const s = standards.data;
  const shown = (s?.list ?? []).filter(
    (x) => !search || `${x.code} ${x.projectName} ${x.itemName} ${x.text}`.includes(search),
  );
  return (
    <div data-testid="standards-page">
      <PageTitle
        extra={
          <Space wrap>
            {s?.can.manage && (
              <>
                <input
                  type="file"
                  accept=".xlsx,.csv"
                  ref={file}
                  style={{ display: 'none' }}
                  aria-label={t('grid.std.import')}
                  onChange={(e) => void upload(e.target.files?.[0])}
                  data-testid="std-import-file"
                />
                <Button icon={<UploadOutlined />} loading={busy} onClick={() => file.current?.click()}>
                  {t('grid.std.import')}
                </Button>
              </>
            )}
            <Button icon={<DownloadOutlined />} href={standardsExportUrl(nodeId)}>
              {t('grid.std.export')}
            </Button>
          </Space>
        }
      >
        {t('grid.std.title')} · {nodeName}
      </PageTitle>
      {s && (
        <Typography.Paragraph data-testid="std-counts">
          {s.standards ? t('grid.std.counts', s) : t('grid.std.empty')}
        </Typography.Paragraph>
      )}
      {result && result.errors.length > 0 && (
        <Table
          size="small"
          style={{ marginBottom: 12 }}
          rowKey={(r) => `${r.row}-${r.field}`}
          pagination={{ pageSize: 10 }}
          dataSource={result.errors}
          columns={[
            { title: t('grid.reg.row'), dataIndex: 'row', width: 70 },
            { title: t('grid.reg.field'), dataIndex: 'field', width: 120 },
            { title: t('grid.reg.reason'), dataIndex: 'message' },
          ]}
        />
      )}
      <ReadinessCard readiness={readiness.data} loading={readiness.isLoading} />
      <Card size="small" title={t('grid.std.standards')}>
        <Input.Search
          allowClear
          placeholder={t('grid.std.search')}
          aria-label={t('grid.std.search')}
          onSearch={setSearch}
          style={{ maxWidth: 320, marginBottom: 8 }}
        />
        <Table<Standard>
          size="small"
          rowKey="id"
          loading={standards.isLoading}
          dataSource={shown}
          pagination={{ pageSize: 20 }}
          scroll={{ x: 720 }}
          columns={[
            { title: t('grid.std.code'), dataIndex: 'code', width: 100 },
            { title: t('grid.std.project'), dataIndex: 'projectName', width: 140 },
            { title: t('grid.std.item'), dataIndex: 'itemName', width: 160 },
            {
              title: t('grid.std.text'),
              dataIndex: 'text',
              render: (v: string, r) => (
                <span>
                  {v} {!r.active && <Tag>{t('grid.std.retired')}</Tag>}
                </span>
              ),
            },
            {
              title: t('grid.std.category'),
              dataIndex: 'category',
              width: 120,
              render: (v: string | null) => (v ? t(`grid.cat.${v}`) : '—'),
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** Readiness per assessment project with its definition. */
function ReadinessCard(props: { readiness?: Readiness; loading: boolean }) {
  const t = useT();
  const r = props.readiness;
  return (
    <Card size="small" title={t('grid.std.readiness')} style={{ marginBottom: 12 }} data-testid="readiness">
      {r && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {r.definition}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="projectCode"
        loading={props.loading}
        pagination={false}
        dataSource={r?.projects ?? []}
        scroll={{ x: 560 }}
        columns={[
          { title: t('grid.std.project'), dataIndex: 'projectName' },
          { title: t('grid.std.standards'), dataIndex: 'standards', width: 80 },
          { title: t('grid.std.withOpen'), dataIndex: 'withOpenProblems', width: 120 },
          { title: t('grid.std.openProblems'), dataIndex: 'openProblems', width: 100 },
          {
            title: t('grid.std.rate'),
            dataIndex: 'rate',
            width: 100,
            render: (v: number | null) => (
              <Tag color={v === null ? 'default' : v >= 0.95 ? 'green' : v >= 0.8 ? 'gold' : 'red'}>
                {fmtRate(v)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
