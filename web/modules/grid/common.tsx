/** Pieces shared by the grid pages: times in Beijing time, the sync status bar, offline-backed reads, my grids. */
import { useEffect, useState } from 'react';
import { Badge, Button, Space, Tag } from 'antd';
import { CloudOutlined, DisconnectOutlined, SyncOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { store } from './idb.ts';
import { flush, onSynced, useOutbox } from './outbox.ts';

export { PageTitle } from '../../app/page-title.tsx';

/** A timestamp shown in Beijing time (the shell's formatter, in Chinese): for the event pages. */
export function fmtTime(v: string | null | undefined): string {
  return v ? formatTime(v, 'zh-CN') : '';
}

/** Formats timestamps in Beijing time in the user's language. */
export function useTimeFormat(): (v: string | null | undefined) => string {
  const { lang } = useLang();
  return (v) => (v ? formatTime(v, lang) : '');
}

export { beijingDay } from '../../app/format.ts';

/** Where the browser says we are, or null within a few seconds. */
export function currentPosition(): Promise<{ lat: number; lng: number } | null> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { timeout: 5000, maximumAge: 60_000 },
    );
  });
}

/** A rate 0..1 as a percentage with two decimals, or a dash. */
export function fmtRate(r: number | null | undefined): string {
  return r === null || r === undefined ? '—' : `${(r * 100).toFixed(2)}%`;
}

/** True for errors that mean "no network" (fetch failed, or a gateway answered instead of us). */
export function isOffline(e: unknown): boolean {
  return e instanceof TypeError || (e instanceof ApiError && [502, 503, 504].includes(e.status));
}

/** The result of a read that falls back to the phone's last good copy when offline. */
export interface OfflineData<T> {
  data: T;
  /** When the copy was taken, if it came from the phone rather than the server. */
  cachedAt: string | null;
}

/**
 * Reads from the server and keeps a copy in IndexedDB under `key`; without network it answers
 * the copy. Refetched after the outbox synced something.
 */
export function useOfflineQuery<T>(key: string, fetcher: () => Promise<T>, enabled = true) {
  const qc = useQueryClient();
  useEffect(() => onSynced(() => void qc.invalidateQueries({ queryKey: ['grid-offline', key] })), [qc, key]);
  return useQuery<OfflineData<T>>({
    queryKey: ['grid-offline', key],
    enabled,
    retry: false,
    networkMode: 'always',
    queryFn: async () => {
      const snapshots = store('snapshots');
      try {
        const data = await fetcher();
        await snapshots.put({ key, at: new Date().toISOString(), data });
        return { data, cachedAt: null };
      } catch (e) {
        if (!isOffline(e)) throw e;
        const copy = await snapshots.get(key);
        if (!copy) throw e;
        return { data: copy.data as T, cachedAt: copy.at };
      }
    },
  });
}

/** The grids (and micro-grids) the user works in, from their grants: usable offline. */
export function useMyGrids(): { id: string; name: string }[] {
  const { me } = useMe();
  const seen = new Set<string>();
  return (me?.grants ?? [])
    .filter((g) => g.role === 'grid_worker' || g.role === 'cadre')
    .filter((g) => !seen.has(g.nodeId) && seen.add(g.nodeId))
    .map((g) => ({ id: g.nodeId, name: g.nodeName }));
}

/** The browser's online flag, live. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The line at the top of the field pages: network state, what waits in the queue, a sync button. */
export function SyncBar() {
  const t = useT();
  const online = useOnline();
  const q = useOutbox();
  return (
    <div
      data-testid="sync-bar"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 8,
        padding: '6px 10px',
        marginBottom: 12,
        borderRadius: 6,
        background: online ? '#f6ffed' : '#fff7e6',
        border: `1px solid ${online ? '#b7eb8f' : '#ffd591'}`,
      }}
    >
      <Space size={6} wrap>
        {online ? (
          <Tag icon={<CloudOutlined />} color="success" data-testid="net-online">
            {t('grid.sync.online')}
          </Tag>
        ) : (
          <Tag icon={<DisconnectOutlined />} color="warning" data-testid="net-offline">
            {t('grid.sync.offline')}
          </Tag>
        )}
        <Link to="/grid/sync" data-testid="sync-status">
          {q.syncing ? (
            <span>
              <SyncOutlined spin /> {t('grid.sync.syncing')}
            </span>
          ) : q.pending + q.conflicts + q.failed === 0 ? (
            t('grid.sync.allSynced')
          ) : (
            <Space size={4}>
              {q.pending > 0 && <Badge color="orange" text={t('grid.sync.pending', { n: q.pending })} />}
              {q.conflicts > 0 && <Badge color="red" text={t('grid.sync.conflicts', { n: q.conflicts })} />}
              {q.failed > 0 && <Badge color="red" text={t('grid.sync.failed', { n: q.failed })} />}
            </Space>
          )}
        </Link>
      </Space>
      <Button
        size="small"
        icon={<SyncOutlined />}
        disabled={!online || q.pending === 0}
        onClick={() => void flush(true)}
      >
        {t('grid.sync.now')}
      </Button>
    </div>
  );
}

/** The event categories and lifecycle states, from the events module's rules (for the event pages). */
export { EVENT_CATEGORIES as CATEGORIES, EVENT_STATES as STATES } from './grid.api.ts';

const STATE_COLOURS: Record<string, string> = {
  reported: 'orange',
  received: 'gold',
  dispatched: 'blue',
  accepted: 'geekblue',
  returned: 'volcano',
  handled: 'cyan',
  verified: 'green',
  closed: 'default',
  rejected: 'default',
  merged: 'default',
  escalated: 'purple',
};

/** An event state as a coloured tag. */
export function StateTag(props: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state] ?? 'default'} data-testid={`state-${props.state}`}>
      {t(`grid.state.${props.state}`)}
    </Tag>
  );
}

/** A service-level timer as a coloured tag. */
export function TimerTag(props: { colour: string; deadline?: string | null }) {
  const t = useT();
  if (props.colour === 'none') return null;
  const c = props.colour === 'red' ? 'red' : props.colour === 'yellow' ? 'gold' : 'green';
  return (
    <Tag color={c}>
      {t(`grid.events.timer.${props.colour}`)}
      {props.deadline ? ` · ${t('grid.events.deadline', { d: fmtTime(props.deadline) })}` : ''}
    </Tag>
  );
}
