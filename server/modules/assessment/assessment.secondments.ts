/**
 * What assessment reads from the secondments module for a cadre's one-person file: their front-line
 * secondments (基层一线实践锻炼, seed 002) with the street's rating, and their special assessments
 * (专项考察, seed 001). The port is defined here; the composition root passes a reader over the
 * secondments service. Optional: without it the file has no such section.
 */

/** A cadre's secondments and special assessments as the file shows them. */
export interface SecondmentFileRecord {
  secondments: {
    batch: string;
    workKind: string;
    street: string;
    startsOn: string;
    endsOn: string;
    /** excellent | competent | basic | incompetent, null while not rated. */
    rating: string | null;
    comment: string;
  }[];
  specials: {
    topic: string;
    startsOn: string;
    endsOn: string;
    /** good | fair | average | poor each, null while not rated. */
    attitude: string | null;
    responsibility: string | null;
    role: string | null;
    results: string | null;
    comment: string;
    /** praise | none | punish, null while not rated. */
    outcome: string | null;
  }[];
}

/** Reads a person's secondment record (the caller has already checked who may read the file). */
export type SecondmentRecordsReader = (districtId: string, personId: string) => Promise<SecondmentFileRecord>;

const RATING: Record<string, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
};
const MARK: Record<string, string> = { good: '好', fair: '较好', average: '一般', poor: '差' };
const OUTCOME: Record<string, string> = { praise: '表扬', none: '—', punish: '处理' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The printable file's section of secondments and special assessments ('' when there is none). */
export function secondmentsHtml(r: SecondmentFileRecord | null | undefined): string {
  if (!r || (!r.secondments.length && !r.specials.length)) return '';
  const rows = r.secondments
    .map(
      (s) =>
        `<tr><td>${s.startsOn} 至 ${s.endsOn}</td><td>${esc(s.batch)}</td><td>${esc(s.street)}</td><td>${esc(s.workKind)}</td><td>${s.rating ? RATING[s.rating] : ''}</td><td>${esc(s.comment)}</td></tr>`,
    )
    .join('');
  const specials = r.specials
    .map(
      (x) =>
        `<tr><td>${x.startsOn} 至 ${x.endsOn}</td><td>${esc(x.topic)}</td><td>${[x.attitude, x.responsibility, x.role, x.results].map((m) => (m ? MARK[m] : '')).join('/')}</td><td>${x.outcome ? OUTCOME[x.outcome] : ''}</td><td>${esc(x.comment)}</td></tr>`,
    )
    .join('');
  return (
    (rows
      ? `<h2>基层一线实践锻炼</h2><table><tr><th>期间</th><th>批次</th><th>街道</th><th>工作内容</th><th>鉴定</th><th>评语</th></tr>${rows}</table>`
      : '') +
    (specials
      ? `<h2>专项考察</h2><table><tr><th>期间</th><th>事项</th><th>态度/担当/作用/实绩</th><th>结果</th><th>评价</th></tr>${specials}</table>`
      : '')
  );
}
