/** What the support pages share: an Excel import button and the page heading. */
import { App, Button, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';

/** A button that uploads a sheet and says what came of it (every bad row, or how many were added). */
export function ImportButton(props: {
  send: (
    file: File,
  ) => Promise<{ created: number; skipped: number; errors: { row: number; message: string }[] }>;
  onDone: () => unknown;
  testId?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Upload
      showUploadList={false}
      accept=".xlsx,.csv"
      beforeUpload={(file) => {
        props
          .send(file)
          .then((r) => {
            if (r.errors.length) message.error(r.errors.map((e) => `${e.row}: ${e.message}`).join('；'));
            else message.success(t('sos.imported', { n: r.created, s: r.skipped }));
            return props.onDone();
          })
          .catch(reportError);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={props.testId}>
        {t('sos.import')}
      </Button>
    </Upload>
  );
}

/** A page's title, hint and buttons. */
export function Heading(props: { title: string; hint?: string; children?: ReactNode }) {
  useDocumentTitle(props.title);
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.hint && <Typography.Text type="secondary">{props.hint}</Typography.Text>}
      </div>
      <Space wrap>{props.children}</Space>
    </Space>
  );
}
