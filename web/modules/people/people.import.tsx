/**
 * The import wizard: upload a register as the district keeps it (.xlsx or CSV, titles and notes
 * included), check how its columns were read (and correct the mapping: the file is read again),
 * read the row-by-row error report, then import the valid rows or nothing.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Modal,
  Result,
  Select,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { errorText } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { commitImport, previewImport, type ImportPreview } from './people.api.ts';

/** The modal wizard; closes through onClose. */
export function ImportWizard(props: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { node } = useSelectedNode();
  const { me } = useMe();
  const client = useQueryClient();
  // with no node chosen, rows go to the officer's own node (the server picks the one grant's node)
  const own = [...new Set((me?.grants ?? []).map((g) => g.nodeName))].join('、');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: (v: { file: File; mapping?: Record<string, number | null> }) =>
      previewImport(v.file, node?.id, v.mapping),
    onSuccess: setPreview,
    onError: () => {},
  });
  const commit = useMutation({
    mutationFn: (mode: 'valid' | 'all') => commitImport(preview!.batchId, mode),
    onSuccess: (r) => {
      setImported(r.imported);
      message.success(t('people.import.done', { n: r.imported }));
      void client.invalidateQueries({ queryKey: ['people'] });
    },
    onError: () => {},
  });
  const step = imported !== null ? 2 : preview ? 1 : 0;
  const failure = upload.error ?? commit.error;

  return (
    <Modal
      open
      title={t('people.import.title')}
      onCancel={props.onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { title: t('people.import.step.upload') },
          { title: t('people.import.step.preview') },
          { title: t('people.import.step.done') },
        ]}
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          title={errorText(failure)}
          style={{ marginBottom: 12 }}
          data-testid="import-error"
        />
      )}
      {step === 0 && (
        <>
          <Alert
            type="info"
            title={
              node
                ? t('people.import.target', { name: node.name })
                : t('people.import.targetOwn', { name: own })
            }
            style={{ marginBottom: 12 }}
          />
          <Upload.Dragger
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(f) => {
              setFile(f);
              upload.mutate({ file: f });
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('people.import.drop')}</p>
          </Upload.Dragger>
        </>
      )}
      {step === 1 && preview && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type="info"
            title={t('people.import.target', { name: preview.nodeName })}
            data-testid="import-target"
          />
          <Typography.Text type="secondary">
            {t('people.import.headerRow', { row: preview.headerRow })}
            {preview.meta.unit ? ` · ${t('people.import.unit', { unit: preview.meta.unit })}` : ''}
            {preview.meta.date ? ` · ${t('people.import.date', { date: preview.meta.date })}` : ''}
            {preview.skipped.length ? ` · ${t('people.import.skipped', { n: preview.skipped.length })}` : ''}
          </Typography.Text>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={preview.columns}
            data-testid="import-mapping"
            columns={[
              {
                title: t('people.import.mapping.column'),
                dataIndex: 'label',
                render: (label: string, c) => (c.required ? `${label} *` : label),
              },
              {
                title: t('people.import.mapping.from'),
                render: (_, c) => (
                  <Select
                    size="small"
                    style={{ width: 220, maxWidth: '100%' }}
                    aria-label={`${t('people.import.mapping.from')} ${c.label}`}
                    value={c.index ?? -1}
                    disabled={upload.isPending || !file}
                    onChange={(index: number) => {
                      const mapping = Object.fromEntries(preview.columns.map((x) => [x.key, x.index]));
                      mapping[c.key] = index < 0 ? null : index;
                      upload.mutate({ file: file!, mapping });
                    }}
                    options={[
                      { value: -1, label: t('people.import.mapping.none') },
                      ...preview.headers.map((h, i) => ({
                        value: i,
                        label: `${columnLetter(i)} · ${h || t('people.import.mapping.blank')}`,
                      })),
                    ]}
                  />
                ),
              },
            ]}
          />
          <Space size="large" wrap>
            <Statistic title={t('people.import.total')} value={preview.total} />
            <Statistic
              title={t('people.import.valid')}
              value={preview.valid}
              styles={{ content: { color: '#389e0d' } }}
            />
            <Statistic
              title={t('people.import.invalid')}
              value={preview.invalid}
              styles={{ content: { color: preview.invalid ? '#cf1322' : undefined } }}
            />
          </Space>
          {preview.errors.length ? (
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column}-${e.reason}`}
              dataSource={preview.errors}
              pagination={{ pageSize: 8, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('people.import.row'), dataIndex: 'row', width: 70 },
                { title: t('people.import.column'), dataIndex: 'column', width: 140 },
                { title: t('people.import.reason'), dataIndex: 'reason' },
              ]}
              data-testid="import-errors"
            />
          ) : (
            <Alert type="success" showIcon title={t('people.import.noErrors')} />
          )}
          <Space wrap style={{ justifyContent: 'flex-end', width: '100%' }}>
            <Button onClick={props.onClose}>{t('people.import.nothing')}</Button>
            {preview.invalid === 0 ? (
              <Button
                type="primary"
                loading={commit.isPending}
                onClick={() => commit.mutate('all')}
                disabled={!preview.total}
              >
                {t('people.import.all_rows', { n: preview.total })}
              </Button>
            ) : (
              <Button
                type="primary"
                loading={commit.isPending}
                onClick={() => commit.mutate('valid')}
                disabled={!preview.valid}
              >
                {t('people.import.valid_rows', { n: preview.valid })}
              </Button>
            )}
          </Space>
        </Space>
      )}
      {step === 2 && (
        <Result
          status="success"
          title={t('people.import.done', { n: imported })}
          extra={<Button onClick={props.onClose}>{t('common.close')}</Button>}
        />
      )}
    </Modal>
  );
}

/** A spreadsheet column's letter (0 → A, 26 → AA), as the user sees it in Excel or WPS. */
function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
