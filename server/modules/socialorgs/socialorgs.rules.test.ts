/** The unified social credit code's check character (GB 32100-2015), and Excel labels read back. */
import { describe, expect, it } from 'vitest';
import { codeOf, creditCodeCheckChar, creditCodeProblem, normaliseCreditCode } from './socialorgs.rules.ts';

describe('Putuo: a social organisation registers with its unified social credit code (seed 001)', () => {
  it.each([
    ['91350100M000100Y43', null],
    ['91110000802100433B', null],
    ['91350100M000100Y44', 'check'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100YI3', 'chars'],
    ['91350100O000100Y43', 'chars'],
  ])('%s → %s', (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it('the check character completes any 17 valid characters, and a typed code is normalised', () => {
    const head = '52440304MJ0000123';
    const code = head + creditCodeCheckChar(head);
    expect(creditCodeProblem(code)).toBeNull();
    expect(normaliseCreditCode(` ${code.toLowerCase().slice(0, 9)} ${code.slice(9)} `)).toBe(code);
    expect(creditCodeCheckChar('too short')).toBeNull();
  });

  it.each([
    ['partyBranch', '联建', 'joint'],
    ['partyBranch', 'single', 'single'],
    ['incubationLevel', '街道级孵化基地', 'street'],
    ['incubationLevel', '社区级', 'community'],
    ['category', '养老照护', 'elderly'],
    ['category', '不存在', undefined],
  ] as const)('%s “%s” reads as %s', (list, text, code) => expect(codeOf(list, text)).toBe(code));
});
