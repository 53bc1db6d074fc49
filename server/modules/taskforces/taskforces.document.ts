/**
 * The 专班招募令 as an official document: a printable A4 HTML page in the red-header style of Party
 * documents (like tasks' orders), with its number, mission, posts and open period.
 */
import type { z } from 'zod';
import { shanghaiDay } from '../../platform/time.ts';
import type { orderView } from './taskforces.schemas.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Chinese calendar date: 2026-11-23 → 2026年11月23日. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The printable A4 page of an order. */
export function orderHtml(
  o: z.infer<typeof orderView> & { districtName: string; issuedOn: Date | string },
): string {
  const issuer = `中共${o.districtName}委组织部`;
  const paragraphs = o.mission
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const posts = o.posts
    .map(
      (p, i) =>
        `<tr><td>${i + 1}</td><td>${esc(p.title)}</td><td>${p.count}</td><td>${esc(p.requirements || '—')}</td></tr>`,
    )
    .join('');
  const audience =
    o.audience === 'retired'
      ? '本次招募面向退职领导干部，鼓励退职领导重返一线。'
      : '本次招募面向全区干部，退职领导干部优先。'; // retired leaders are welcome on every order
  const issued = typeof o.issuedOn === 'string' ? o.issuedOn.slice(0, 10) : shanghaiDay(o.issuedOn);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(o.number)}</title>
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "WenQuanYi Micro Hei", serif; font-size: 16pt; line-height: 28pt; color: #000; margin: 0 auto; max-width: 156mm; }
.header { color: #c00; text-align: center; font-family: "SimSun", "宋体", "WenQuanYi Micro Hei", serif; font-size: 30pt; font-weight: bold; letter-spacing: 2pt; margin-top: 10mm; line-height: 40pt; }
.number { text-align: center; margin: 8mm 0 2mm; }
.rule { border: 0; border-top: 2px solid #c00; margin: 0 0 10mm; }
h1 { text-align: center; font-family: "SimHei", "黑体", "WenQuanYi Micro Hei", sans-serif; font-size: 22pt; line-height: 32pt; margin: 0 0 8mm; }
p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 18pt; margin: 4mm 0; }
td, th { border: 1px solid #000; padding: 1mm 2mm; }
.sign { text-align: right; margin-top: 18mm; position: relative; }
.seal { display: inline-block; width: 42mm; height: 42mm; border: 2px dashed #c00; border-radius: 50%; color: #c00; text-align: center; line-height: 42mm; font-size: 12pt; position: absolute; right: 8mm; top: -14mm; opacity: .6; }
@media screen { body { padding: 20mm; background: #fff; box-shadow: 0 0 4mm #ccc; margin: 8mm auto; } }
</style></head>
<body>
<div class="header">${esc(issuer)}<br>专班招募令</div>
<div class="number">${esc(o.number)}</div>
<hr class="rule">
<h1>关于招募“${esc(o.name)}”专班成员的通知</h1>
${paragraphs}
<p>${audience}牵头单位：${esc(o.leadName)}。</p>
<table><thead><tr><th>序号</th><th>岗位</th><th>人数</th><th>任职要求</th></tr></thead><tbody>${posts}</tbody></table>
<p>报名时间：${chineseDate(o.openFrom)}至${chineseDate(o.openTo)}；专班工作自${chineseDate(o.termStart)}起。参与专班工作1年以上且表现突出的，给予一定晋升激励。</p>
<div class="sign"><span class="seal">（印章）</span>
<div>${esc(issuer)}</div>
<div>${chineseDate(issued)}</div></div>
</body></html>`;
}
