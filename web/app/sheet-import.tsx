/**
 * An import of a register from Excel or CSV, checked first, then applied: pick a file, check it (a
 * dry run that says what each row would do, or every row's problem), then import. Texts come from a
 * message prefix (`<prefix>.help`, `.file`, `.check`, `.apply`, `.preview`, `.errors`, `.done`,
 * `.add`, `.skip`), so each register words it in its own terms; the register's columns are passed in.
 */
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UploadOutlined } from '@ant-design/icons';
import { ApiError } from './api.ts';
import { useT } from './i18n.tsx';
import { reportError } from './problem.ts';

/** What an import route answers (platform/http/routes.ts importOutcome). */
export interface SheetImportResult<R> {
  dryRun: boolean;
  added: number;
  skipped: number;
  rows: R[];
}
type ImportRow = { row: number; action: 'add' | 'skip' };

/** The dialog; onApplied runs after an import was applied (before the dialog closes). */
export function SheetImportModal<R extends ImportRow>(props: {
  title: string;
  messages: string;
  send: (file: File, dryRun: boolean) => Promise<SheetImportResult<R>>;
  columns: ColumnsType<R>;
  onClose: () => void;
  onApplied?: (r: SheetImportResult<R>) => void | Promise<void>;
  testId?: string;
  applyTestId?: string;
}) {
  const t = useT();
  const m = (k: string, p?: Record<string, string | number>) => t(`${props.messages}.${k}`, p);
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<SheetImportResult<R> | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setProblems([]);
    try {
      const r = await props.send(file, dryRun);
      if (dryRun) setPreview(r);
      else {
        message.success(m('done', { added: r.added, skipped: r.skipped }));
        await props.onApplied?.(r);
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
      title={props.title}
      onCancel={props.onClose}
      data-testid={props.testId}
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button disabled={!file} loading={busy && !preview} onClick={() => void run(true)}>
            {m('check')}
          </Button>
          <Button
            type="primary"
            disabled={!preview || preview.added === 0}
            loading={busy && !!preview}
            onClick={() => void run(false)}
            data-testid={props.applyTestId}
          >
            {m('apply')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon title={m('help')} style={{ marginBottom: 12 }} />
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
        <Button icon={<UploadOutlined />}>{m('file')}</Button>
      </Upload>
      {problems.length > 0 && (
        <Alert
          type="error"
          style={{ marginTop: 12 }}
          title={m('errors', { n: problems.length })}
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
            title={m('preview', { added: preview.added, skipped: preview.skipped })}
          />
          <Table<R>
            size="small"
            rowKey="row"
            style={{ marginTop: 8 }}
            dataSource={preview.rows}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: '#', dataIndex: 'row', width: 60 },
              ...props.columns,
              {
                title: '',
                render: (_, r) =>
                  r.action === 'add' ? <Tag color="green">{m('add')}</Tag> : <Tag>{m('skip')}</Tag>,
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
