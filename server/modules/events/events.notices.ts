/**
 * Who is told about an event and in which words: the reporter (a grid worker or a resident) and
 * the department it is dispatched to, on receive, dispatch, return, handle, close and resolve, and
 * when its service-level timer turns yellow or red. Pure: the notices are sent by the caller
 * through the notify module, inside its transaction.
 */
import type { NotificationInput } from '../notify/index.ts';
import type { EventAction, TimerColour } from './events.rules.ts';

/** What a notice about an event needs to know. */
export interface NoticeEvent {
  districtId: string;
  eventId: string;
  title: string;
  /** The event's number (福田-20261206-0007), or its title when it has none. */
  number: string;
  reporterUserId: string | null;
  departmentId: string | null;
  handlingNodeId: string;
  /** Who acted: never told about their own act. */
  actorUserId?: string | null;
}

/** The web page of an event. */
export const eventHref = (id: string) => `/events/${id}`;

/** Which moves tell whom: the reporter, the department (a node notice), the handling node. */
const WHO: Partial<Record<EventAction, ('reporter' | 'department' | 'handling')[]>> = {
  receive: ['reporter'],
  dispatch: ['reporter', 'department'],
  return: ['reporter', 'handling'],
  handle: ['reporter', 'handling'],
  close: ['reporter', 'department'],
  resolve: ['reporter'],
  reject: ['reporter'],
};

/** The notices a move of an event sends. */
export function eventNoticeFor(action: EventAction, e: NoticeEvent): NotificationInput[] {
  const who = WHO[action] ?? [];
  const base = {
    districtId: e.districtId,
    kind: `events.${action}`,
    title: `事件 ${e.number}：${ZH_ACTION[action]}`,
    titleKey: 'events.notice.moved',
    titleParams: { number: e.number, action: { $t: `events.action.${action}` } },
    body: e.title,
    link: eventHref(e.eventId),
    objectType: 'event',
    objectId: e.eventId,
  };
  const out: NotificationInput[] = [];
  if (who.includes('reporter') && e.reporterUserId && e.reporterUserId !== e.actorUserId)
    out.push({ ...base, userId: e.reporterUserId });
  if (who.includes('department') && e.departmentId) out.push({ ...base, nodeId: e.departmentId });
  if (who.includes('handling')) out.push({ ...base, nodeId: e.handlingNodeId });
  return out;
}

/**
 * The notices of a service-level timer turning yellow or red: the department while it handles the
 * event (the handling node while it waits to be received) and the reporter; once per event, phase,
 * colour and deadline (the dedupe key), however often the sweep runs.
 */
export function timerNoticeFor(
  e: NoticeEvent,
  t: { phase: 'receive' | 'handle'; colour: TimerColour; deadline: Date },
): NotificationInput[] {
  if (t.colour !== 'yellow' && t.colour !== 'red') return [];
  const key = `events.sla:${e.eventId}:${t.phase}:${t.colour}:${t.deadline.getTime()}`;
  const base = {
    districtId: e.districtId,
    kind: `events.sla_${t.colour}`,
    title: `事件 ${e.number}：${t.colour === 'red' ? '已超时' : '即将超时'}`,
    titleKey: `events.notice.sla_${t.colour}`,
    titleParams: { number: e.number },
    body: e.title,
    link: eventHref(e.eventId),
    objectType: 'event',
    objectId: e.eventId,
  };
  const out: NotificationInput[] = [];
  const office = t.phase === 'handle' && e.departmentId ? e.departmentId : e.handlingNodeId;
  out.push({ ...base, nodeId: office, dedupeKey: `${key}:node` });
  if (e.reporterUserId) out.push({ ...base, userId: e.reporterUserId, dedupeKey: `${key}:reporter` });
  return out;
}

/** The moves' names in Chinese (the notices' fallback text). */
const ZH_ACTION: Record<EventAction, string> = {
  receive: '已受理',
  reject: '已驳回',
  merge: '已合并',
  escalate: '已上报上级',
  dispatch: '已派遣',
  accept: '部门已接收',
  return: '已退回',
  handle: '已处置',
  verify: '已核查',
  redo: '需重新处置',
  close: '已结案',
  resolve: '已自行处置',
};
