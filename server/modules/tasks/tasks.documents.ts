/**
 * Orders as official documents: a printable A4 HTML page in the red-header style of Party and
 * government documents, and a PDF with real (extractable) Chinese text in a system CJK font.
 */
import fs from 'node:fs';
import PDFDocument from 'pdfkit';

/** What an order document shows. */
export interface OrderDocument {
  typeName: string;
  type: 'responsibility' | 'commendation' | 'accountability';
  status: 'draft' | 'issued' | 'dismissed';
  number: string | null;
  title: string;
  body: string;
  taskTitle: string;
  goal: string;
  units: string[];
  commander: string | null;
  indicators: string[];
  milestones: { title: string; due: string; weight: number }[];
  deadline: string;
  /** Calendar day of issue (Asia/Shanghai). */
  issuedOn: string | null;
}

/** The issuing authority printed in the red header. */
export const ISSUER = '中共深圳市福田区委组织部';

/** CJK fonts looked for, in order (Debian fonts-wqy-microhei first); family is the PostScript name inside a .ttc. */
export const CJK_FONTS: { path: string; family?: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

/** The first CJK font present on this machine, or null. */
export function findCjkFont(candidates = CJK_FONTS): { path: string; family?: string } | null {
  return candidates.find((f) => fs.existsSync(f.path)) ?? null;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Chinese calendar date for the signature line: 2026-11-23 → 2026年11月23日. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The printable A4 page. */
export function orderHtml(d: OrderDocument): string {
  const draft = d.status !== 'issued';
  const paragraphs = d.body
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const milestones = d.milestones
    .map(
      (m, i) =>
        `<tr><td>${i + 1}</td><td>${esc(m.title)}</td><td>${esc(m.due)}</td><td>${m.weight}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.number ?? d.title)}</title>
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
.draft { color: #c00; border: 2px solid #c00; display: inline-block; padding: 0 4mm; font-size: 14pt; }
@media screen { body { padding: 20mm; background: #fff; box-shadow: 0 0 4mm #ccc; margin: 8mm auto; } }
</style></head>
<body>
<div class="header">${ISSUER}${esc(d.typeName)}</div>
<div class="number">${d.number ? esc(d.number) : '<span class="draft">草稿 · 未签发</span>'}</div>
<hr class="rule">
<h1>${esc(d.title)}</h1>
${paragraphs}
<table><thead><tr><th>序号</th><th>节点</th><th>完成时间</th><th>权重</th></tr></thead><tbody>${milestones}</tbody></table>
<p>责任单位：${esc(d.units.join('、') || '—')}；挂帅领导：${esc(d.commander ?? '—')}；完成时限：${esc(d.deadline)}。</p>
<div class="sign"><span class="seal">（印章）</span>
<div>${ISSUER}</div>
<div>${d.issuedOn ? chineseDate(d.issuedOn) : '（未签发）'}</div></div>
${draft ? '' : ''}
</body></html>`;
}

/** The order as PDF bytes, typeset in the given CJK font so the text can be extracted. */
export function orderPdf(d: OrderDocument, font: { path: string; family?: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 100, bottom: 90, left: 80, right: 74 },
      info: { Title: d.title },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (font.family) doc.registerFont('cjk', font.path, font.family);
    else doc.registerFont('cjk', font.path);
    doc.font('cjk');
    const width = doc.page.width - 154;
    doc.fillColor('#cc0000').fontSize(24).text(`${ISSUER}${d.typeName}`, { align: 'center', width });
    doc
      .moveDown(0.6)
      .fillColor('#000000')
      .fontSize(14)
      .text(d.number ?? '草稿 · 未签发', { align: 'center', width });
    const y = doc.y + 6;
    doc
      .moveTo(80, y)
      .lineTo(80 + width, y)
      .lineWidth(1.5)
      .strokeColor('#cc0000')
      .stroke();
    doc.y = y + 18;
    doc.fillColor('#000000').fontSize(18).text(d.title, { align: 'center', width });
    doc.moveDown(0.8).fontSize(13);
    for (const p of d.body.split('\n').filter(Boolean)) doc.text(p, { indent: 26, lineGap: 6, width });
    doc.moveDown(0.5).fontSize(12).text('节点安排：', { width });
    d.milestones.forEach((m, i) =>
      doc.text(`${i + 1}. ${m.title}（${m.due}，权重 ${m.weight}）`, { width, lineGap: 3 }),
    );
    doc.moveDown(0.5).fontSize(13);
    doc.text(
      `责任单位：${d.units.join('、') || '—'}；挂帅领导：${d.commander ?? '—'}；完成时限：${d.deadline}。`,
      { width, lineGap: 6 },
    );
    doc.moveDown(2);
    doc.text(ISSUER, { align: 'right', width });
    doc.text(d.issuedOn ? chineseDate(d.issuedOn) : '（未签发）', { align: 'right', width });
    doc.fillColor('#cc0000').fontSize(11).text('（印章）', { align: 'right', width });
    doc.end();
  });
}
