import { ValidationError } from '../../errors.js';
import { fenToYuan, type Fen } from '../../money.js';
import type { HospitalLevel } from '../../reference/types.js';
import { HOSPITAL_LEVELS, type AdmissionCount, type PersonYear, type YearDelta } from '../types.js';

const noAdmissions = (): Record<HospitalLevel, AdmissionCount> =>
  Object.fromEntries(HOSPITAL_LEVELS.map((l) => [l, { count: 0, withTilt: 0, withoutTilt: 0 }])) as Record<
    HospitalLevel,
    AdmissionCount
  >;

/** A person's year before any claim (docs/rules.md §3.3). */
export function emptyPersonYear(personId: string, year: number): PersonYear {
  return {
    personId,
    year,
    admissions: noAdmissions(),
    highestLevel: null,
    basicInsurance: { inpatient: 0, outpatient: 0, chronic: 0 },
    criticalIllness: { inPolicySelfPay: 0, benefitPaid: 0 },
    majorDiseaseSelfPay: 0,
    general: { selfPayBeyondDeductibles: 0, paidBeyondDeductibles: 0, admissions: [] },
    deliveries: { byMonth: {}, feesByMonth: {} },
  };
}

/** A delta that changes nothing (the starting point of each settlement). */
export function emptyYearDelta(): YearDelta {
  return {
    admission: null,
    basicInsurance: { inpatient: 0, outpatient: 0, chronic: 0 },
    criticalIllness: { inPolicySelfPay: 0, benefitPaid: 0 },
    majorDiseaseSelfPay: 0,
    generalAdmission: null,
    delivery: null,
  };
}

/** Highest level with at least one admission whose count passes `pick` (all admissions by default). */
export function highestLevelOf(
  admissions: Record<HospitalLevel, AdmissionCount>,
  pick: (a: AdmissionCount) => number = (a) => a.count,
): HospitalLevel | null {
  let highest: HospitalLevel | null = null;
  for (const level of HOSPITAL_LEVELS) if (pick(admissions[level]) > 0) highest = level;
  return highest;
}

function bump(record: Record<string, number>, key: string, by: number, what: string): Record<string, number> {
  const next = { ...record };
  const value = (next[key] ?? 0) + by;
  if (value < 0) throw invalid(what);
  if (value === 0) delete next[key];
  else next[key] = value;
  return next;
}

const invalid = (what: string) =>
  new ValidationError(
    'The reversal does not match the person’s year.',
    [{ path: what, message: 'would become negative or is missing', code: 'invalid-reversal' }],
    'invalid-reversal',
  );

function add(a: Fen, b: Fen, what: string): Fen {
  const sum = a + b;
  if (sum < 0) throw invalid(what);
  return sum;
}

/**
 * The year with `delta` added (sign 1, a settlement) or subtracted (sign −1, a void). Pure; throws a
 * ValidationError `invalid-reversal` when a subtraction does not match the year (a delta the year never got).
 */
export function applyYearDelta(year: PersonYear, delta: YearDelta, sign: 1 | -1): PersonYear {
  const admissions = { ...year.admissions };
  if (delta.admission) {
    const { level, tilt } = delta.admission;
    const a = admissions[level];
    const next = {
      count: a.count + sign,
      withTilt: a.withTilt + (tilt ? sign : 0),
      withoutTilt: a.withoutTilt + (tilt ? 0 : sign),
    };
    if (next.count < 0 || next.withTilt < 0 || next.withoutTilt < 0) throw invalid(`admissions.${level}`);
    admissions[level] = next;
  }
  let generalAdmissions = year.general.admissions;
  if (delta.generalAdmission) {
    const entry = delta.generalAdmission;
    if (sign === 1) generalAdmissions = [...generalAdmissions, entry];
    else {
      const index = generalAdmissions.findIndex((g) => g.claim === entry.claim);
      if (index < 0) throw invalid('general.admissions');
      generalAdmissions = [...generalAdmissions.slice(0, index), ...generalAdmissions.slice(index + 1)];
    }
  }
  let deliveries = year.deliveries;
  if (delta.delivery) {
    const { month, feePaid } = delta.delivery;
    deliveries = {
      byMonth: bump(deliveries.byMonth, month, sign, `deliveries.byMonth.${month}`),
      feesByMonth: feePaid
        ? bump(deliveries.feesByMonth, month, sign, `deliveries.feesByMonth.${month}`)
        : { ...deliveries.feesByMonth },
    };
  }
  const g = delta.generalAdmission;
  return {
    personId: year.personId,
    year: year.year,
    admissions,
    highestLevel: highestLevelOf(admissions),
    basicInsurance: {
      inpatient: add(year.basicInsurance.inpatient, sign * delta.basicInsurance.inpatient, 'basicInsurance.inpatient'),
      outpatient: add(
        year.basicInsurance.outpatient,
        sign * delta.basicInsurance.outpatient,
        'basicInsurance.outpatient',
      ),
      chronic: add(year.basicInsurance.chronic, sign * delta.basicInsurance.chronic, 'basicInsurance.chronic'),
    },
    criticalIllness: {
      inPolicySelfPay: add(
        year.criticalIllness.inPolicySelfPay,
        sign * delta.criticalIllness.inPolicySelfPay,
        'criticalIllness.inPolicySelfPay',
      ),
      benefitPaid: add(
        year.criticalIllness.benefitPaid,
        sign * delta.criticalIllness.benefitPaid,
        'criticalIllness.benefitPaid',
      ),
    },
    majorDiseaseSelfPay: add(year.majorDiseaseSelfPay, sign * delta.majorDiseaseSelfPay, 'majorDiseaseSelfPay'),
    general: {
      selfPayBeyondDeductibles: add(
        year.general.selfPayBeyondDeductibles,
        sign * (g?.selfPayBeyondDeductible ?? 0),
        'general.selfPayBeyondDeductibles',
      ),
      paidBeyondDeductibles: add(
        year.general.paidBeyondDeductibles,
        sign * (g?.paidBeyondDeductible ?? 0),
        'general.paidBeyondDeductibles',
      ),
      admissions: generalAdmissions,
    },
    deliveries,
  };
}

/**
 * The year-to-date figures of docs/rules.md §3.3 in yuan, for eligibility answers and the person-year item's
 * `figures` attribute. Pure.
 */
export function personYearFigures(year: PersonYear): Record<string, unknown> {
  const admissions = Object.fromEntries(HOSPITAL_LEVELS.map((l) => [l, year.admissions[l].count]));
  return {
    year: year.year,
    admissions,
    highestLevel: year.highestLevel,
    basicInsurance: fenToYuan(year.basicInsurance.inpatient),
    outpatientBasicInsurance: fenToYuan(year.basicInsurance.outpatient),
    chronicBasicInsurance: fenToYuan(year.basicInsurance.chronic),
    criticalIllnessInsurance: fenToYuan(year.criticalIllness.benefitPaid),
    inPolicySelfPay: fenToYuan(year.criticalIllness.inPolicySelfPay),
    majorDiseaseSelfPay: fenToYuan(year.majorDiseaseSelfPay),
    selfPayBeyondDeductibles: fenToYuan(year.general.selfPayBeyondDeductibles),
    deliveriesByMonth: { ...year.deliveries.byMonth },
  };
}
