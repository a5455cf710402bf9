import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Caller } from '../../shared/auth/roles.js';
import { makeIdentity } from '../../shared/identity/gb11643.js';
import { TOWNSHIPS } from '../../shared/reference/townships.js';
import { DynamoDbRosterStore } from '../../shared/roster/dynamodb-roster-store.js';
import type { PersonRow } from '../../shared/roster/schemas.js';
import { seedHousing } from './seed-housing.js';

/**
 * Synthetic demo data: never a real identity number (region code 159999 does not exist, so no issued
 * number can match) and never a name from the source plans (tests/unit/seed.test.ts checks both).
 * Deterministic: the same seed gives the same people every start.
 */
export const DEMO_REGION = '159999';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '吴', '孙', '郭', '何', '高', '林', '罗'];
const GIVEN = ['示一', '示二', '样三', '样四', '例五', '例六', '演七', '演八', '试九', '试十'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The i-th element; the demo only asks for indices inside the list. */
function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} outside a list of ${xs.length}`);
  return x;
}

/** A township's five demo villages: code `<township>-0n`, name as demoPersons writes it. */
export function demoVillages(township: string): { code: string; name: string }[] {
  const name = TOWNSHIPS.find((t) => t.code === township)?.name ?? township;
  return [1, 2, 3, 4, 5].map((n) => ({ code: `${township}-0${n}`, name: `${name.slice(0, 2)}示例村${n}` }));
}

export function demoPersons(count = 300, seed = 2019): PersonRow[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => nth(xs, Math.floor(rnd() * xs.length));
  const persons: PersonRow[] = [];
  let household = 0;
  while (persons.length < count) {
    household += 1;
    const township = nth(TOWNSHIPS, household % TOWNSHIPS.length);
    const householdId = `HH-${township.code}-${String(household).padStart(4, '0')}`;
    const size = 1 + Math.floor(rnd() * 4);
    const registered = rnd() < 0.8;
    const registeredFrom = registered ? `${2014 + Math.floor(rnd() * 5)}-0${1 + Math.floor(rnd() * 9)}-01` : undefined;
    for (let m = 0; m < size && persons.length < count; m += 1) {
      const year = 1940 + Math.floor(rnd() * 75);
      const birth = `${year}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const row: PersonRow = {
        personId: makeIdentity(DEMO_REGION, birth, persons.length % 1000),
        name: `${pick(SURNAMES)}${pick(GIVEN)}`,
        householdId,
        township: township.code,
        village: `${township.name.slice(0, 2)}示例村${1 + (household % 5)}`,
        birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
        insuredYears: rnd() < 0.95 ? [2018, 2019] : [2018],
      };
      if (registeredFrom) row.registeredFrom = registeredFrom;
      if (registeredFrom && rnd() < 0.05) row.registeredUntil = '2019-06-30';
      persons.push(row);
    }
  }
  return persons;
}

const seedCaller = (role: Caller['role']): Caller => ({ sub: 'seed', role });

export async function seedDemo(
  client: DynamoDBDocumentClient,
  table: string,
): Promise<{ persons: number; cases: number }> {
  const store = new DynamoDbRosterStore(client, table);
  // Each township's demo villages (the ones demoPersons uses), so a spreadsheet import can check them.
  for (const t of TOWNSHIPS)
    await store.putVillages(t.code, demoVillages(t.code), seedCaller('poverty-office'), '2019-01-01T00:00:00.000Z');
  const persons = demoPersons();
  await store.upsertRows(persons, 'poverty-office', seedCaller('poverty-office'));
  // Welfare flags from the bodies that own them (every 7th person 低保, every 11th severely disabled).
  await store.upsertRows(
    persons
      .filter((_, i) => i % 7 === 0)
      .map((p) => ({
        ...p,
        registeredFrom: undefined,
        registeredUntil: undefined,
        flags: { minimumLivingAllowance: true },
      })),
    'civil-affairs',
    seedCaller('civil-affairs'),
  );
  await store.upsertRows(
    persons
      .filter((_, i) => i % 11 === 0)
      .map((p) => ({ ...p, registeredFrom: undefined, registeredUntil: undefined, flags: { severelyDisabled: true } })),
    'disabled-federation',
    seedCaller('disabled-federation'),
  );
  const cases = await seedHousing(client, table, persons);
  return { persons: persons.length, cases };
}
