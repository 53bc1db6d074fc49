/**
 * Registers 台账 (housing, population, legal entities) of the node picked in the tree: list and
 * search, change history, Excel export, and Excel import in two steps: a preview listing every bad
 * row, then (only on confirmation) the valid rows or nothing.
 */
import { useRef, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Drawer,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { Can, useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, beijingDay, useTimeFormat } from './common.tsx';
import {
  commitImport,
  exportUrl,
  listRecords,
  previewImport,
  recordHistory,
  REGISTER_KINDS,
  importStatusOf,
  type ImportPreview,
  type ImportStatus,
  type RegisterKind,
  type RegisterRecord,
} from './grid.api.ts';

/** A failed request as one line: the title and every per-field message. */
function problemText(e: unknown): string {
  if (!(e instanceof ApiError)) return String(e);
  return [e.problem.title, ...(e.problem.errors ?? []).map((x) => x.message)].join('：');
}

function attrsText(a: Record<string, unknown> | null): string {
  if (!a) return '—';
  return Object.entries(a)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('，');
}

/** The registers page. */
export default function RegistersPage() {
  const t = useT();
  const fmtTime = useTimeFormat();
  const { me, can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const nodeId = usePageNode();
  const [kind, setKind] = useState<RegisterKind>('housing');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [history, setHistory] = useState<RegisterRecord | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [picked, setPicked] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const pageSize = 20;
  const list = useQuery({
    queryKey: ['grid-records', kind, nodeId, search, page],
    enabled: !!nodeId,
    queryFn: () =>
      listRecords(kind, { nodeId: nodeId!, q: search, limit: pageSize, offset: (page - 1) * pageSize }),
  });
  const hist = useQuery({
    queryKey: ['grid-record-history', history?.id],
    enabled: !!history,
    queryFn: () => recordHistory(kind, history!.id),
  });

  const upload = async (f: File | undefined | null, mapping?: Record<string, number | null>) => {
    if (!f || !nodeId) return;
    setBusy(true);
    try {
      setPreview(await previewImport(kind, nodeId, f, mapping));
      setPicked(f);
      setProgress(null);
    } catch (e) {
      message.error(problemText(e));
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  };
  /** Re-reads the same file with one column mapped by the user. */
  const remap = (key: string, index: number | null) =>
    preview && void upload(picked, { ...preview.mapping, [key]: index });
  const commit = async (allOrNothing: boolean) => {
    if (!preview) return;
    setBusy(true);
    // the commit runs in batches: show how far it has come while it runs
    const timer = setInterval(() => {
      void importStatusOf(kind, preview.importId)
        .then(setProgress)
        .catch(() => {});
    }, 1000);
    try {
      const r = await commitImport(kind, preview.importId, { allOrNothing });
      setProgress(r);
      message.success(t('grid.reg.imported', { n: r.imported }));
      if (!r.failed.length) setPreview(null);
      await qc.invalidateQueries({ queryKey: ['grid-records'] });
    } catch (e) {
      message.error(problemText(e));
    } finally {
      clearInterval(timer);
      setBusy(false);
    }
  };

  if (!nodeId) return <Alert type="info" showIcon title={t('grid.reg.pickGrid')} />;
  const badRows = preview ? new Set(preview.errors.map((e) => e.row)).size : 0;
  const committed = progress?.status === 'committed';
  return (
    <div>
      <PageTitle
        extra={
          <Space wrap>
            <Can ability="grid.collect">
              <input
                type="file"
                accept=".xlsx,.csv"
                ref={file}
                style={{ display: 'none' }}
                onChange={(e) => void upload(e.target.files?.[0])}
                data-testid="reg-import-file"
              />
              <Button
                icon={<UploadOutlined />}
                loading={busy}
                disabled={!!node && !['grid', 'micro_grid', 'building'].includes(node.level)}
                title={t('grid.reg.importHere')}
                onClick={() => file.current?.click()}
              >
                {t('grid.reg.import')}
              </Button>
            </Can>
            <Button icon={<DownloadOutlined />} href={exportUrl(kind, nodeId)}>
              {t('grid.reg.export')}
            </Button>
          </Space>
        }
      >
        {t('grid.reg.title')} · {node?.name ?? me?.grants?.[0]?.nodeName}
      </PageTitle>
      <Tabs
        activeKey={kind}
        onChange={(k) => {
          setKind(k as RegisterKind);
          setPage(1);
        }}
        items={REGISTER_KINDS.map((k) => ({ key: k, label: t(`grid.reg.kind.${k}`) }))}
      />
      <Input.Search
        allowClear
        placeholder={t('grid.reg.search')}
        style={{ maxWidth: 320, marginBottom: 12 }}
        onSearch={(v) => {
          setSearch(v.trim());
          setPage(1);
        }}
      />
      <Table<RegisterRecord>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('grid.reg.label'), dataIndex: 'label' },
          { title: t('grid.reg.node'), dataIndex: 'nodeName' },
          {
            title: t('grid.reg.category'),
            dataIndex: 'visitCategory',
            render: (v: string) => <Tag>{t(`grid.vcat.${v}`)}</Tag>,
          },
          {
            title: t('grid.reg.lastVisit'),
            dataIndex: 'lastVisitedAt',
            render: (v: string | null) => (v ? beijingDay(v) : t('grid.due.never')),
          },
          { title: t('grid.reg.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => fmtTime(v) },
          ...(kind === 'population' && can('people.read')
            ? [
                {
                  title: t('grid.reg.person'),
                  dataIndex: 'personId',
                  render: (v: string | null) =>
                    v ? (
                      <Link to={`/people?person=${v}`} data-testid="reg-person">
                        {t('grid.reg.personOpen')}
                      </Link>
                    ) : (
                      <Typography.Text type="secondary">{t('grid.reg.personNone')}</Typography.Text>
                    ),
                },
              ]
            : []),
          {
            title: '',
            render: (_, r) => (
              <Button size="small" onClick={() => setHistory(r)}>
                {t('grid.reg.history')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={!!history}
        onClose={() => setHistory(null)}
        title={`${t('grid.reg.history')} · ${history?.label ?? ''}`}
        size="large"
      >
        <Timeline
          items={(hist.data ?? []).map((h) => ({
            content: (
              <div>
                <b>{t(`grid.reg.change.${h.change}`)}</b> · {h.actorName} · {fmtTime(h.at)}
                {h.before && (
                  <div style={{ color: '#a8071a' }}>
                    {t('grid.reg.before')}: {attrsText(h.before)}
                  </div>
                )}
                <div style={{ color: '#135200' }}>
                  {t('grid.reg.after')}: {attrsText(h.after)}
                </div>
              </div>
            ),
          }))}
        />
      </Drawer>
      <Modal
        open={!!preview}
        width={760}
        title={
          preview
            ? t('grid.reg.preview', { total: preview.total, valid: preview.valid, bad: preview.errorCount })
            : ''
        }
        onCancel={() => setPreview(null)}
        footer={
          committed
            ? [
                <Button key="close" type="primary" onClick={() => setPreview(null)}>
                  {t('grid.common.close')}
                </Button>,
              ]
            : [
                <Button key="cancel" onClick={() => setPreview(null)}>
                  {t('grid.common.cancel')}
                </Button>,
                <Popconfirm
                  key="valid"
                  title={t('grid.reg.confirmImport', { n: preview?.valid ?? 0 })}
                  onConfirm={() => void commit(false)}
                >
                  <Button disabled={!preview?.valid} loading={busy} data-testid="reg-import-valid">
                    {t('grid.reg.importValid', { n: preview?.valid ?? 0 })}
                  </Button>
                </Popconfirm>,
                <Popconfirm
                  key="all"
                  title={t('grid.reg.confirmImport', { n: preview?.valid ?? 0 })}
                  onConfirm={() => void commit(true)}
                  disabled={badRows > 0}
                >
                  <Button type="primary" loading={busy} disabled={badRows > 0} data-testid="reg-import-all">
                    {t('grid.reg.importAll')}
                  </Button>
                </Popconfirm>,
              ]
        }
      >
        {preview && (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {progress ? (
              <div data-testid="reg-import-progress">
                <Progress
                  percent={Math.round((progress.done / Math.max(progress.valid, 1)) * 100)}
                  aria-label={t('grid.reg.import')}
                />
                <Typography.Text>
                  {t('grid.reg.progress', {
                    done: progress.done,
                    valid: progress.valid,
                    imported: progress.imported,
                    failed: progress.failed.length,
                  })}
                </Typography.Text>
              </div>
            ) : (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('grid.reg.nothingImported')}
              </Typography.Paragraph>
            )}
            {!progress && (
              <div data-testid="reg-import-mapping">
                <Typography.Text strong>{t('grid.reg.mapping', { row: preview.headerRow })}</Typography.Text>
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={preview.columns}
                  columns={[
                    {
                      title: t('grid.reg.column'),
                      dataIndex: 'label',
                      render: (v: string, c) => (c.required ? `${v} *` : v),
                    },
                    {
                      title: t('grid.reg.fromHeader'),
                      render: (_, c) => (
                        <Select
                          style={{ width: '100%', minWidth: 160 }}
                          aria-label={t('grid.reg.fromHeaderOf', { column: c.label })}
                          value={preview.mapping[c.key] ?? -1}
                          disabled={busy}
                          onChange={(v: number) => remap(c.key, v < 0 ? null : v)}
                          options={[
                            { value: -1, label: t('grid.reg.notInFile') },
                            ...preview.headers.map((h, i) => ({ value: i, label: h || `#${i + 1}` })),
                          ]}
                        />
                      ),
                    },
                  ]}
                />
              </div>
            )}
            <Table
              size="small"
              rowKey={(r) => `${r.row}-${r.field}`}
              pagination={{ pageSize: 10 }}
              dataSource={progress?.failed.length ? progress.failed : preview.errors}
              data-testid="reg-import-errors"
              columns={[
                { title: t('grid.reg.row'), dataIndex: 'row', width: 70 },
                { title: t('grid.reg.field'), dataIndex: 'field', width: 140 },
                { title: t('grid.reg.reason'), dataIndex: 'message' },
              ]}
            />
          </Space>
        )}
      </Modal>
    </div>
  );
}
