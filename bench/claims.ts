import { randomInt } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { emptyPersonYear, settle } from '../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../shared/claims/policy/index.js';
import type { ClaimFacts, PersonYear } from '../shared/claims/types.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { makeIdentity } from '../shared/identity/gb11643.js';
import { SHIPPED_HOSPITALS } from '../shared/reference/hospitals.js';
import type { Person } from '../shared/roster/types.js';
import { startLocalStack } from '../infra/local/stack.js';

/**
 * `npm run bench:claims` — figures, not assertions:
 * 1. the pure engine's settlements per second on one core;
 * 2. POST /v1/claims through the local gateway (requests/s, p50/p99), 16 clients, many persons;
 * 3. raw TransactWriteItems (2 puts) per second on the same DynamoDB Local, 16 clients — the floor
 *    the API's rate is compared with.
 */
const hospital = SHIPPED_HOSPITALS.find((h) => h.hospitalId === 'zlt-peoples')!;
const person = (id: string): Person => ({
  personId: id,
  name: '示例',
  householdId: 'h',
  township: 'zhonghe',
  village: 'v',
  registeredFrom: '2016-01-01',
  flags: {},
  insuredYears: [2019],
});

function engineRate(n: number): number {
  const facts: ClaimFacts[] = Array.from({ length: 1000 }, (_, i) => ({
    claimId: `B-${i}`,
    hospitalId: hospital.hospitalId,
    personId: '11010519491231002X',
    kind: 'inpatient',
    admittedOn: '2019-03-01',
    dischargedOn: '2019-03-09',
    diagnosis: {
      icd10: null,
      majorDisease: i % 5 === 0 ? 'gastric-cancer' : null,
      chronicDisease: null,
      cataractEyes: null,
    },
    referral: { registered: false, emergency: false },
    costs: {
      total: 100_000 + randomInt(8_000_000),
      outOfCatalogue: randomInt(50_000),
      patientExcess: 0,
      hospitalExcess: 0,
    },
    deliveries: 0,
  }));
  const p = person('11010519491231002X');
  const start = process.hrtime.bigint();
  let year: PersonYear = emptyPersonYear(p.personId, 2019);
  for (let i = 0; i < n; i += 1) {
    if (i % 20 === 0) year = emptyPersonYear(p.personId, 2019);
    year = settle(facts[i % facts.length]!, year, p, hospital, ZHALANTUN_2019).nextPersonYear;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

const pct = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN'; // per-request log lines would measure stdout, not the API
  const settlements = engineRate(50_000);
  const stack = await startLocalStack({ port: 0, seed: false, schedules: false, log: () => undefined });
  try {
    const tokenOf = async (claims: object) =>
      (
        (await (
          await fetch(`${stack.apiUrl}/dev/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(claims),
          })
        ).json()) as { token: string }
      ).token;
    const poverty = await tokenOf({ role: 'poverty-office' });
    const hospitalToken = await tokenOf({ role: 'hospital', hospitalId: hospital.hospitalId });
    const persons = Array.from({ length: 400 }, (_, i) => makeIdentity('159996', '19600101', i));
    await fetch(`${stack.apiUrl}/v1/roster/persons`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${poverty}` },
      body: JSON.stringify({
        persons: persons.map((id) => ({
          personId: id,
          name: '示例',
          householdId: `H-${id}`,
          township: 'zhonghe',
          village: 'v',
          registeredFrom: '2016-01-01',
        })),
      }),
    });

    const n = 2000;
    const latencies: number[] = [];
    const t0 = performance.now();
    await mapLimit(
      Array.from({ length: n }, (_, i) => i),
      16,
      async (i) => {
        const s = performance.now();
        const r = await fetch(`${stack.apiUrl}/v1/claims`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${hospitalToken}` },
          body: JSON.stringify({
            claimId: `BENCH-${i}`,
            personId: persons[i % persons.length],
            kind: 'inpatient',
            admittedOn: '2019-03-01',
            dischargedOn: '2019-03-09',
            costs: { total: 1000 + (i % 97) * 100 },
          }),
        });
        await r.arrayBuffer();
        if (r.status !== 201) throw new Error(`claim ${i}: ${r.status}`);
        latencies.push(performance.now() - s);
      },
    );
    const apiSeconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);

    const doc = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: stack.dynamodbEndpoint,
        region: 'cn-north-1',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      }),
    );
    const t1 = performance.now();
    await mapLimit(
      Array.from({ length: n }, (_, i) => i),
      16,
      async (i) => {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: stack.tableName,
                  Item: { pk: `RAW#${i}`, sk: 'CLAIM', v: i },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Put: { TableName: stack.tableName, Item: { pk: `RAWP#${i % 400}`, sk: `YEAR#${i}`, v: i } } },
            ],
          }),
        );
      },
    );
    const rawSeconds = (performance.now() - t1) / 1000;

    const apiRate = n / apiSeconds;
    const rawRate = n / rawSeconds;
    console.log('figure                                         value');
    console.log(`engine settlements per second (one core)       ${settlements.toFixed(0)}`);
    console.log(`POST /v1/claims requests per second (16 conc.) ${apiRate.toFixed(0)}`);
    console.log(
      `POST /v1/claims latency p50 / p99 (ms)         ${pct(latencies, 0.5).toFixed(1)} / ${pct(latencies, 0.99).toFixed(1)}`,
    );
    console.log(`raw TransactWriteItems per second (16 conc.)   ${rawRate.toFixed(0)}`);
    console.log(`API rate / raw transaction rate                ${(apiRate / rawRate).toFixed(2)}`);
    console.log(`(${n} claims over ${persons.length} persons; node ${process.version}; DynamoDB Local in memory)`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
