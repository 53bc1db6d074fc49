/** Calendar days in China Standard Time (Asia/Shanghai: UTC+8, no daylight saving). */

/** The Asia/Shanghai calendar day of an instant (now by default), as YYYY-MM-DD. */
export function shanghaiDay(d: Date = new Date()): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
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
