/**
 * A file picker in the user's language: the browser's own <input type="file"> says "Choose File /
 * No file chosen" in the browser's language whatever the page's; this one is a labelled button and
 * the chosen file's name. The input stays in the page (visually hidden) for screen readers and tests.
 */
import { useId, useRef, useState } from 'react';
import { Button, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useT } from './i18n.tsx';

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Picks one file; `label` names the button (and the input, for assistive technology). */
export function FileInput(props: {
  label: string;
  accept?: string;
  capture?: 'user' | 'environment';
  onFile: (file: File | undefined) => void;
  testId?: string;
  id?: string;
}) {
  const t = useT();
  const auto = useId();
  const id = props.id ?? auto;
  const ref = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <span
      style={{ position: 'relative', display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}
    >
      <input
        ref={ref}
        id={id}
        type="file"
        accept={props.accept}
        capture={props.capture}
        aria-label={props.label}
        data-testid={props.testId}
        style={hidden}
        onChange={(e) => {
          const f = e.target.files?.[0];
          setName(f?.name ?? null);
          props.onFile(f);
        }}
      />
      <Button icon={<PaperClipOutlined />} onClick={() => ref.current?.click()} aria-controls={id}>
        {props.label}
      </Button>
      <Typography.Text type="secondary">{name ?? t('shell.file.none')}</Typography.Text>
    </span>
  );
}
