import { shanghaiDay } from '../../platform/time.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  bucketOf,
  districtShortName,
  eventNumber,
  maskNumbersIn,
  parseEventNumber,
  TRANSITIONS,
  milestonesAfter,
  rates,
  rateVector,
  timer,
  transitionProblem,
  type EventAction,
  type EventState,
} from './events.rules.ts';

describe('event state machine', () => {
  it.each<[EventState, EventAction, string | null]>([
    ['reported', 'receive', null],
    ['reported', 'dispatch', 'events.illegal_transition'],
    ['reported', 'merge', null],
    ['reported', 'reject', null],
    ['reported', 'escalate', null],
    ['received', 'dispatch', null],
    ['received', 'accept', 'events.illegal_transition'],
    ['dispatched', 'accept', null],
    ['dispatched', 'return', null],
    ['dispatched', 'handle', 'events.illegal_transition'],
    ['returned', 'dispatch', null],
    ['returned', 'escalate', null],
    ['escalated', 'receive', null],
    ['accepted', 'handle', null],
    ['handled', 'verify', null],
    ['handled', 'redo', null],
    ['handled', 'close', 'events.illegal_transition'],
    ['verified', 'close', null],
    ['closed', 'receive', 'events.already_final'],
    ['rejected', 'dispatch', 'events.already_final'],
    ['merged', 'receive', 'events.already_final'],
  ])('%s --%s--> %s', (state, action, problem) => {
    expect(transitionProblem(state, action)).toBe(problem);
  });

  it('offers only the legal actions from a state', () => {
    expect(actionsFrom('dispatched').sort()).toEqual(['accept', 'return']);
    expect(actionsFrom('closed')).toEqual([]);
  });
});

describe('rates', () => {
  const base = {
    state: 'reported' as EventState,
    receivedAt: null,
    everDispatched: false,
    handledAt: null,
    verifiedAt: null,
  };
  it('counts milestones once, through the whole lifecycle', () => {
    const at = new Date('2026-03-01T02:00:00Z');
    let m = milestonesAfter(base, 'received', at);
    expect(rateVector(m)).toEqual({
      reported: 1,
      received: 1,
      dispatched: 0,
      handled: 0,
      verified: 0,
      resolved: 0,
    });
    m = milestonesAfter(m, 'dispatched', at);
    m = milestonesAfter(m, 'returned', at);
    m = milestonesAfter(m, 'dispatched', at);
    expect(rateVector(m).dispatched).toBe(1);
    m = milestonesAfter(milestonesAfter(m, 'accepted', at), 'handled', at);
    expect(rateVector(m).handled).toBe(1);
    // a failed verification takes the handling back
    expect(rateVector(milestonesAfter(m, 'accepted', at)).handled).toBe(0);
    m = milestonesAfter(m, 'verified', at);
    expect(rateVector(milestonesAfter(m, 'closed', at))).toEqual({
      reported: 1,
      received: 1,
      dispatched: 1,
      handled: 1,
      verified: 1,
      resolved: 0,
    });
  });
  it('a merged duplicate counts nowhere', () => {
    expect(rateVector(milestonesAfter(base, 'merged', new Date())).reported).toBe(0);
  });
  it('rejecting or escalating counts as received', () => {
    expect(rateVector(milestonesAfter(base, 'rejected', new Date())).received).toBe(1);
    expect(rateVector(milestonesAfter(base, 'escalated', new Date())).received).toBe(1);
  });
  it('rates are null without a denominator', () => {
    expect(rates({ reported: 0, received: 0, dispatched: 0, handled: 0, verified: 0, resolved: 0 })).toEqual({
      receiptRate: null,
      disposalRate: null,
      onSpotShare: null,
    });
    expect(
      rates({ reported: 10000, received: 9418, dispatched: 1000, handled: 900, verified: 829, resolved: 0 }),
    ).toEqual({ receiptRate: 0.9418, disposalRate: 0.829, onSpotShare: 0 });
  });
  it('events resolved on the spot count as received and disposed of, in both terms of the disposal rate', () => {
    const v = rateVector(milestonesAfter(base, 'resolved', new Date()));
    expect(v).toMatchObject({ reported: 1, received: 1, dispatched: 0, resolved: 1 });
    // 829 of 1,000 dispatched verified, 500 resolved on the spot: (829 + 500) / (1000 + 500)
    expect(
      rates({
        reported: 10000,
        received: 9418,
        dispatched: 1000,
        handled: 900,
        verified: 829,
        resolved: 500,
      }),
    ).toEqual({ receiptRate: 0.9418, disposalRate: 1329 / 1500, onSpotShare: 0.05 });
  });
  it('a grid worker or community resolves on the spot only from reported or received, with a note and an after-photo', () => {
    expect(TRANSITIONS.resolve).toMatchObject({
      from: ['reported', 'received'],
      to: 'resolved',
      by: 'resolver',
    });
    expect(TRANSITIONS.resolve.needs).toEqual(['note', 'photoId']);
    expect(transitionProblem('dispatched', 'resolve')).toBe('events.illegal_transition');
    expect(transitionProblem('resolved', 'close')).toBe('events.already_final');
  });
});

