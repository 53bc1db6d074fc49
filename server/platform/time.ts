/** Calendar days in China Standard Time (Asia/Shanghai: UTC+8, no daylight saving). */

/** The Asia/Shanghai calendar day of an instant (now by default), as YYYY-MM-DD. */
export function shanghaiDay(d: Date = new Date()): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The Asia/Shanghai time of an instant to the minute, as 'YYYY-MM-DD HH:mm' (registers and sheets). */
export function shanghaiMinute(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Asia/Shanghai calendar year of an instant (now by default). */
export function shanghaiYearOf(d: Date = new Date()): number {
  return new Date(d.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** An Asia/Shanghai calendar year as instants [from, to). */
export function shanghaiYearRange(year: number) {
  return {
    from: new Date(Date.UTC(year, 0, 1) - 8 * 3600_000),
    to: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000),
  };
}

/** This Asia/Shanghai calendar year. */
export const shanghaiThisYear = () => Number(shanghaiDay().slice(0, 4));
