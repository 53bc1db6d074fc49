/** The button that switches the page between Chinese and English (the shell's header and the public pages). */
import type { ReactNode } from 'react';
import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useLang } from './i18n.tsx';

/** Switches zh-CN ⇄ en-US; says the other language's short name (EN / 中) unless given a label. */
export function LangSwitch(props: { label?: ReactNode; testId?: string }) {
  const { lang, setLang } = useLang();
  return (
    <Button
      size="small"
      icon={<GlobalOutlined />}
      onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
      data-testid={props.testId}
    >
      {props.label ?? (lang === 'zh-CN' ? 'EN' : '中')}
    </Button>
  );
}
