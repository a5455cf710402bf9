import type { Fen } from '../money.js';
import type { EcologyPolicy } from './policy.js';

export const INCOME_PROGRAMMES = ['forestry-industry', 'nursery-park', 'forest-farms'] as const;
export type IncomeProgramme = (typeof INCOME_PROGRAMMES)[number];

export interface IncomeRecord {
  programme: IncomeProgramme;
  participantId: string;
  householdId: string;
  people: number;
  earnings: Fen;
}

const KEY: Record<IncomeProgramme, 'forestryIndustry' | 'nurseryPark' | 'forestFarms'> = {
  'forestry-industry': 'forestryIndustry',
  'nursery-park': 'nurseryPark',
  'forest-farms': 'forestFarms',
};

/** Progress of each income programme against its plan target [G 四.(二)–(四)]. Pure. */
export function incomeProgress(records: readonly IncomeRecord[], policy: EcologyPolicy) {
  return INCOME_PROGRAMMES.map((programme) => {
    const target = policy.parameters.income[KEY[programme]];
    const mine = records.filter((r) => r.programme === programme);
    const households = new Set(mine.map((r) => r.householdId));
    const people = mine.reduce((s, r) => s + r.people, 0);
    // Reaching the income aim: per household for the industry, per participant elsewhere.
    const byUnit = new Map<string, number>();
    for (const r of mine) {
      const unit = target.value.per === 'household' ? r.householdId : r.participantId;
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + r.earnings);
    }
    const reachingTarget = [...byUnit.values()].filter((e) => e >= target.value.incomeTarget).length;
    return {
      programme,
      clause: target.citation,
      target: {
        households: target.value.households ?? null,
        people: target.value.people,
        incomePerUnit: target.value.incomeTarget / 100,
        per: target.value.per,
      },
      actual: {
        households: households.size,
        people,
        participants: mine.length,
        reachingTarget,
        earnings: mine.reduce((s, r) => s + r.earnings, 0) / 100,
      },
    };
  });
}
