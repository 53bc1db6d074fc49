/** A cadre's quarterly sheet as a printable A4 page (HTML). */
import type { RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import type { SheetDetail } from './assessment.schemas.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sheet as an A4 page. */
export function sheetHtml(d: SheetDetail, lang: RequestContext['lang']): string {
  const g = d.grade ? t(lang, `assessment.grade.${d.grade}`) : '—';
  const rows = d.items
    .map(
      (i) =>
        `<tr><td>${esc(i.name)}</td><td>${i.weight}</td><td>${i.self ?? ''}</td><td>${i.unit ?? ''}</td><td>${esc(i.evidence)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(d.personName)} ${d.quarter} 平时考核表</title>
<style>@page{size:A4;margin:18mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:12pt}table{width:100%;border-collapse:collapse}td,th{border:1px solid #333;padding:4px;vertical-align:top}h1{text-align:center;font-size:18pt}pre{white-space:pre-wrap;font-family:inherit}</style></head>
<body><h1>${d.quarter} 公务员平时考核登记表</h1>
<table><tr><th>姓名</th><td>${esc(d.personName)}</td><th>单位</th><td>${esc(d.unitName)}</td></tr>
<tr><th>职务</th><td>${esc(d.post)}</td><th>职级</th><td>${esc(d.rankTitle)}</td></tr></table>
<h2>考核指标</h2><table><tr><th>指标</th><th>权重</th><th>自评</th><th>单位评分</th><th>佐证</th></tr>${rows}</table>
<h2>个人小结</h2><pre>${esc(d.summary)}</pre>
<h2>单位意见</h2><pre>${esc(d.unitComment)}</pre>
<h2>考核结果</h2><p>得分：${d.score ?? '—'} &#12288;等次：${g}</p><pre>${esc(d.orgComment)}</pre>
<script>window.onload=()=>window.print&&0</script></body></html>`;
}
