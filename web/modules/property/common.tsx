/** Pieces the property pages share: Excel in and out, stars. */
import { useState } from 'react';
import { App, Button, Rate, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { exportUrl, importRegister, type ExportQuery, type ImportWhat } from './property.api.ts';

/** Stars of a rating. */
export function Stars(props: { value: number }) {
  return <Rate disabled count={5} value={props.value} style={{ fontSize: 14 }} />;
}

/** Uploads a register; reports how many rows went in, or the first problems. */
export function ImportButton(props: { what: ImportWhat; nodeId?: string; onDone: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      disabled={!props.nodeId || busy}
      beforeUpload={async (file) => {
        setBusy(true);
        try {
          const r = await importRegister(props.what, props.nodeId!, file);
          if (r.errors.length)
            modal.error({
              title: t('property.import_errors', { count: r.errors.length }),
              content: r.errors.slice(0, 10).map((e) => (
                <div key={`${e.row}-${e.field}`}>
                  #{e.row} {e.field}: {e.message}
                </div>
              )),
            });
          else message.success(t('property.imported', r));
          props.onDone();
        } catch (e) {
          reportError(e);
        } finally {
          setBusy(false);
        }
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid={`import-${props.what}`}>
        {t('property.import')}
      </Button>
    </Upload>
  );
}

/** Downloads a register as .xlsx. */
export function ExportButton(props: ExportQuery) {
  const t = useT();
  return (
    <Button
      icon={<DownloadOutlined />}
      href={exportUrl({ what: props.what, nodeId: props.nodeId, year: props.year, kind: props.kind })}
    >
      {t('property.export')}
    </Button>
  );
}
