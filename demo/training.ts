/**
 * A year of 领雁学苑 in the demo district (Shangcheng's academy, seed 001), made through the
 * training service: teachers in the five pools (the demo teacher `jiaoshi` among the 治社名师), the
 * standard 五力十课, a class a month offline and online with the secretaries `shequ`, `ganbu` and
 * `cunji` checked in by QR code or by the teacher's roll call, two 头雁论坛 forums whose problems
 * became a course, an exam passed with certificates (and one failed attempt), an exam open now, and a
 * class next week. The organisation department `zzb` runs the academy. Dates are moved back into the year.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { seedTrainingAwards } from './training.awards.ts';

/** Seeds the academy; a no-op when the demo accounts are missing or teachers exist. */
export async function seedTraining(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [org, teacher, shequ, ganbu, cunji] = await Promise.all(
    ['zzb', 'jiaoshi', 'shequ', 'ganbu', 'cunji'].map(ctxOf),
  );
  if (!org || !teacher || !shequ || !ganbu || !cunji) return;
  if (
    await db
      .selectFrom('training_teachers')
      .select('id')
      .where('district_id', '=', districtId)
      .executeTakeFirst()
  )
    return;
  const tr = services.training;
  const node = org.actor!.grants[0].nodeId;
  const year = new Date(today.getTime() + 8 * 3600_000).getUTCFullYear();

  const teachers: [string, string, string, string, string | undefined][] = [
    ['master', '许老师', '紫阳街道领雁学苑', '社区治理实战、书记工作法', teacher.actor!.userId],
    ['master', '邹紫娟', '上羊市街社区', '老旧小区治理', undefined],
    ['expert', '李教授', '市委党校', '党的创新理论', undefined],
    ['expert', '张律师', '金道律师事务所', '基层治理法律实务', undefined],
    ['red_mentor', '老周', '退休老党员', '党史故事', undefined],
    ['red_mentor', '陈书记', '十五奎巷社区', '红色物业', undefined],
    ['grassroots', '王阿姨', '居民骨干', '楼道自治', undefined],
    ['grassroots', '刘师傅', '小区业委会', '物业矛盾调处', undefined],
    ['post8090', '小吴', '街道团工委', '数字化工具', undefined],
    ['post8090', '小孙', '社区社工', '公文写作', undefined],
  ];
  const teacherIds: string[] = [];
  for (const [pool, name, organisation, specialty, userId] of teachers)
    teacherIds.push(
      (
        await tr.addTeacher(org, {
          nodeId: node,
          pool: pool as 'master',
          name,
          organisation,
          specialty,
          userId,
        })
      ).id,
    );
  await tr.loadStandard(org, node);
  const courses = await tr.courses(org, { nodeId: node });
  const byCode = new Map(courses.map((c) => [c.code, c]));

  const at = (m: number, d: number, h = 9) => new Date(Date.UTC(year, m - 1, d, h - 8));
  const learners = [shequ, ganbu, cunji];
  const plan: [string, number, number, 'online' | 'offline'][] = [
    ['ZZ-01', 1, 16, 'online'],
    ['YL-01', 2, 20, 'offline'],
    ['ZY-01', 3, 18, 'online'],
    ['YL-02', 4, 22, 'offline'],
    ['FW-01', 5, 19, 'offline'],
    ['ZY-02', 6, 17, 'online'],
    ['FF-01', 7, 15, 'offline'],
    ['FW-02', 9, 16, 'online'],
    ['ZZ-02', 10, 21, 'offline'],
    ['FF-02', 11, 18, 'offline'],
  ];
  const now = today.getTime();
  for (const [i, [code, m, d, mode]] of plan.entries()) {
    const c = byCode.get(code)!;
    const starts = at(m, d);
    if (starts.getTime() > now - 86400_000) continue;
    const { id } = await tr.addClass(org, {
      nodeId: node,
      courseId: c.id,
      teacherId: teacherIds[i % teacherIds.length],
      title: c.title,
      mode,
      place: mode === 'online' ? '钉钉直播' : '街道党群服务中心三楼',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + c.hours * 3600_000).toISOString(),
      hours: c.hours,
    });
    for (const l of learners) await tr.enrol(l, id);
    const open = await tr.openCheckin(teacher, id, { minutes: 600 }, 'http://localhost');
    await tr.checkin(shequ, open.token);
    const present = [ganbu, cunji].filter((_, j) => (i + j) % 4 !== 3).map((l) => l.actor!.userId);
    if (present.length) await tr.markAttendance(teacher, id, { userIds: present });
    await tr.setStatus(teacher, id, { status: 'held' });
    await db
      .updateTable('training_enrolments')
      .set({ enrolled_at: new Date(starts.getTime() - 3 * 86400_000) })
      .where('class_id', '=', id)
      .execute();
    await db
      .updateTable('training_enrolments')
      .set({ attended_at: new Date(starts.getTime() + 10 * 60_000) })
      .where('class_id', '=', id)
      .where('attended_at', 'is not', null)
      .execute();
  }
  // a class next week the secretaries have enrolled in
  const next = new Date(now + 6 * 86400_000);
  next.setUTCHours(1, 0, 0, 0);
  const upcoming = byCode.get('YL-01')!;
  const { id: nextId } = await tr.addClass(org, {
    nodeId: node,
    courseId: upcoming.id,
    teacherId: teacherIds[0],
    title: `${upcoming.title}（第二期）`,
    mode: 'offline',
    place: '街道党群服务中心三楼',
    startsAt: next.toISOString(),
    endsAt: new Date(next.getTime() + 3 * 3600_000).toISOString(),
    hours: 3,
  });
  for (const l of [shequ, ganbu]) await tr.enrol(l, nextId);

  // 头雁论坛: hard problems, one made into a course
  const f1 = await tr.addForum(org, {
    nodeId: node,
    title: '老旧小区加装电梯怎么推',
    heldOn: `${year}-05-28`,
  });
  const p1 = await tr.raiseProblem(shequ, f1.id, {
    text: '低层住户反对加装电梯，协调会开了三次仍谈不拢',
    kind: 'dispute',
  });
  await tr.raiseProblem(ganbu, f1.id, { text: '加装电梯的资金分摊没有统一标准', kind: 'blockage' });
  const f2 = await tr.addForum(org, {
    nodeId: node,
    title: '物业退出后的小区怎么管',
    heldOn: `${year}-09-25`,
  });
  await tr.raiseProblem(cunji, f2.id, { text: '物业撤场后垃圾清运和门岗无人负责', kind: 'difficulty' });
  await tr.problemToCourse(org, p1.id, {
    power: 'service',
    code: 'LT-01',
    title: '加装电梯中的群众工作',
    description: '来自头雁论坛：低层住户的顾虑与协商办法',
    hours: 2,
    mode: 'offline',
  });

  // exams: the 头雁领航 exam passed (certificates), the law exam open now
  const q = (text: string, options: string[], answer: number) => ({ text, options, answer, points: 20 });
  const questions = [
    q('领雁学苑培养对象是？', ['社区党委书记', '物业经理', '网格员'], 0),
    q('“五力”不包括？', ['政治力', '引领力', '购买力'], 2),
    q('头雁论坛的作用是？', ['收集难题并形成课程', '评选先进', '考核打分'], 0),
    q('师资库有几个？', ['三个', '五个', '七个'], 1),
    q('线上教学平台可以是？', ['钉钉', '纸质考卷', '广播'], 0),
  ];
  const exam = await tr.addExam(org, {
    courseId: byCode.get('YL-02')!.id,
    title: '头雁领航结业考试',
    durationMin: 30,
    passMark: 60,
    maxAttempts: 3,
    questions,
  });
  await tr.setExamStatus(org, exam.id, { status: 'open' });
  const take = async (who: RequestContext, answers: number[], when: Date) => {
    const a = await tr.startAttempt(who, exam.id);
    await tr.submitAttempt(who, a.id, { answers });
    await db
      .updateTable('training_attempts')
      .set({ started_at: when, submitted_at: new Date(when.getTime() + 20 * 60_000) })
      .where('id', '=', a.id)
      .execute();
    await db
      .updateTable('training_certificates')
      .set({ issued_at: new Date(when.getTime() + 20 * 60_000) })
      .where('attempt_id', '=', a.id)
      .execute();
  };
  await take(shequ, [0, 2, 0, 1, 0], at(5, 6, 14));
  await take(ganbu, [0, 2, 0, 0, 0], at(5, 6, 14));
  await take(cunji, [1, 0, 0, 0, 1], at(5, 6, 14));
  await take(cunji, [0, 2, 0, 1, 1], at(5, 13, 14));
  const law = await tr.addExam(org, {
    courseId: byCode.get('ZY-01')!.id,
    title: '基层治理法律知识测试',
    durationMin: 20,
    passMark: 60,
    maxAttempts: 2,
    questions: [
      q('人民调解协议经司法确认后具有？', ['强制执行力', '建议效力', '无效力'], 0),
      q('居民委员会是？', ['基层群众性自治组织', '一级政府', '事业单位'], 0),
    ],
  });
  await tr.setExamStatus(org, law.id, { status: 'open' });

  await seedTrainingAwards(services, db, { org, teacher, learners, node, year }, today);
}
