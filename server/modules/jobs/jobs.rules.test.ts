/** The talent station's rules: matching postings to a need, the two state machines, the idle levels. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  hoursFit,
  idleLevel,
  matchPostings,
  postingOpen,
  recActions,
  recMove,
  TICKET_STATES,
  ticketActions,
  ticketMove,
  ticketNumber,
  type MatchPosting,
} from './jobs.rules.ts';

const p = (id: string, o: Partial<MatchPosting> = {}): MatchPosting => ({
  id,
  kind: 'retail',
  hours: 'full',
  closesOn: '2026-12-31',
  closed: false,
  hired: 0,
  headcount: 2,
  ...o,
});

describe('matching a need to postings (seed 001 聚焦居民求职需求)', () => {
  it.each([
    ['any', 'full', true],
    ['full', 'full', true],
    ['full', 'part', false],
    ['full', 'flexible', false],
    ['part', 'flexible', true],
    ['flexible', 'part', true],
    ['part', 'full', false],
  ] as const)('wanting %s hours, a %s posting fits: %s', (want, offer, fit) => {
    expect(hoursFit(want, offer)).toBe(fit);
  });

  it('keeps open postings of a wanted kind whose hours fit, exact hours first, later closing first', () => {
    const list = [
      p('a', { hours: 'flexible', closesOn: '2026-12-20' }),
      p('b', { hours: 'part', closesOn: '2026-12-10' }),
      p('c', { hours: 'part', closesOn: '2026-12-30' }),
      p('d', { kind: 'catering', hours: 'part' }),
      p('e', { hours: 'full' }),
      p('f', { hours: 'part', closed: true }),
      p('g', { hours: 'part', closesOn: '2026-12-01' }),
      p('h', { hours: 'part', hired: 2 }),
    ];
    expect(matchPostings({ kinds: ['retail'], hours: 'part' }, list, '2026-12-07').map((x) => x.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(matchPostings({ kinds: ['catering', 'retail'], hours: 'any' }, list, '2026-12-07')).toHaveLength(
      5,
    );
    expect(matchPostings({ kinds: ['tech'], hours: 'any' }, list, '2026-12-07')).toEqual([]);
  });

  it('a posting is open through its closing day, not after, and not once filled', () => {
    expect(postingOpen(p('x', { closesOn: '2026-12-07' }), '2026-12-07')).toBe(true);
    expect(postingOpen(p('x', { closesOn: '2026-12-06' }), '2026-12-07')).toBe(false);
    expect(postingOpen(p('x', { hired: 1, headcount: 1 }), '2026-12-07')).toBe(false);
  });
});

describe('the service ticket 服务工单 as a state machine', () => {
  it('the station records the outcomes 已就业/培训中/暂缓/关闭; the resident confirms once', () => {
    const n = { state: 'new' as const, confirmed: false };
    expect(ticketActions(n, ['station'])).toEqual(['start', 'employ', 'train', 'pause', 'close']);
    expect(ticketActions(n, ['requester'])).toEqual(['close']);
    expect(ticketMove({ state: 'working', confirmed: false }, 'employ', ['station'])).toBe('employed');
    expect(ticketMove({ state: 'employed', confirmed: false }, 'confirm', ['requester'])).toBe('employed');
    expect(ticketMove({ state: 'employed', confirmed: true }, 'confirm', ['requester'])).toBeNull();
    expect(ticketMove({ state: 'employed', confirmed: false }, 'confirm', ['station'])).toBeNull();
    expect(ticketMove({ state: 'paused', confirmed: false }, 'resume', ['station'])).toBe('working');
    expect(ticketMove({ state: 'closed', confirmed: false }, 'resume', ['station'])).toBeNull();
  });

  it('every state has a way on or is final and confirmable', () => {
    for (const state of TICKET_STATES)
      expect(ticketActions({ state, confirmed: false }, ['station', 'requester']).length).toBeGreaterThan(0);
  });

  it('a recommendation: the resident accepts or declines, the station records interview and hiring', () => {
    expect(recActions('proposed', ['requester'])).toEqual(['accept', 'decline']);
    expect(recActions('proposed', ['station'])).toEqual([]);
    expect(recActions('accepted', ['station'])).toEqual(['interview', 'hire', 'reject']);
    expect(recMove('declined', 'hire', ['station'])).toBeNull();
    expect(recMove('accepted', 'hire', ['station'])).toBe('hired');
  });
});

describe('numbers and days', () => {
  it('numbers a ticket JY + day + six of its id', () => {
    expect(ticketNumber('2026-12-07', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe('JY202612073F4A5B');
  });
  it('an open ticket is yellow after 7 days without the station acting, red after 14', () => {
    const now = new Date('2026-12-20T00:00:00Z');
    expect(idleLevel(new Date('2026-12-14T00:00:00Z'), now)).toBeNull();
    expect(idleLevel(new Date('2026-12-13T00:00:00Z'), now)).toBe('yellow');
    expect(idleLevel(new Date('2026-12-06T00:00:00Z'), now)).toBe('red');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