describe('event numbers', () => {
  it.each([
    ['福田区', '福田'],
    ['龙岗区', '龙岗'],
    ['开化县', '开化'],
    ['某区', '某区'],
    ['大鹏新区', '大鹏'],
  ])('the short name of %s is %s', (name, short) => {
    expect(districtShortName(name)).toBe(short);
  });
  it('reads as short name, report day and a four-digit sequence, and parses back', () => {
    expect(eventNumber('福田区', '2026-12-06', 7)).toBe('福田-20261206-0007');
    expect(eventNumber('福田区', '2026-12-06', null)).toBeNull();
    expect(parseEventNumber('福田-20261206-0007')).toEqual({
      shortName: '福田',
      reportDay: '2026-12-06',
      seq: 7,
    });
    expect(parseEventNumber(' 福田 － 20261206 － 12 ')).toEqual({
      shortName: '福田',
      reportDay: '2026-12-06',
      seq: 12,
    });
    expect(parseEventNumber('019b0e52-3c3a-7000-8000-000000000000')).toBeNull();
    expect(parseEventNumber('福田-20261206-0000')).toBeNull();
  });
  it('round-trips any district, day and sequence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('福田区', '龙岗区', '罗湖区', '开化县'),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 99999 }),
        (name, d, seq) => {
          const day = d.toISOString().slice(0, 10);
          const n = parseEventNumber(eventNumber(name, day, seq)!);
          expect(n).toEqual({ shortName: districtShortName(name), reportDay: day, seq });
        },
      ),
    );
  });
});

describe('timers, days and recurrence', () => {
  const sla = { receiveHours: 24, handleDays: 3 };
  const reportedAt = new Date('2026-03-01T00:00:00Z');
  it.each([
    [10, 'green'],
    [17, 'yellow'],
    [25, 'red'],
  ])('receive timer after %i hours is %s', (h, colour) => {
    const now = new Date(reportedAt.getTime() + h * 3600_000);
    expect(timer({ state: 'reported', reportedAt, dispatchedAt: null }, sla, now).colour).toBe(colour);
  });
  it('no timer runs once handled', () => {
    expect(timer({ state: 'handled', reportedAt, dispatchedAt: reportedAt }, sla, new Date()).colour).toBe(
      'none',
    );
  });
  it('days are Asia/Shanghai days', () => {
    expect(shanghaiDay(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(shanghaiDay(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
  });
  it('buckets weeks from Monday and months from the 1st', () => {
    expect(bucketOf('2026-03-05', 'week')).toBe('2026-03-02');
    expect(bucketOf('2026-03-05', 'month')).toBe('2026-03-01');
  });
});

describe('numbers typed into free text, masked for the register export', () => {
  it.each([
    ['回电 13812345678 谢谢', '回电 138****5678 谢谢'],
    ['电话138-1234-5678', '电话138-****-5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['业主440304199001011234', '业主440304********1234'],
    ['证件 44030419900101123X。', '证件 440304********123X。'],
    ['幸福路 12 号 3 栋 1201', '幸福路 12 号 3 栋 1201'],
    ['订单 213812345678', '订单 213812345678'], // twelve digits: not a mobile
    ['编号 12812345678', '编号 12812345678'], // 12x is no mobile prefix
  ])('%s → %s', (text, masked) => {
    expect(maskNumbersIn(text)).toBe(masked);
  });

  it('leaves no mainland mobile number whole, wherever it sits in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.stringMatching(/^1[3-9]\d{9}$/),
        fc.string({ maxLength: 10 }),
        (a, phone, b) => {
          const s = `${a.replace(/\d/g, '')} ${phone} ${b.replace(/\d/g, '')}`;
          expect(maskNumbersIn(s)).not.toContain(phone);
          expect(maskNumbersIn(s)).toContain(phone.slice(0, 3) + '****' + phone.slice(-4));
        },
      ),
    );
  });
});
