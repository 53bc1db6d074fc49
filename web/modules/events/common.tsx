/** Pieces shared by the events pages: the page title, state and timer tags, Beijing-time display. */
import { useEffect, type ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import type { EventItem } from './events.api.ts';

/** Sets the document's title and shows the page heading. */
export function PageTitle(props: { title: string; children?: ReactNode; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${props.title} · 共治`;
  }, [props.title]);
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        marginBottom: 8,
        gap: 8,
        flexWrap: 'wrap',
      }}
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {props.title} {props.children}
      </Typography.Title>
      {props.extra}
    </div>
  );
}

/** A time in Asia/Shanghai in the reader's language. */
export function useTime() {
  const { lang } = useLang();
  return (iso: string | null | undefined) => formatTime(iso, lang);
}

const STATE_COLOURS: Record<string, string> = {
  reported: 'blue',
  received: 'cyan',
  dispatched: 'geekblue',
  accepted: 'purple',
  returned: 'orange',
  handled: 'lime',
  verified: 'green',
  closed: 'default',
  rejected: 'default',
  merged: 'default',
  escalated: 'magenta',
  resolved: 'green',
};

/** An event's state as a coloured tag. */
export function StateTag(props: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state] ?? 'default'} data-testid={`state-${props.state}`}>
      {t(`ev.state.${props.state}`)}
    </Tag>
  );
}

/** A service-level timer as a coloured tag. */
export function TimerTag(props: { timer: EventItem['timer'] }) {
  const t = useT();
  const time = useTime();
  if (props.timer.colour === 'none') return null;
  const c = props.timer.colour === 'red' ? 'red' : props.timer.colour === 'yellow' ? 'gold' : 'green';
  return (
    <Tag color={c}>
      {t(`ev.timer.${props.timer.colour}`)}
      {props.timer.deadline ? ` · ${t('ev.deadline', { d: time(props.timer.deadline) })}` : ''}
    </Tag>
  );
}
