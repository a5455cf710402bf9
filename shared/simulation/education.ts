import {
  decidePayment,
  PAYMENT_TYPES,
  policyForAcademicYear,
  semesterOf,
  semestersOf,
  type LedgerLine,
  type Student,
} from '../education/entitlements.js';
import type { EducationPolicy } from '../education/policy.js';
import type { LedgerEntry } from '../education/ports.js';
import type { Fen } from '../money.js';
import type { VariantRules } from './variant.js';

/**
 * The education budget what-if (pure) [E 三.(二)]: every payment made in the year (opening balances are
 * history before the system and are never re-decided), worked out again with the same rules that paid it
 * (`decidePayment`) under the policy as shipped (baseline) and as changed (variant), against what the ledger
 * records. A student's payments are re-decided in the order they were paid, each against the ledger as that
 * scenario would have left it, so a lower cumulative cap refuses the later university aid and a higher one
 * pays it in full. Eligibility as decided at the time (school verification, the roster's family type) is
 * taken as recorded: only the amounts and the caps are simulated. A baseline that differs from the record
 * is listed as an inconsistency, never absorbed.
 */
export interface EducationBudget {
  payments: number;
  recorded: Fen;
  baseline: Fen;
  variant: Fen;
}

export interface EducationSimulationResult {
  year: number;
  payments: { counted: number; students: number; openingBalancesSkipped: number };
  totals: EducationBudget;
  byType: Record<string, EducationBudget>;
  byTownship: Record<string, EducationBudget>;
  /** University aid: students whose cumulative aid reached their course's cap, and payments refused for it. */
  universityCap: {
    studentsAtCap: { baseline: number; variant: number };
    refusedUnderVariant: { payments: number; recorded: Fen };
  };
  inconsistencies: { paymentId: string; studentId: string; recorded: Fen; baseline: Fen; note: string }[];
}

export interface StudentLedger {
  student: Student;
  ledger: readonly LedgerEntry[];
}

const empty = (): EducationBudget => ({ payments: 0, recorded: 0, baseline: 0, variant: 0 });

function add(t: EducationBudget, recorded: Fen, baseline: Fen, variant: Fen): void {
  t.payments += 1;
  t.recorded += recorded;
  t.baseline += baseline;
  t.variant += variant;
}

function bucket(map: Map<string, EducationBudget>, key: string): EducationBudget {
  let t = map.get(key);
  if (!t) {
    t = empty();
    map.set(key, t);
  }
  return t;
}

/** The amount one scenario pays for a recorded payment, given what that scenario paid the student before. */
function redecide(
  student: Student,
  entry: LedgerEntry,
  documents: readonly EducationPolicy[],
  before: readonly LedgerLine[],
): { amount: Fen; refused?: string } {
  const policy = policyForAcademicYear(documents, entry.academicYear);
  if (!policy) return { amount: 0, refused: 'no-policy' };
  // The student as registered when paid (the stage is stored with the payment), verified as it was then.
  const asPaid: Student = { ...student, stage: entry.stage ?? student.stage };
  const verified = new Set([...semestersOf(entry.academicYear), semesterOf(entry.paidOn)]);
  const decision = decidePayment(
    asPaid,
    {
      paymentId: entry.paymentId,
      studentId: entry.studentId,
      type: entry.type,
      academicYear: entry.academicYear,
      paidOn: entry.paidOn,
      ...(entry.hardshipFinding ? { hardshipFinding: entry.hardshipFinding } : {}),
    },
    verified,
    policy,
    before,
  );
  return decision.ok ? { amount: decision.entitlement.amount } : { amount: 0, refused: decision.code };
}

const line = (e: LedgerEntry, amount: Fen): LedgerLine => ({
  type: e.type,
  academicYear: e.academicYear,
  amount,
  slot: e.slot,
  ...(e.stage ? { stage: e.stage } : {}),
  ...(e.openingBalance ? { openingBalance: true } : {}),
});

