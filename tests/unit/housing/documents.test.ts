import { describe, expect, it } from 'vitest';
import {
  documentCompleteness,
  documentsMissingFor,
  requiredDocuments,
  type DocumentCase,
  type DocumentRules,
} from '../../../shared/housing/documents.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { PhotoKind } from '../../../shared/housing/types.js';
import { applyEvent } from '../../../shared/housing/apply.js';
import { ConflictError } from '../../../shared/errors.js';
import { callers, driveTo, newCase, STEP_EVENTS } from './fixtures.js';

const rules = HOUSING_2019.parameters.documents;
const kinds = (c: DocumentCase, r: DocumentRules = rules) => requiredDocuments(c, r).map((d) => d.kind);

describe('which documents the one-household file needs, by household [R1 九.(五), R2 八.(五)]', () => {
  it('an R1 registered-poor D-grade case: nine, with income proof and the appraisal report, no welfare certificate', () => {
    expect(kinds({ programme: 'R1', identityBasis: 'registered-poor', grade: 'D' })).toEqual([
      'application',
      'householder',
      'identity-proof',
      'income-proof', // R1 七.(一): 收入证明 from the poverty office
      'appraisal-report', // R1 九.(三).2: 鉴定报告 kept in the household's file
      'approval',
      'agreement',
      'before',
      'after',
    ]);
  });

  it('an R1 no-house household: no appraisal report (nothing to appraise), eight', () => {
    const k = kinds({ programme: 'R1', identityBasis: 'registered-poor', grade: 'no-house' });
    expect(k).not.toContain('appraisal-report');
    expect(k).toHaveLength(8);
  });

  it('an R2 低保 household (C grade): its certificate instead of income proof [R2 六.(一)], nine', () => {
    const k = kinds({ programme: 'R2', identityBasis: 'welfare', grade: 'C' });
    expect(k).toContain('welfare-certificate');
    expect(k).not.toContain('income-proof');
    expect(k).toHaveLength(9);
  });

  it('an R2 poor disabled household: its 残疾证 (the welfare certificate kind) too', () => {
    expect(kinds({ programme: 'R2', identityBasis: 'disabled-household', grade: 'D' })).toContain(
      'welfare-certificate',
    );
  });

  it('every rule cites its clause in the policy data', () => {
    for (const d of requiredDocuments({ programme: 'R2', identityBasis: 'welfare', grade: 'D' }, rules))
      expect(d.clause).toMatch(/^R[12] /);
  });
});

describe('completeness and the step that needs the documents', () => {
  const r1d: DocumentCase = { programme: 'R1', identityBasis: 'registered-poor', grade: 'D' };
  const present = new Set<PhotoKind>(['application', 'householder', 'identity-proof', 'income-proof', 'before']);

  it('after the agreement: the appraisal report, approval and agreement are overdue; the after photo is not due yet', () => {
    const steps = new Set(['village-review', 'identity-check', 'appraisal', 'approval', 'agreement']);
    const d = documentCompleteness(r1d, present, steps, rules);
    expect(d).toMatchObject({ complete: false, required: 9, present: 5 });
    expect(d.missing).toEqual(['appraisal-report', 'approval', 'agreement', 'after']);
    expect(d.overdue).toEqual(['appraisal-report', 'approval', 'agreement']);
  });

  it('only final acceptance is refused in 2019; the steps before it are not', () => {
    expect(documentsMissingFor('agreement', r1d, present, rules)).toEqual([]);
    expect(documentsMissingFor('final-acceptance', r1d, present, rules).map((d) => d.kind)).toEqual([
      'appraisal-report',
      'approval',
      'agreement',
      'after',
    ]);
  });

  it('a policy document that needs the identity proof at the approval refuses the approval without it', () => {
    const stricter: DocumentRules = {
      ...rules,
      'identity-proof': {
        ...rules['identity-proof']!,
        value: { ...rules['identity-proof']!.value, requiredAt: 'approval' },
      },
    };
    const missingAtApproval = documentsMissingFor('approval', r1d, new Set<PhotoKind>(['application']), stricter);
    expect(missingAtApproval.map((d) => d.kind)).toEqual(['identity-proof']);
    const c = driveTo(newCase(), 'appraised').case;
    const error = (() => {
      try {
        applyEvent(c, STEP_EVENTS.approval, callers.housingOffice, {
          acceptedPhotoKinds: [],
          policies: [{ ...HOUSING_2019, parameters: { ...HOUSING_2019.parameters, documents: stricter } }],
        });
      } catch (e) {
        return e as ConflictError;
      }
      throw new Error('the approval was not refused');
    })();
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'documents.identity-proof', code: 'documents-missing' }),
    ]);
    // The 2019 policy lets the same approval through: its documents are needed at final acceptance only.
    expect(applyEvent(c, STEP_EVENTS.approval, callers.housingOffice, { acceptedPhotoKinds: [] }).case.status).toBe(
      'approved',
    );
  });
});
