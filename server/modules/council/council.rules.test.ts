import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  BODY_KIND_NAMES,
  BODY_KINDS,
  bodyName,
  decisionOf,
  diff,
  dueFor,
  PEOPLE_ACTIONS,
  sideOf,
  STAGES,
  transition,
  TRANSITIONS,
  type Facts,
  type Stage,
} from './council.rules.ts';

const none: Facts = {
  ideas: 0,
  planDrafts: 0,
  conventionDrafts: 0,
  hasReason: false,
  hasVote: false,
  hasNote: false,
};
const all: Facts = {
  ideas: 3,
  planDrafts: 2,
  conventionDrafts: 1,
  hasReason: true,
  hasVote: true,
  hasNote: true,
};

describe('the six steps as a state machine', () => {
  it.each([
    ['raise', 'accept', ['manage'], none, { to: 'ideas' }],
    ['raise', 'decline', ['manage'], none, { problem: 'council.needs_reason' }],
    ['raise', 'decline', ['manage'], { ...none, hasReason: true }, { to: 'declined' }],
    ['raise', 'accept', ['author'], none, { problem: 'council.not_yours' }],
    ['ideas', 'withdraw', ['author'], none, { to: 'withdrawn' }],
    ['plan', 'withdraw', ['author'], none, { problem: 'council.wrong_stage' }],
    ['ideas', 'to_plan', ['manage'], none, { problem: 'council.needs_idea' }],
    ['ideas', 'to_plan', ['manage'], { ...none, ideas: 1 }, { to: 'plan' }],
    ['plan', 'to_floor', ['manage'], { ...none, ideas: 1 }, { problem: 'council.needs_plan' }],
    ['plan', 'to_floor', ['manage'], all, { to: 'floor' }],
    ['floor', 'to_convention', ['manage'], all, { to: 'convention' }],
    [
      'convention',
      'to_decide',
      ['manage'],
      { ...all, conventionDrafts: 0 },
      { problem: 'council.needs_convention' },
    ],
    ['convention', 'to_decide', ['manage'], { ...all, hasVote: false }, { problem: 'council.needs_vote' }],
    ['convention', 'to_decide', ['manage'], all, { to: 'decide' }],
    ['decide', 'adopt', ['manage'], all, { problem: 'council.not_yours' }],
    ['decide', 'adopt', ['vote'], none, { to: 'implementing' }],
    ['decide', 'not_adopt', ['vote'], none, { to: 'not_adopted' }],
    ['not_adopted', 'revise', ['manage'], none, { to: 'plan' }],
    ['implementing', 'resolve', ['manage'], none, { problem: 'council.needs_note' }],
    ['implementing', 'resolve', ['manage'], { ...none, hasNote: true }, { to: 'resolved' }],
    ['resolved', 'revise', ['manage'], all, { problem: 'council.wrong_stage' }],
    ['raise', 'fly', ['manage'], all, { problem: 'council.unknown_action' }],
  ] as const)('%s --%s by %j--> %j', (stage, action, by, facts, out) => {
    expect(transition(stage, action, by, facts)).toEqual(out);
  });

  it('every stage is reachable from raise, and every path to resolved passes all six steps', () => {
    const reach = new Map<Stage, Stage[][]>([['raise', [['raise']]]]);
    let frontier: Stage[][] = [['raise']];
    for (let i = 0; i < 12; i++) {
      const next: Stage[][] = [];
      for (const path of frontier)
        for (const t of TRANSITIONS)
          if ((t.from as readonly Stage[]).includes(path[path.length - 1]) && path.length < 12) {
            const p = [...path, t.to];
            next.push(p);
            reach.set(t.to, [...(reach.get(t.to) ?? []), p]);
          }
      frontier = next;
    }
    expect([...reach.keys()].sort()).toEqual([...STAGES].sort());
    for (const path of reach.get('resolved')!)
      for (const step of ['raise', 'ideas', 'plan', 'floor', 'convention', 'decide'] as const)
        expect(path).toContain(step);
  });

  it('a random walk of actions only ever moves along the table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PEOPLE_ACTIONS, 'adopt', 'not_adopt'), { maxLength: 30 }),
        (actions) => {
          let stage: Stage = 'raise';
          for (const a of actions) {
            const r = transition(stage, a, ['manage', 'author', 'vote'], all);
            if ('to' in r) {
              expect(
                TRANSITIONS.some(
                  (t) => t.action === a && (t.from as readonly Stage[]).includes(stage) && t.to === r.to,
                ),
              ).toBe(true);
              stage = r.to;
            }
          }
          expect(STAGES).toContain(stage);
        },
      ),
    );
  });

  it('offers each actor only its own buttons', () => {
    expect(actionsFrom('raise', ['manage'])).toEqual(['accept', 'decline', 'withdraw']);
    expect(actionsFrom('raise', ['author'])).toEqual(['withdraw']);
    expect(actionsFrom('decide', ['manage'])).toEqual([]);
  });

  it('gives the open steps a deadline and the others none', () => {
    const at = new Date('2026-03-01T00:00:00Z');
    expect(dueFor('ideas', at)?.toISOString()).toBe('2026-03-08T00:00:00.000Z');
    expect(dueFor('decide', at)).toBeNull();
  });
});

describe('decisionOf', () => {
  it.each([
    [[6, 3, 1], 10, 'adopted'],
    [[5, 3, 2], 10, 'not_adopted'], // half is not more than half
    [[4, 1, 5], 10, 'not_adopted'], // abstentions count among the ballots
    [[0, 0, 0], 0, 'not_adopted'],
  ])('%j of %i ballots → %s', (counts, ballots, out) =>
    expect(
      decisionOf(
        counts.map((count, i) => ({ position: i + 1, count })),
        ballots,
      ),
    ).toBe(out),
  );
});

describe('diff', () => {
  it('marks what a new version of a plan added and removed', () => {
    expect(diff('每周一清理楼道杂物', '每周一、周四清理楼道杂物并公示')).toEqual([
      { op: '=', text: '每周一' },
      { op: '+', text: '、周四' },
      { op: '=', text: '清理楼道杂物' },
      { op: '+', text: '并公示' },
    ]);
  });
  it('always rebuilds both texts, by character or (for big changes) by line', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 0, max: 50 }),
        (a, b, max) => {
          const d = diff(a, b, max);
          expect(sideOf(d, 'old')).toBe(a);
          expect(sideOf(d, 'new')).toBe(b);
        },
      ),
    );
  });
});

describe('kinds of council', () => {
  it.each([
    ['福山社区', 'hallway', undefined, '福山社区楼道会客厅'],
    ['福山社区', 'property', '  ', '福山社区物居业议事会'],
    ['福山社区', 'children', undefined, '福山社区儿童议事会'],
    ['福山社区', 'other', '福山花园老友议事会', '福山花园老友议事会'],
  ] as const)('%s %s named %s → %s', (node, kind, given, name) => {
    expect(bodyName(node, kind, given)).toBe(name);
  });
  it('names every kind', () => {
    for (const k of BODY_KINDS) expect(BODY_KIND_NAMES[k]).toBeTruthy();
  });
});
