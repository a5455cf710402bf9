import { describe, expect, it } from 'vitest';
import { caseView } from '../../../shared/housing/view.js';
import type { HousingCase } from '../../../shared/housing/types.js';
import { newCase } from './fixtures.js';

/** What the console shows as "the next step and who must take it" comes from the workflow table. */
describe('case view: what the case waits for', () => {
  it('a new case waits for the village review by the township, which may also return or refuse', () => {
    const view = caseView(newCase({ grade: 'D', mode: 'self-build' }));
    expect(view.next).toEqual({
      step: 'village-review',
      roles: ['township'],
      actions: [
        { type: 'village-review', roles: ['township'] },
        { type: 'return', roles: ['township'] },
        { type: 'refuse', roles: ['township'] },
      ],
    });
  });

  it('after the identity check a D-grade case waits for the housing office’s appraisal', () => {
    const c: HousingCase = { ...newCase({ grade: 'D', mode: 'self-build' }), status: 'identity-checked' };
    const next = caseView(c).next as { step: string; roles: string[] };
    expect(next.step).toBe('appraisal');
    expect(next.roles).toEqual(['housing-office']);
  });

  it('a no-house case skips the appraisal: approval by the housing office', () => {
    const c: HousingCase = { ...newCase({ grade: 'no-house', mode: 'self-build' }), status: 'identity-checked' };
    expect((caseView(c).next as { step: string }).step).toBe('approval');
  });

  it('a closed case waits for nothing', () => {
    const c: HousingCase = { ...newCase({ grade: 'D', mode: 'self-build' }), status: 'paid' };
    expect(caseView(c).next).toBeUndefined();
  });
});
