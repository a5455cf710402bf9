export { settle, serviceDateOf, serviceDateField, policyForClaim } from './settle.js';
export { reverse } from './void.js';
export { emptyPersonYear, personYearFigures, applyYearDelta, highestLevelOf } from './person-year.js';
export { reconcile, type Reconciliation, type ReconciliationRow } from './reconcile.js';
export {
  contribution,
  ageOn,
  registeredInYear,
  type Contribution,
  type ContributionResult,
  type ContributionCategory,
} from './contribution.js';
export { criticalIllnessTable, yearlyBenefit, claimBenefit, type CriticalIllnessTable } from './critical-illness.js';
