/**
 * The import wizard: upload an .xlsx register, read the row-by-row error report, then import the
 * valid rows or nothing.
 */
import { useState } from 'react';
import { Alert, App, Button, Modal, Result, Space, Statistic, Steps, Table, Upload } from 'antd';
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
  const [imported, setImported] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => previewImport(file, node?.id),
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
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              upload.mutate(file);
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