const atCap = (student: Student, lines: readonly LedgerLine[], documents: readonly EducationPolicy[], y: number) => {
  const policy = policyForAcademicYear(documents, y);
  if (!policy || (student.stage !== 'university-bachelor' && student.stage !== 'university-junior-college'))
    return false;
  const p = policy.parameters.universityAid;
  const cap = student.stage === 'university-junior-college' ? p.capJuniorCollege.value : p.capBachelor.value;
  const paid = lines.filter((l) => l.type === 'university-aid').reduce((sum, l) => sum + l.amount, 0);
  return paid > 0 && paid >= cap;
};

export function simulateEducationYear(input: {
  year: number;
  students: readonly StudentLedger[];
  baseline: readonly EducationPolicy[];
  variant?: readonly EducationPolicy[];
}): EducationSimulationResult {
  const variantDocs = input.variant ?? input.baseline;
  const totals = empty();
  // Every aid type has its row, paid this year or not (a table or chart of the three reads the same each time).
  const byType = new Map<string, EducationBudget>(PAYMENT_TYPES.map((t) => [t, empty()]));
  const byTownship = new Map<string, EducationBudget>();
  const inconsistencies: EducationSimulationResult['inconsistencies'] = [];
  const studentsAtCap = { baseline: 0, variant: 0 };
  const refusedUnderVariant = { payments: 0, recorded: 0 };
  let students = 0;
  let openingBalancesSkipped = 0;
  const prefix = `${input.year}-`;
  const sorted = [...input.students].sort((a, b) => (a.student.studentId < b.student.studentId ? -1 : 1));
  for (const { student, ledger } of sorted) {
    const ordered = [...ledger].sort((a, b) =>
      a.paidOn === b.paidOn ? (a.paymentId < b.paymentId ? -1 : 1) : a.paidOn < b.paidOn ? -1 : 1,
    );
    // Each scenario's own ledger: history before the year as recorded, the year as that scenario pays it.
    const baseLines: LedgerLine[] = [];
    const variantLines: LedgerLine[] = [];
    let counted = false;
    let lastYear = input.year;
    for (const entry of ordered) {
      const inYear = entry.paidOn.startsWith(prefix);
      if (!inYear || entry.openingBalance) {
        if (inYear) openingBalancesSkipped += 1;
        baseLines.push(line(entry, entry.amount));
        variantLines.push(line(entry, entry.amount));
        continue;
      }
      counted = true;
      lastYear = entry.academicYear;
      const base = redecide(student, entry, input.baseline, baseLines);
      const varied = redecide(student, entry, variantDocs, variantLines);
      if (base.amount !== entry.amount)
        inconsistencies.push({
          paymentId: entry.paymentId,
          studentId: student.studentId,
          recorded: entry.amount,
          baseline: base.amount,
          note: base.refused
            ? `the rules now refuse it (${base.refused})`
            : 'the recorded amount differs from what its facts give under its policy',
        });
      if (varied.refused && !base.refused) {
        refusedUnderVariant.payments += 1;
        refusedUnderVariant.recorded += entry.amount;
      }
      baseLines.push(line(entry, base.amount));
      variantLines.push(line(entry, varied.amount));
      add(totals, entry.amount, base.amount, varied.amount);
      add(bucket(byType, entry.type), entry.amount, base.amount, varied.amount);
      add(bucket(byTownship, student.township), entry.amount, base.amount, varied.amount);
    }
    if (!counted) continue;
    students += 1;
    if (atCap(student, baseLines, input.baseline, lastYear)) studentsAtCap.baseline += 1;
    if (atCap(student, variantLines, variantDocs, lastYear)) studentsAtCap.variant += 1;
  }
  const keyed = (m: Map<string, EducationBudget>) =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    year: input.year,
    payments: { counted: totals.payments, students, openingBalancesSkipped },
    totals,
    byType: keyed(byType),
    byTownship: keyed(byTownship),
    universityCap: { studentsAtCap, refusedUnderVariant },
    inconsistencies,
  };
}

/** What an education variant may change: the amounts and the caps (the families and stages are structure). */
export const EDUCATION_VARIANT_RULES: VariantRules = { excludedPrefixes: [], nullable: [], checks: [] };
