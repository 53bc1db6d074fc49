/**
 * 专职党务工作者 on the home page and dashboards: vacant posts, contracts ending within 60 days and
 * appraisals due, for whoever places and appraises (streets and the district); the figures per node;
 * the post register as Excel, one row a post (vacancies as “（空缺）”), in the columns the import reads.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { postOut, targetOf, today, workerOut } from './partyworkers.core.ts';
import * as repo from './partyworkers.repository.ts';
import { appraisalYearDue, CONTRACT_WARN_DAYS, pct } from './partyworkers.rules.ts';

/** Builds the home-page, dashboard and export verbs. */
export function createPartyworkersWorkbench(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const paths = scopePaths(ctx.actor, 'partyworkers.manage');
      if (!paths.length) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        level: TodoItem['level'],
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `partyworkers.${key}`,
        module: 'partyworkers',
        label: t(ctx.lang, `partyworkers.todo.${key}`),
        count,
        href: '/partyworkers',
        level,
        entries: entries.slice(0, 5),
      });
      const vacant = (await repo.findPostNodes(db, nodeInPaths('n.id', paths)))
        .map(postOut)
        .filter((p) => p.vacant > 0);
      if (vacant.length)
        out.push(
          item(
            'vacancies',
            vacant.reduce((a, p) => a + p.vacant, 0),
            'yellow',
            vacant.map((p) => ({
              id: p.nodeId,
              title: t(ctx.lang, 'partyworkers.todo.vacancy_entry', {
                node: p.level === 'street' ? p.nodeName : `${p.streetName} ${p.nodeName}`,
                n: p.vacant,
              }),
              href: '/partyworkers',
            })),
          ),
        );
      const now = today();
      const by = shanghaiDay(new Date(Date.now() + CONTRACT_WARN_DAYS * 86_400_000));
      const ending = await repo.findContractsEnding(db, nodeInPaths('w.node_id', paths), by);
      if (ending.length)
        out.push(
          item(
            'contracts_ending',
            ending.length,
            ending.some((w) => w.contract_end < now) ? 'red' : 'normal',
            ending.map((w) => ({
              id: w.id,
              title: `${w.contract_end} · ${w.node_name} · ${w.name}`,
              href: `/partyworkers/workers/${w.id}`,
            })),
          ),
        );
      const year = appraisalYearDue(now);
      if (year !== null) {
        const due = await repo.findAppraisalsDue(db, nodeInPaths('w.node_id', paths), year);
        if (due.length)
          out.push(
            item(
              'appraisals_due',
              due.length,
              'normal',
              due.map((w) => ({
                id: w.id,
                title: `${year} · ${w.node_name} · ${w.name}`,
                href: `/partyworkers/workers/${w.id}`,
              })),
            ),
          );
      }
      return out;
    },

    /** The figures under a node: posts and vacancies now; placements and appraisals of the year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const posts = (await repo.findPostNodes(db, nodeInPaths('n.id', [node.path]))).map(postOut);
      const inScope = nodeInPaths('w.node_id', [node.path]);
      const f = await repo.findYearFigures(db, inScope, `${year}-01-01`, `${year + 1}-01-01`);
      const all = posts.reduce((a, p) => a + p.posts, 0);
      const filled = posts.reduce((a, p) => a + p.filled, 0);
      if (all === 0 && filled === 0 && f.placed === 0) return [];
      const vacant = posts.reduce((a, p) => a + p.vacant, 0);
      const grades = await repo.findGrades(db, inScope, year);
      const graded = grades.reduce((a, g) => a + Number(g.n), 0);
      const excellent = Number(grades.find((g) => g.grade === 'excellent')?.n ?? 0);
      const stat = statMaker(ctx.lang, 'partyworkers', 'def', { year });
      const out = [
        stat('posts', all, 'count'),
        stat('filled', filled, 'count'),
        stat('vacancy_rate', pct(vacant, all), 'percent'),
        stat('placed', f.placed, 'count'),
        stat('excellent_share', pct(excellent, graded), 'percent'),
      ];
      if (node.level === 'district') {
        const { target } = await targetOf(db, node.districtId);
        out.push({
          ...stat('target_progress', pct(f.placed, target), 'percent'),
          definition: t(ctx.lang, 'partyworkers.stat.target_progress.def', { year, target }),
        });
      }
      return out;
    },

    /** The register as Excel: one row a post, the worker in it or “（空缺）”. */
    async exportRegister(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'partyworkers.export', q.nodeId);
      const posts = (await repo.findPostNodes(db, nodeInPaths('n.id', paths))).map(postOut);
      const now = today();
      const workers = (await repo.findWorkers(db, nodeInPaths('w.node_id', paths), true)).map((w) =>
        workerOut(w, now),
      );
      const L = (k: string) => t(ctx.lang, k);
      const rows = posts.flatMap((p) => [
        ...workers
          .filter((w) => w.nodeId === p.nodeId)
          .map((w) => ({
            street: p.streetName,
            node: p.nodeName,
            name: w.name,
            phone: w.phone,
            startedOn: w.startedOn,
            contractEnd: w.contractEnd,
            qualifications: w.qualifications.map((x) => L(`partyworkers.qualification.${x}`)).join('、'),
            grade: w.lastGrade ? `${w.lastGrade.year} ${L(`partyworkers.grade.${w.lastGrade.grade}`)}` : '',
          })),
        ...Array.from({ length: p.vacant }, () => ({
          street: p.streetName,
          node: p.nodeName,
          name: ctx.lang === 'zh-CN' ? '（空缺）' : '(vacant)',
          phone: '',
          startedOn: '',
          contractEnd: '',
          qualifications: '',
          grade: '',
        })),
      ]);
      return writeWorkbook([
        {
          name: L('partyworkers.sheet.register'),
          columns: [
            { key: 'street', header: '街道', width: 14 },
            { key: 'node', header: '岗位', width: 16 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'phone', header: '联系电话', width: 14 },
            { key: 'startedOn', header: '到岗日期', width: 12 },
            { key: 'contractEnd', header: '合同到期', width: 12 },
            { key: 'qualifications', header: '资格条件', width: 30 },
            { key: 'grade', header: '最近考核', width: 12 },
          ],
          rows,
        },
      ]);
    },
  };
}
