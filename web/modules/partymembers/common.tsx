/** Small pieces the mobile party member pages share: page titles, Excel buttons. */
import { useRef } from 'react';
import { App, Button, Tag } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';

/** Sets the browser tab's title for the page (the shell's one helper). */
export { useDocumentTitle as usePageTitle } from '../../app/title.ts';

/** A link button that downloads an export. */
export function ExportButton(props: { href: string; label?: string; testId?: string }) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} href={props.href} data-testid={props.testId ?? 'export'}>
      {props.label ?? t('pm.export')}
    </Button>
  );
}

/** A button that uploads an Excel or CSV file and reports what was imported. */
export function ImportButton(props: {
  upload: (f: File) => Promise<{ created: number; updated: number }>;
  done: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        style={{ display: 'none' }}
        data-testid="import-file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          try {
            const r = await props.upload(f);
            message.success(t('pm.imported', r));
            props.done();
          } catch (err) {
            reportError(err);
          }
        }}
      />
      <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        {t('pm.import')}
      </Button>
    </>
  );
}

/** Which of the five clears a member meets, as tags. */
export function ClearTags(props: { clears: Record<string, boolean> }) {
  const t = useT();
  return (
    <>
      {Object.entries(props.clears).map(([k, ok]) => (
        <Tag key={k} color={ok ? 'green' : 'red'}>
          {t(`pm.clear.${k}`)}
        </Tag>
      ))}
    </>
  );
}
