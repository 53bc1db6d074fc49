/**
 * The academy's year of awards and plans per track in the demo district, made through the training
 * service after seedTraining: reruns of three courses by 许老师 (the demo teacher `jiaoshi`), 邹紫娟 and
 * 李教授 that all three secretaries attend; the secretaries rate the classes they attended; the
 * 学苑工作委员会 of five (the organisation department `zzb` in the chair); the year's nominations,
 * 许老师's 优秀教师 reviewed and awarded with a number (she is told), a 精品课程 approved and waiting
 * for the decision, the rest waiting for the committee; and the plans of 领航, 雏鹰 and 常青藤 with
 * their hours and required courses.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';

/** Seeds the awards and track plans (after seedTraining, with its actors and node). */
export async function seedTrainingAwards(
  services: Services,
  db: Db,
  a: { org: RequestContext; teacher: RequestContext; learners: RequestContext[]; node: string; year: number },
  today: Date,
): Promise<void> {
  const tr = services.training;
  const { org, teacher, learners, node, year } = a;
  const courses = await tr.courses(org, { nodeId: node });
  const byCode = new Map(courses.map((c) => [c.code, c]));
  const teachers = await tr.teachers(org, { nodeId: node });
  const teacherId = (name: string) => teachers.find((x) => x.name === name)!.id;
  const at = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d, 1));

  // reruns every secretary attends
  const reruns: [string, string, number, number][] = [
    ['YL-02', '许老师', 3, 12],
    ['FW-01', '许老师', 8, 20],
    ['YL-01', '邹紫娟', 6, 10],
    ['ZZ-01', '李教授', 4, 15],
  ];
  for (const [code, name, m, d] of reruns) {
    const c = byCode.get(code)!;
    const starts = at(m, d);
    if (starts.getTime() > today.getTime() - 86400_000) continue;
    const { id } = await tr.addClass(org, {
      nodeId: node,
      courseId: c.id,
      teacherId: teacherId(name),
      title: `${c.title}（第二期）`,
      mode: 'offline',
      place: '街道党群服务中心三楼',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + c.hours * 3600_000).toISOString(),
      hours: c.hours,
    });
    for (const l of learners) await tr.enrol(l, id);
    await tr.markAttendance(teacher, id, { userIds: learners.map((l) => l.actor!.userId) });
    await tr.setStatus(teacher, id, { status: 'held' });
    await db
      .updateTable('training_enrolments')
      .set({ enrolled_at: new Date(starts.getTime() - 3 * 86400_000), attended_at: starts })
      .where('class_id', '=', id)
      .execute();
  }

  // the secretaries rate what they attended: 许老师 5 stars, others 3–5
  const { from, to } = { from: `${year}-01-01`, to: `${year}-12-31` };
  for (const [li, l] of learners.entries()) {
    const list = await tr.classes(l, { from, to });
    for (const [i, k] of list.entries())
      if (k.status === 'held' && ['qr', 'manual', 'online'].includes(k.mine))
        await tr.rateClass(l, k.id, { stars: k.teacherName === '许老师' ? 5 : 3 + ((i + li) % 3) });
  }

  // 学苑工作委员会
  const members: [string, 'chair' | 'vice_chair' | 'member', string, string | undefined][] = [
    ['万部长', 'chair', '区委组织部', org.actor!.userId],
    ['周校长', 'vice_chair', '区委党校', undefined],
    ['邵主任', 'member', '街道党工委', undefined],
    ['何书记', 'member', '十五奎巷社区', undefined],
    ['沈老师', 'member', '区委党校', undefined],
  ];
  for (const [name, duty, organisation, userId] of members)
    await tr.addMember(org, { nodeId: node, name, duty, organisation, userId });

  await tr.nominate(org, { nodeId: node, year });
  const list = await tr.awards(org, { nodeId: node, year });
  const best = list.find((w) => w.kind === 'excellent_teacher' && w.teacherName === '许老师');
  if (best) {
    await tr.review(org, best.id, {
      agree: 5,
      against: 0,
      opinion: '授课评价高，到课率和通过率均居前列',
      version: best.version,
    });
    await tr.decide(org, best.id, { version: best.version + 1 });
  }
  const course = list.find((w) => w.kind === 'fine_course');
  if (course)
    await tr.review(org, course.id, {
      agree: 4,
      against: 1,
      opinion: '课程来自基层实践，建议授予',
      version: course.version,
    });

  // plans per track
  const ids = (codes: string[]) => codes.map((c) => byCode.get(c)!.id);
  const plans: [string, number, string[], string][] = [
    ['lead', 40, ['ZZ-01', 'YL-01', 'YL-02'], '一把手须完成党建引领和书记工作法两门领航课'],
    ['eagle', 48, ['ZZ-01', 'ZY-01', 'ZY-02', 'FW-01'], '年轻干部以专业力和群众工作为重点'],
    ['ivy', 16, ['ZZ-02', 'FF-01'], '退出现职领导干部以政治学习和廉洁自律为主'],
  ];
  for (const [track, hours, codes, note] of plans)
    await tr.setPlan(org, { nodeId: node, year, track, requiredHours: hours, courseIds: ids(codes), note });
}
