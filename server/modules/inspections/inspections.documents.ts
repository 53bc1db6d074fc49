/**
 * The feedback letter 巡察反馈意见书 as a printable A4 page: the round, the unit, its problems
 * numbered 一、二、三 with their categories and the rectification suggestions numbered under each,
 * and the request to report a rectification plan.
 */

/** What a feedback letter shows. */
export interface FeedbackLetter {
  districtName: string;
  number: string | null;
  unitName: string;
  roundLabel: string;
  kindName: string;
  topic: string;
  periodStart: string;
  periodEnd: string;
  groupName: string;
  issuedOn: string | null;
  findings: { category: string; description: string; severity: string; suggestions: string[] }[];
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 2026-11-23 → 2026年11月23日 */
const chineseDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The printable page. */
export function feedbackHtml(d: FeedbackLetter): string {
  const issuer = `中共${d.districtName}委巡察工作领导小组`;
  const items = d.findings
    .map((f, i) => {
      const sugg = f.suggestions.map((s, j) => `<p class="sugg">（${j + 1}）${esc(s)}</p>`).join('');
      return `<h3>${chineseNumber(i + 1)}、【${esc(f.category)}】（${esc(f.severity)}）</h3>
<p>${esc(f.description)}</p>${sugg ? `<p class="label">整改建议：</p>${sugg}` : ''}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.number ?? '巡察反馈意见书')}</title>
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "WenQuanYi Micro Hei", serif; font-size: 16pt; line-height: 28pt; color: #000; margin: 0 auto; max-width: 156mm; }
.header { color: #c00; text-align: center; font-family: "SimSun", "宋体", "WenQuanYi Micro Hei", serif; font-size: 26pt; font-weight: bold; margin-top: 10mm; line-height: 36pt; }
.number { text-align: center; margin: 8mm 0 2mm; }
.rule { border: 0; border-top: 2px solid #c00; margin: 0 0 10mm; }
h1 { text-align: center; font-family: "SimHei", "黑体", "WenQuanYi Micro Hei", sans-serif; font-size: 22pt; line-height: 32pt; margin: 0 0 8mm; }
h3 { font-family: "SimHei", "黑体", "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; margin: 4mm 0 0; }
p { text-indent: 2em; margin: 0; }
p.sugg { text-indent: 2em; }
p.label { font-weight: bold; }
.sign { text-align: right; margin-top: 18mm; }
.draft { color: #c00; border: 2px solid #c00; display: inline-block; padding: 0 4mm; font-size: 14pt; }
@media screen { body { padding: 20mm; background: #fff; box-shadow: 0 0 4mm #ccc; margin: 8mm auto; } }
</style></head>
<body>
<div class="header">${esc(issuer)}</div>
<div class="number">${d.number ? esc(d.number) : '<span class="draft">草稿 · 未送达</span>'}</div>
<hr class="rule">
<h1>关于${esc(d.roundLabel)}${esc(d.kindName)}${esc(d.unitName)}的<br>巡察反馈意见书</h1>
<p>${esc(d.unitName)}：</p>
<p>根据区委统一部署，${esc(d.groupName || '区委巡察组')}于${chineseDate(d.periodStart)}至${chineseDate(d.periodEnd)}对你单位开展了${esc(d.kindName)}（${esc(d.topic)}）。现将巡察发现的问题（共${d.findings.length}个）和整改建议反馈如下：</p>
${items}
<p>请你单位对照上述问题逐项制定整改方案，明确整改时限，按时报送整改进展和销号材料。巡察组将逐项验收；对需要追究责任的，按规定移交问责。</p>
<div class="sign">
<div>${esc(issuer)}</div>
<div>${d.issuedOn ? chineseDate(d.issuedOn) : '（未送达）'}</div></div>
</body></html>`;
}
