import type { Caller } from '../auth/roles.js';
import { assertTownshipScope } from '../auth/scope.js';
import { NotFoundError } from '../errors.js';
import { fenToYuan } from '../money.js';
import type { ArrearsFlag } from '../roster/eligibility.js';
import type { PersonWithSetters } from '../roster/types.js';
import { personView } from '../roster/person-view.js';
import {
  programmeTotals,
  yuanAmounts,
  type HouseholdClaim,
  type HouseholdEducationPayment,
  type HouseholdHousing,
  type HouseholdRangerPay,
} from './view.js';

export interface HouseholdRanger {
  personId: string;
  township: string;
  from: string;
  status: string;
  releasedOn?: string;
}

/** Read-only access to each programme's records of one household or person. */
export interface HouseholdDeps {
  members(householdId: string): Promise<PersonWithSetters[]>;
  arrears(householdId: string): Promise<ArrearsFlag | undefined>;
  claimsOf(personId: string): Promise<HouseholdClaim[]>;
  housing(householdId: string): Promise<HouseholdHousing | undefined>;
  educationOf(personId: string): Promise<HouseholdEducationPayment[] | undefined>;
  rangerOf(personId: string): Promise<HouseholdRanger | undefined>;
  rangerPayOf(ranger: HouseholdRanger): Promise<HouseholdRangerPay[]>;
}

/**
 * Everything the city did for one household (一户一档 [R1 九.(五)]): members with their flags and who set
 * them, medical claims with what each payer paid, the housing case and its photos, education payments per
 * student, ranger posts and pay, and totals per programme and year. Poverty office and audit see any
 * household; township staff only households of their own township (403 otherwise).
 */
export async function getHousehold(deps: HouseholdDeps, caller: Caller, householdId: string) {
  const members = await deps.members(householdId);
  if (members.length === 0)
    throw new NotFoundError(`Household ${householdId} has no one on the roster.`, 'household-not-found');
  const township = members[0]?.township ?? '';
  for (const m of members) assertTownshipScope(caller, m.township);
  const [arrears, housing, perMember] = await Promise.all([
    deps.arrears(householdId),
    deps.housing(householdId),
    Promise.all(
      members.map(async (m) => {
        const [claims, education, ranger] = await Promise.all([
          deps.claimsOf(m.personId),
          deps.educationOf(m.personId),
          deps.rangerOf(m.personId),
        ]);
        const pay = ranger ? await deps.rangerPayOf(ranger) : [];
        return { claims, education: education ?? [], isStudent: education !== undefined, ranger, pay };
      }),
    ),
  ]);
  const claims = perMember
    .flatMap((p) => p.claims)
    .sort((a, b) => (a.serviceDate ?? '').localeCompare(b.serviceDate ?? ''));
  const education = perMember.flatMap((p) => p.education);
  const rangerPay = perMember.flatMap((p) => p.pay);
  const totals = programmeTotals({ claims, housing, education, rangerPay });
  return {
    householdId,
    township,
    village: members[0]?.village ?? '',
    members: members.map(personView),
    arrears: arrears ?? { flagged: false },
    claims: claims.map((c) => ({ ...c, amounts: yuanAmounts(c.amounts) })),
    housing: housing ? { ...housing, committed: fenToYuan(housing.committed), paid: fenToYuan(housing.paid) } : null,
    education: members
      .map((m, i) => ({ member: m, p: perMember[i] }))
      .filter(({ p }) => p?.isStudent)
      .map(({ member, p }) => ({
        studentId: member.personId,
        name: member.name,
        payments: (p?.education ?? []).map((e) => ({ ...e, amount: fenToYuan(e.amount) })),
        total: fenToYuan((p?.education ?? []).reduce((s, e) => s + e.amount, 0)),
      })),
    rangers: perMember
      .filter((p) => p.ranger)
      .map((p) => ({
        ...(p.ranger as HouseholdRanger),
        pay: p.pay.map((x) => ({ month: x.month, amount: fenToYuan(x.amount) })),
        total: fenToYuan(p.pay.reduce((s, x) => s + x.amount, 0)),
      })),
    totals: totals.map((t) => ({ ...t, amount: fenToYuan(t.amount) })),
  };
}
