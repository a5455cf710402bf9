import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import { clauseText } from '../../../web/src/i18n/clause.js';

/** Every `clause: '…'` / `citation: '…'` literal written in a source file. */
const literals = (file: string): string[] =>
  [
    ...readFileSync(resolve(import.meta.dirname, '../../..', file), 'utf8').matchAll(/(?:clause|citation): '([^']+)'/g),
  ].map((m) => m[1] as string);

describe('clauseText: users see the clause of the plan, never a repository path', () => {
  it("drops a parenthesised docs/ pointer and keeps the clause (the health report's cap rule)", () => {
    expect(clauseText('H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)')).toBe('H 三.(二).5.5), 5.6)');
  });
  it("drops a docs/ pointer after a semicolon (the claims policy's rule order)", () => {
    expect(clauseText('H 三.(二).5.6), 5.7), 2, 5.5); docs/rules.md §3.2 step 7')).toBe(
      'H 三.(二).5.6), 5.7), 2, 5.5)',
    );
  });
  it('leaves a clause without a pointer as it is, brackets included', () => {
    expect(clauseText('H 三.(二).5.2)')).toBe('H 三.(二).5.2)');
    expect(clauseText('R1 八.(二)')).toBe('R1 八.(二)');
  });
  it('no clause the health report or the claims policy carries reaches a user with a docs/ path', () => {
    const all = [
      ...literals('shared/reports/health.ts'),
      ...Object.values(ZHALANTUN_2019.parameters.targets).flatMap((t) =>
        'citation' in t && typeof t.citation === 'string' ? [t.citation] : [],
      ),
    ];
    expect(all.some((c) => c.includes('docs/'))).toBe(true); // the data does carry such pointers today
    for (const c of all) {
      const shown = clauseText(c);
      expect(shown, c).not.toMatch(/docs\/|\.md|§|step/);
      expect(shown, c).toMatch(/^[A-Z]\d? /); // still names the plan's clause, e.g. "H 三.(二)…"
    }
  });
});
