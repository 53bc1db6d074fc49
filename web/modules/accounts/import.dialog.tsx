/**
 * Accounts or grants in from Excel: pick a file, see what each row would do or what is wrong with it
 * (a dry run), confirm, and for accounts see each new account's initial password this once, with a
 * button that prints that table.
 */
import { useState } from 'react';
import { Alert, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../app/api.ts';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { importGrants, importUsers, type GrantImport, type UserImport } from './accounts.api.ts';

type Kind = 'users' | 'grants';
type Answer = UserImport | GrantImport;
type Problem = { field: string; message: string };

/** Only the passwords table when printing. */
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .gz-print-area, .gz-print-area * { visibility: visible; }
  .gz-print-area { position: absolute; left: 0; top: 0; width: 100%; }
}`;

/** The import dialog for accounts (system administrator) or grants (security administrator). */
export function ImportDialog(props: { kind: Kind; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Answer | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [done, setDone] = useState<Answer | null>(null);
  const send = (f: File, dryRun: boolean): Promise<Answer> =>
    props.kind === 'users' ? importUsers(f, dryRun) : importGrants(f, dryRun);
  const onProblem = (e: unknown) => {
    if (e instanceof ApiError && e.status === 422 && e.problem.errors?.length) {
      setPreview(null);
      setProblems(e.problem.errors);
    } else reportError(e);
  };
  const check = useMutation({
    mutationFn: (f: File) => send(f, true),
    onSuccess: (r) => {
      setProblems(null);
      setPreview(r);
    },
    onError: onProblem,
  });
  const apply = useMutation({
    mutationFn: (f: File) => send(f, false),
    onSuccess: (r) => {
      setDone(r);
      props.onDone();
    },
    onError: onProblem,
  });
  const prefix = `accounts.import.${props.kind}`;
  const accounts = done && 'accounts' in done ? done.accounts : [];

  return (
    <Modal
      open
      width={Math.min(880, window.innerWidth)}
      title={t(`${prefix}.title`)}
      onCancel={props.onClose}
      data-testid={`import-${props.kind}-dialog`}
      footer={
        done ? (
          <Button onClick={props.onClose}>{t('accounts.import.close')}</Button>
        ) : (
          <Space>
            <Button onClick={props.onClose}>{t('accounts.import.cancel')}</Button>
            <Button
              type="primary"
              disabled={!file || !preview || preview.added === 0}
              loading={apply.isPending}
              onClick={() => file && apply.mutate(file)}
              data-testid="import-confirm"
            >
              {t('accounts.import.confirm', { n: preview?.added ?? 0 })}
            </Button>
          </Space>
        )
      }
    >
      {!done && (
        <>
          <Typography.Paragraph type="secondary">{t(`${prefix}.hint`)}</Typography.Paragraph>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              setPreview(null);
              setProblems(null);
              check.mutate(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={check.isPending} data-testid="import-file">
              {file ? file.name : t('accounts.import.pick')}
            </Button>
          </Upload>
        </>
      )}
      {problems && (
        <>
          <Alert
            type="error"
            showIcon
            style={{ margin: '12px 0' }}
            title={t('accounts.import.problems', { n: problems.length })}
          />
          <Table<Problem>
            size="small"
            rowKey={(p) => `${p.field}-${p.message}`}
            dataSource={problems}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-problems"
            columns={[
              { title: t('accounts.import.field'), dataIndex: 'field', width: 160 },
              { title: t('accounts.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      {preview && !done && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ margin: '12px 0' }}
            title={t('accounts.import.preview', { added: preview.added, skipped: preview.skipped })}
          />
          <RowsTable answer={preview} kind={props.kind} />
        </>
      )}
      {done && props.kind === 'grants' && (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('accounts.import.done', { added: done.added, skipped: done.skipped })}
          />
          <RowsTable answer={done} kind={props.kind} />
        </>
      )}
      {done && props.kind === 'users' && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('accounts.import.once')}
            description={t('accounts.import.done', { added: done.added, skipped: done.skipped })}
          />
          <style>{PRINT_CSS}</style>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            style={{ marginBottom: 12 }}
            data-testid="import-print"
          >
            {t('accounts.import.print')}
          </Button>
          <div className="gz-print-area">
            <Table
              size="small"
              rowKey="username"
              dataSource={accounts}
              pagination={false}
              data-testid="import-passwords"
              columns={[
                { title: t('accounts.username'), dataIndex: 'username' },
                { title: t('accounts.displayName'), dataIndex: 'displayName' },
                {
                  title: t('accounts.import.initialPassword'),
                  dataIndex: 'initialPassword',
                  render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
                },
              ]}
            />
          </div>
        </>
      )}
    </Modal>
  );
}

/** Each good row and what it does (or would do). */
function RowsTable(props: { answer: Answer; kind: Kind }) {
  const t = useT();
  type Row = Answer['rows'][number];
  return (
    <Table<Row>
      size="small"
      rowKey={(r) => `${r.row}-${'role' in r ? r.role + r.node : ''}`}
      dataSource={props.answer.rows as Row[]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="import-rows"
      columns={[
        { title: t('accounts.import.row'), dataIndex: 'row', width: 70 },
        { title: t('accounts.username'), dataIndex: 'username' },
        ...(props.kind === 'users'
          ? [{ title: t('accounts.displayName'), dataIndex: 'displayName' }]
          : [
              {
                title: t('accounts.grant.role'),
                dataIndex: 'role',
                render: (r: string) => t(`role.${r}`),
              },
              { title: t('accounts.import.node'), dataIndex: 'node' },
            ]),
        {
          title: t('accounts.import.action'),
          dataIndex: 'action',
          width: 110,
          render: (a: 'add' | 'skip') => (
            <Tag color={a === 'add' ? 'green' : 'default'}>{t(`accounts.import.action.${a}`)}</Tag>
          ),
        },
      ]}
    />
  );
}
