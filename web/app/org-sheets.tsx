/**
 * The organisation tree in and out of Excel, under the tree of the layout: download the selected
 * node and everything below it, and (for who may shape the tree there) add the missing nodes from
 * a sheet in the same columns, checked first, then applied (the dialog is app/sheet-import.tsx).
 */
import { useState } from 'react';
import { Button, Space } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Can } from './auth.tsx';
import { client, type Res } from './client.ts';
import { useT } from './i18n.tsx';
import type { OrgNode } from './selected-node.tsx';
import { SheetImportModal } from './sheet-import.tsx';

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
  const queries = useQueryClient();
  return (
    <SheetImportModal<ImportResult['rows'][number]>
      title={`${t('shell.tree.import')} · ${props.node.name}`}
      messages="shell.tree.import"
      send={(file, dryRun) => importTree(props.node.id, file, dryRun)}
      columns={[
        { title: t('shell.tree.import.level'), render: (_, r) => t(`level.${r.level}`) },
        { title: t('shell.tree.import.name'), dataIndex: 'name' },
        { title: t('shell.tree.import.parent'), dataIndex: 'parent' },
      ]}
      onClose={props.onClose}
      onApplied={async (r) => {
        await queries.invalidateQueries({ queryKey: ['org'] });
        if (r.added > 0) props.onImported?.();
      }}
      applyTestId="org-import-apply"
    />
  );
}
