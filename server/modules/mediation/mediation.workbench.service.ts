/**
 * Mediation on the home page, the dashboards and paper: what waits (cases to assign, cases to hear,
 * confirmations awaiting the court), the figures Futian reports (seed 003: settled ÷ concluded, the
 * share settled in people's mediation rooms, judicial confirmations, 心访 referrals) per node and per
 * room, the case register in Excel, and the agreement as a printable page.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { SubtreeRoot } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { caseScope, type MediationCore, type MediationDeps } from './mediation.core.ts';
import * as repo from './mediation.repository.ts';
import { settlementRate } from './mediation.rules.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const ROLE = { applicant: '申请人', respondent: '被申请人', other: '其他当事人' } as const;
const STATE_ZH: Record<string, string> = {
  received: '已受理',
  assigned: '已分派',
  mediating: '调解中',
  agreed: '达成协议',
  confirming: '司法确认中',
  failed: '调解不成',
  litigating: '诉调对接中',
  closed: '已办结',
};
const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 100);

/** Builds the workbench, figures, export and print verbs. */
export function createMediationWorkbench(deps: MediationDeps & { core: MediationCore }) {
  const { db, core } = deps;

  async function figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
    const actor = requirePermission(ctx, 'mediation.read');
    const year = q.year ?? shanghaiThisYear();
    const { from, to } = shanghaiYearRange(year);
    const roots: SubtreeRoot[] = q.nodeId
      ? [await core.nodeFor(ctx, q.nodeId, 'mediation.read')]
      : scopePaths(actor, 'mediation.read').map((path) => ({ path }));
    const sum = {
      received: 0,
      concluded: 0,
      settled: 0,
      settled_in_rooms: 0,
      confirmed: 0,
      psychological: 0,
    };
    const rooms: {
      id: string;
      name: string;
      kind: 'people' | 'court' | 'petition' | 'trade';
      concluded: number;
      settled: number;
      rate: number | null;
    }[] = [];
    for (const r of roots) {
      const f = await repo.figures(db, r, from, to);
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += f[k];
      for (const x of await repo.roomFigures(db, r, from, to))
        rooms.push({
          id: x.id,
          name: x.name,
          kind: x.kind as 'people',
          concluded: x.concluded,
          settled: x.settled,
          rate: settlementRate(x.settled, x.concluded),
        });
    }
    return {
      year,
      received: sum.received,
      concluded: sum.concluded,
      settled: sum.settled,
      rate: settlementRate(sum.settled, sum.concluded),
      inRoomsShare: sum.settled ? sum.settled_in_rooms / sum.settled : null,
      confirmed: sum.confirmed,
      psychological: sum.psychological,
      rooms,
    };
  }

  return {
    figures,

    /** What waits for the actor: cases to hear (mediators), cases to assign and confirmations pending (officers). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      if (!can(ctx.actor, 'mediation.read')) return out;
      const mine = caseScope(ctx.actor, 'mediation.mediate');
      if (mine.mediator.length) {
        const s = { ...mine, officer: [] };
        const page = await repo.listCases(db, s, { open: true, limit: 50, offset: 0 });
        const toHear = page.items.filter(
          (c) =>
            c.mediator_user_id === ctx.actor!.userId &&
            ['assigned', 'mediating', 'agreed', 'confirming', 'failed', 'litigating'].includes(c.state),
        );
        if (toHear.length)
          out.push({
            key: 'mediation.to_hear',
            module: 'mediation',
            label: t(ctx.lang, 'mediation.todo.to_hear'),
            count: toHear.length,
            href: '/mediation',
            level: 'yellow',
            entries: toHear
              .slice(0, 5)
              .map((c) => ({ id: c.id, title: `${c.number} ${c.title}`, href: `/mediation/cases/${c.id}` })),
          });
      }
      if (can(ctx.actor, 'mediation.manage')) {
        const s = { ...caseScope(ctx.actor, 'mediation.manage'), mediator: [] };
        const page = await repo.listCases(db, s, { state: 'received', limit: 50, offset: 0 });
        if (page.total)
          out.push({
            key: 'mediation.to_assign',
            module: 'mediation',
            label: t(ctx.lang, 'mediation.todo.to_assign'),
            count: page.total,
            href: '/mediation?state=received',
            level: 'red',
            entries: page.items
              .slice(0, 5)
              .map((c) => ({ id: c.id, title: `${c.number} ${c.title}`, href: `/mediation/cases/${c.id}` })),
          });
      }
      return out;
    },

    /** The node's figures for a year (seed 003's settlement rate and share in rooms). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'mediation.read', node.path)) return [];
      // a mediator's dashboard would count others' cases: officers' figures only
      if (!scopePaths(ctx.actor, 'mediation.export').some((p) => node.path.startsWith(p))) return [];
      const { from, to } = shanghaiYearRange(year);
      const f = await repo.figures(db, node, from, to);
      const stat = statMaker(ctx.lang, 'mediation', 'def', { year });
      return [
        stat('received', f.received, 'count'),
        stat('settled', f.settled, 'count'),
        stat('settlement_rate', round(settlementRate(f.settled, f.concluded)), 'percent'),
        stat('in_rooms_share', round(f.settled ? f.settled_in_rooms / f.settled : null), 'percent'),
        stat('confirmed', f.confirmed, 'count'),
        stat('psychological', f.psychological, 'count'),
      ];
    },

    /** The case register of a year as .xlsx (parties masked). */
    async exportCases(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'mediation.export');
      const year = q.year ?? shanghaiThisYear();
      const under = q.nodeId ? (await core.nodeFor(ctx, q.nodeId, 'mediation.export')).path : undefined;
      const s = caseScope(actor, 'mediation.export');
      const rows: Record<string, string | number | null>[] = [];
      const { from, to } = shanghaiYearRange(year);
      for (let offset = 0; ; offset += 200) {
        const page = await repo.listCases(db, s, { under, limit: 200, offset });
        const inYear = page.items.filter((c) => c.received_at >= from && c.received_at < to);
        for (const c of inYear) {
          const parties = await core.parties(c);
          rows.push({
            number: c.number,
            node: c.node_name,
            room: c.room_name ?? '',
            source: t('zh-CN', `mediation.source.${c.source}`),
            category: t('zh-CN', `mediation.category.${c.category}`),
            title: c.title,
            parties: parties.map((p) => `${ROLE[p.role]}：${p.name}`).join('；'),
            state: STATE_ZH[c.state],
            result: c.result === 'settled' ? '调解成功' : c.result === 'unsettled' ? '调解不成' : '',
            receivedAt: c.received_at.toISOString().slice(0, 10),
            concludedAt: c.concluded_at?.toISOString().slice(0, 10) ?? '',
          });
        }
        if (page.items.length < 200 || rows.length > 50000) break;
      }
      const buf = await writeWorkbook([
        {
          name: `${year}矛盾纠纷调解台账`,
          columns: [
            { key: 'number', header: '案件编号', width: 14 },
            { key: 'node', header: '发生地', width: 14 },
            { key: 'room', header: '调解室', width: 20 },
            { key: 'source', header: '来源', width: 10 },
            { key: 'category', header: '纠纷类型', width: 12 },
            { key: 'title', header: '纠纷简况', width: 30 },
            { key: 'parties', header: '当事人', width: 30 },
            { key: 'state', header: '状态', width: 12 },
            { key: 'result', header: '结果', width: 10 },
            { key: 'receivedAt', header: '受理日期', width: 12 },
            { key: 'concludedAt', header: '办结日期', width: 12 },
          ],
          rows,
        },
      ]);
      await deps.auditor.record(ctx, {
        action: 'mediation.export',
        objectType: 'mediation',
        objectId: q.nodeId ?? null,
        districtId: actor.grants[0]?.districtId ?? null,
        detail: { year, rows: rows.length },
      });
      return { name: `${year}矛盾纠纷调解台账`, buf };
    },

    /** The agreement 人民调解协议书 as a printable page; parties in full for whoever may reveal them (audited). */
    async agreementHtml(ctx: RequestContext, id: string) {
      const c = await core.visibleCase(ctx, id, 'mediation.read');
      const a = await repo.agreementOf(db, c.district_id, c.id);
      if (!a) return null;
      const full =
        core.mayMediate(ctx.actor, c) &&
        !!ctx.actor?.grants.some(
          (g) => c.path.startsWith(g.path) && ['mediator', 'community_officer'].includes(g.role),
        );
      const parties = await core.parties(c, full);
      if (full)
        await deps.auditor.record(ctx, {
          action: 'mediation.agreement.print',
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { parties: parties.length },
        });
      const p = (x: (typeof parties)[number]) =>
        `<tr><th>${ROLE[x.role]}</th><td>${esc(x.name)}</td><td>${esc(x.idNumber ?? '')}</td><td>${esc(x.phone ?? '')}</td></tr>`;
      return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>人民调解协议书 ${esc(c.number)}</title>
<style>body{font-family:"SimSun","Songti SC",serif;max-width:760px;margin:24px auto;line-height:1.9;font-size:16px}
h1{text-align:center;font-size:24px;letter-spacing:4px}.no{text-align:right}table{width:100%;border-collapse:collapse;margin:12px 0}
th,td{border:1px solid #000;padding:4px 8px;text-align:left}.sign{display:flex;justify-content:space-between;margin-top:48px}
@media print{button{display:none}}</style></head><body>
<button onclick="window.print()">打印</button>
<h1>人民调解协议书</h1><p class="no">编号：${esc(c.number)}</p>
<table><tr><th>身份</th><th>姓名</th><th>公民身份号码</th><th>联系电话</th></tr>${parties.map(p).join('')}</table>
<p><b>纠纷简要情况：</b>${esc(c.summary)}</p>
<p><b>经调解，自愿达成如下协议：</b></p><p style="white-space:pre-wrap">${esc(a.text)}</p>
<p><b>履行方式、时限：</b>${esc(a.performance)}</p>
<p>本协议一式三份，当事人、人民调解委员会各持一份。当事人可以自协议生效之日起三十日内共同向人民法院申请司法确认。</p>
<div class="sign"><span>当事人（签名）：</span><span>调解员（签名）：</span></div>
<div class="sign"><span>${esc(c.room_name ?? '')}（盖章）</span><span>${esc(a.signed_on)}</span></div>
</body></html>`;
    },
  };
}
