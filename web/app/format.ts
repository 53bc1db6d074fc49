/** Shared display helpers: time in Asia/Shanghai whatever the browser's zone, and figures with units. */
import type { Res } from './client.ts';
import type { Lang } from './i18n.tsx';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, withTime: boolean, seconds: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}|${seconds}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
      ...(seconds ? { second: '2-digit' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

function parse(iso: string): Date | null {
  // a bare date (YYYY-MM-DD) is a Beijing calendar day, not midnight UTC
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+08:00`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formats a UTC instant for display in China Standard Time (Asia/Shanghai), to the second. */
export function formatTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = parse(iso);
  return d ? fmt(lang, true, true).format(d) : iso;
}

/** Beijing date and time to the minute (lists, deadlines). */
export function formatMinute(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = parse(iso);
  return d ? fmt(lang, true, false).format(d) : iso;
}

/** The Beijing calendar day of an instant or a bare date. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = parse(iso);
  return d ? fmt(lang, false, false).format(d) : iso;
}

const dayFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A calendar day (YYYY-MM-DD) in Beijing for a timestamp or Date; today by default. */
export function beijingDay(v: string | Date = new Date()): string {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return dayFmt.format(typeof v === 'string' ? new Date(v) : v);
}

const minuteFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The month (YYYY-MM) in Beijing now. */
export function beijingMonth(): string {
  return beijingDay().slice(0, 7);
}

/** The year in Beijing now. */
export function beijingYear(): number {
  return Number(beijingDay().slice(0, 4));
}

/** A timestamp in Beijing to the minute, YYYY-MM-DD HH:mm, the same in every language. */
export function beijingMinute(v: string): string {
  return minuteFmt.format(new Date(v)).replace(/\//g, '-');
}

/** The hour of the day in Beijing (0–23), e.g. for a greeting. */
export function beijingHour(now: Date = new Date()): number {
  return (
    Number(
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(
        now,
      ),
    ) % 24
  );
}

/** The unit of a dashboard figure, as /api/home/stats answers it. */
export type FigureUnit = Res<'get', '/api/home/stats'>[number]['unit'];

/** A dashboard figure with its unit, in the user's language; null is a dash (nothing to count yet). */
export function formatFigure(value: number | null | undefined, unit: FigureUnit, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = (v: number, digits = 2) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(v);
  const zh = lang === 'zh-CN';
  switch (unit) {
    case 'percent':
      return `${n(value, 1)}%`;
    case 'yuan':
      return zh ? `${n(value)} 元` : `CNY ${n(value)}`;
    case 'wan_yuan':
      // 万元 is ten thousand yuan: English readers get the yuan amount itself
      return zh ? `${n(value)} 万元` : `CNY ${n(value * 10_000, 0)}`;
    case 'hours':
      return zh ? `${n(value, 1)} 小时` : `${n(value, 1)} h`;
    case 'days':
      return zh ? `${n(value, 1)} 天` : `${n(value, 1)} days`;
    case 'score':
      return zh ? `${n(value, 1)} 分` : `${n(value, 1)} pts`;
    default:
      return n(value, 0);
  }
}
