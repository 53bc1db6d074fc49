/** The alliance's rules, table by table: who books which level, the state machine, slot checks, the figures. */
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  bookerKinds,
  haversineKm,
  LEVEL_RULES,
  m2Per10k,
  openHours,
  ruleFor,
  slotProblems,
  timeProblem,
  utilisation,
  walkMinutes,
} from './venues.rules.ts';

// Beijing times as instants
const at = (s: string) => new Date(`${s}+08:00`);
const open = { opensAt: 9 * 60, closesAt: 21 * 60, openDays: [1, 2, 3, 4, 5, 6] }; // closed on Sundays
const rule = { maxHours: 3, advanceDays: 14 };
const now = at('2026-12-07T08:00:00'); // a Monday

describe('who may book which level', () => {
  it.each([
    [['resident'], 'community', ['resident']],
    [['resident'], 'district', []],
    [['party_member'], 'district', ['party_member']],
    [['resident', 'party_member'], 'member', ['party_member']],
    [['community_officer'], 'district', ['officer']],
    [['grid_worker'], 'community', []],
  ] as const)('roles %j at a %s venue book as %j', (roles, level, expected) => {
    const r = ruleFor({ level, maxHours: null, advanceDays: null, needsApproval: false });
    expect(bookerKinds(roles).filter((b) => r.bookers.includes(b))).toEqual(expected);
  });
  it('a venue’s own limits override its level’s; approval is the level’s or the venue’s', () => {
    expect(ruleFor({ level: 'community', maxHours: 2, advanceDays: 7, needsApproval: true })).toMatchObject({
      maxHours: 2,
      advanceDays: 7,
      approval: true,
    });
    expect(
      ruleFor({ level: 'district', maxHours: null, advanceDays: null, needsApproval: false }).approval,
    ).toBe(true);
    expect(LEVEL_RULES.community.approval).toBe(false);
  });
});

describe('slot checks', () => {
  it.each([
    ['a Tuesday afternoon, 2 hours', '2026-12-08T14:00:00', '2026-12-08T16:00:00', []],
    ['end before start', '2026-12-08T16:00:00', '2026-12-08T14:00:00', ['end:venues.end_before_start']],
    [
      'in the past',
      '2026-12-07T07:00:00',
      '2026-12-07T08:30:00',
      ['start:venues.in_past', 'start:venues.outside_hours'],
    ],
    ['a Sunday', '2026-12-13T10:00:00', '2026-12-13T11:00:00', ['start:venues.closed_day']],
    ['before opening', '2026-12-08T08:00:00', '2026-12-08T10:00:00', ['start:venues.outside_hours']],
    ['after closing', '2026-12-08T20:00:00', '2026-12-08T21:30:00', ['end:venues.outside_hours']],
    ['over three hours', '2026-12-08T09:00:00', '2026-12-08T12:30:00', ['end:venues.too_long']],
    ['beyond 14 days', '2026-12-22T10:00:00', '2026-12-22T11:00:00', ['start:venues.too_far_ahead']],
    [
      'over midnight',
      '2026-12-08T20:00:00',
      '2026-12-09T10:00:00',
      ['start:venues.closed_day', 'end:venues.too_long'],
    ],
  ])('%s', (_, s, e, expected) => {
    const p = slotProblems(rule, open, { start: at(s), end: at(e) }, now);
    expect(p.map((x) => `${x.field}:${x.key}`).sort()).toEqual([...expected].sort());
  });
});

describe('the state machine', () => {
  it.each([
    ['pending', ['manager'], ['approve', 'reject', 'cancel']],
    ['pending', ['booker'], ['cancel']],
    ['confirmed', ['booker'], ['cancel', 'check_in']],
    ['confirmed', ['manager'], ['cancel', 'no_show']],
    ['checked_in', ['booker'], ['record']],
    ['held', ['manager'], ['record']],
    ['cancelled', ['manager', 'booker'], []],
    ['no_show', ['manager'], []],
  ] as const)('%s for %j: %j', (state, by, expected) => {
    expect(actionsFor(state, by)).toEqual(expected);
  });
  const slot = { start: at('2026-12-08T14:00:00'), end: at('2026-12-08T16:00:00') };
  it.each([
    ['cancel', '2026-12-08T13:59:00', null],
    ['cancel', '2026-12-08T14:00:00', 'venues.started'],
    ['check_in', '2026-12-08T13:29:00', 'venues.checkin_window'],
    ['check_in', '2026-12-08T13:30:00', null],
    ['check_in', '2026-12-08T16:00:00', 'venues.checkin_window'],
    ['no_show', '2026-12-08T14:29:00', 'venues.too_early'],
    ['no_show', '2026-12-08T14:30:00', null],
    ['record', '2026-12-08T13:00:00', 'venues.not_started'],
  ] as const)('%s at %s: %s', (action, t, expected) => {
    expect(timeProblem(action, slot, at(t))).toBe(expected);
  });
});

describe('figures', () => {
  it('open hours count open days only: a Monday–Sunday week of a venue closed on Sundays is 6 × 12 h', () => {
    expect(openHours(open, at('2026-12-07T00:00:00'), at('2026-12-14T00:00:00'))).toBe(72);
  });
  it.each([
    [36, 72, 50],
    [0, 72, 0],
    [5, 0, null],
    [1, 3, 33.3],
  ])('utilisation of %d booked in %d open hours is %s%%', (b, o, expected) => {
    expect(utilisation(b, o)).toBe(expected);
  });
  it('m² per 10,000 residents: 福田 bought 15,000 m² for ~1.55 million residents ≈ 96.8', () => {
    expect(m2Per10k(15_000, 1_550_000)).toBe(96.8);
    expect(m2Per10k(3227, 10_000)).toBe(3227);
    expect(m2Per10k(100, 0)).toBeNull();
  });
  it('haversine: 0.01° of latitude is about 1.11 km, a 14-minute walk; the same point is 0 km', () => {
    const a = { lat: 22.54, lng: 114.05 };
    expect(haversineKm(a, { lat: 22.55, lng: 114.05 })).toBeCloseTo(1.112, 2);
    expect(haversineKm(a, a)).toBe(0);
    expect(walkMinutes(1.112)).toBe(14);
    expect(walkMinutes(0.8)).toBe(10);
  });
});
