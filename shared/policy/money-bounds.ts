import type { Parameter } from './parameter.js';

/**
 * The largest amount each money field of the API accepts, in fen. These are not policy amounts but plausibility
 * ceilings: far above anything a real record of the field can hold, low enough that every sum and basis-point
 * product the engines form stays an exact integer (Number.MAX_SAFE_INTEGER is about 9.0e15 fen; 1e10 fen ×
 * 10,000 bp = 1e14). An amount over its ceiling is a typing or integration error and gets a 400 naming the field.
 */
export const MONEY_BOUNDS = {
  /** Any amount at all: the ceiling of the shared `yuan` schema, for fields without a tighter bound. */
  anyAmount: {
    value: 10_000_000_000, // 100,000,000.00 yuan
    unit: 'fen',
    description: 'Largest amount any money field accepts (100 million yuan)',
    citation: 'decision: exact integer arithmetic in fen (docs/security.md "Money bounds")',
    label: 'decision',
  },
  /** One medical bill (costs.total and its parts) [H 三.(二)]: one stay or one outpatient visit. */
  claimCost: {
    value: 500_000_000, // 5,000,000.00 yuan
    unit: 'fen',
    description: 'Largest medical bill of one claim (5 million yuan; the dearest county-hospital stays are far below)',
    citation: 'H 三.(二) (the bill the one-stop settlement splits); ceiling is a decision',
    label: 'decision',
  },
  /** A household's or participant's income record of an eco-programme [G 四.(二)–(四)]. */
  programmeEarnings: {
    value: 100_000_000, // 1,000,000.00 yuan
    unit: 'fen',
    description: 'Largest income of one eco-programme record (1 million yuan)',
    citation: 'G 四.(二)–(四) (income aims of the programmes); ceiling is a decision',
    label: 'decision',
  },
  /** What a repair of a dilapidated house cost [R1 三]: the C-grade subsidy is the actual cost, capped. */
  housingRepairCost: {
    value: 100_000_000, // 1,000,000.00 yuan
    unit: 'fen',
    description: 'Largest declared repair cost of one house (1 million yuan)',
    citation: 'R1 C-grade repair (actual cost, capped); ceiling is a decision',
    label: 'decision',
  },
} as const satisfies Record<string, Parameter>;
