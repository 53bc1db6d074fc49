/**
 * The organisation tree in and out of Excel, under the tree of the layout: download the selected
 * node and everything below it, and (for who may shape the tree there) add the missing nodes from
 * a sheet in the same columns, checked first, then applied.
 */
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { Can } from './auth.tsx';
import { client, type Res } from './client.ts';
import { useT } from './i18n.tsx';
import { reportError } from './problem.ts';
import type { OrgNode } from './selected-node.tsx';

type ImportResult = Res<'post', '/api/org/nodes/{id}/import'>;

const importTree = (id: string, file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/org/nodes/{id}/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};

/**
 * The download (and import) buttons for the selected node; onImported is called after an import
 * added nodes under it (the tree shows them).
 */
export function OrgSheetButtons(props: { node: OrgNode; onImported?: () => void }) {
  const t = useT();
  const [importing, setImporting] = useState(false);
  const { node } = props;
  return (
    <Space size={4} wrap style={{ marginTop: 8 }}>
      <Can ability="org.read">
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={client.url('/api/org/nodes/{id}/export.xlsx', { path: { id: node.id } })}
          data-testid="org-export"
        >
          {t('shell.tree.export')}
        </Button>
      </Can>
      {node.can.write && (
        <Button
          size="small"
          icon={<UploadOutlined />}
          onClick={() => setImporting(true)}
          data-testid="org-import"
        >
          {t('shell.tree.import')}
        </Button>
      )}
      {importing && (
        <ImportModal node={node} onClose={() => setImporting(false)} onImported={props.onImported} />
      )}
    </Space>
  );
}

function ImportModal(props: { node: OrgNode; onClose: () => void; onImported?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setProblems([]);
    try {
      const r = await importTree(props.node.id, file, dryRun);
      if (dryRun) setPreview(r);
      else {
        message.success(t('shell.tree.import.done', { added: r.added, skipped: r.skipped }));
        await queries.invalidateQueries({ queryKey: ['org'] });
        if (r.added > 0) props.onImported?.();
        props.onClose();
      }
    } catch (e) {
      setPreview(null);
      if (e instanceof ApiError && e.problem.errors?.length)
        setProblems(e.problem.errors.map((x) => x.message));
      else reportError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={`${t('shell.tree.import')} · ${props.node.name}`}
      onCancel={props.onClose}
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button disabled={!file} loading={busy && !preview} onClick={() => void run(true)}>
            {t('shell.tree.import.check')}
          </Button>
          <Button
            type="primary"
            disabled={!preview || preview.added === 0}
            loading={busy && !!preview}
            onClick={() => void run(false)}
            data-testid="org-import-apply"
          >
            {t('shell.tree.import.apply')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon title={t('shell.tree.import.help')} style={{ marginBottom: 12 }} />
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setPreview(null);
          setProblems([]);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setPreview(null);
        }}
      >
        <Button icon={<UploadOutlined />}>{t('shell.tree.import.file')}</Button>
      </Upload>
      {problems.length > 0 && (
        <Alert
          type="error"
          style={{ marginTop: 12 }}
          title={t('shell.tree.import.errors', { n: problems.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 240, overflow: 'auto' }}>
              {problems.slice(0, 200).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {preview && (
        <>
          <Alert
            type="success"
            style={{ marginTop: 12 }}
            title={t('shell.tree.import.preview', { added: preview.added, skipped: preview.skipped })}
          />
          <Table
            size="small"
            rowKey="row"
            style={{ marginTop: 8 }}
            dataSource={preview.rows}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: '#', dataIndex: 'row', width: 60 },
              { title: t('shell.tree.import.level'), render: (_, r) => t(`level.${r.level}`) },
              { title: t('shell.tree.import.name'), dataIndex: 'name' },
              { title: t('shell.tree.import.parent'), dataIndex: 'parent' },
              {
                title: '',
                render: (_, r) =>
                  r.action === 'add' ? (
                    <Tag color="green">{t('shell.tree.import.add')}</Tag>
                  ) : (
                    <Tag>{t('shell.tree.import.skip')}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
