import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { createTables } from '../infra/local/provision.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { MAIN_TABLE } from '../shared/data/tables.js';
import { personIndexKeys } from '../shared/data/person-items.js';
import { DynamoDbHospitalStore } from '../shared/reference/dynamodb-hospital-store.js';
import { DynamoDbRosterStore } from '../shared/roster/dynamodb-roster-store.js';
import { PERSON_FLAGS } from '../shared/roster/types.js';
import { type ChronicNeed, DynamoDbHealthLedger } from '../shared/simulation/dynamodb-ledger.js';
import { startSimulation } from '../shared/simulation/run.js';
import { MemorySimulationStore } from '../shared/simulation/store.js';
import { syntheticLedger } from '../tests/support/synthetic-ledger.js';

/**
 * `npm run bench:simulation` — CLAIMS (default 30,000) synthetic 2019 claims, settled by the engine in
 * discharge order per person (3 a person, 5% voided) and written into a fresh DynamoDB Local exactly as
 * the claim store writes them (claim items on gsi1 `CLAIMS#<month>`, persons on gsi2 `PERSONS#<township>`, chronic
 * certifications in the person's partition). Then the job as `POST /v1/simulations` runs it — twelve
 * paged Queries, the roster, the certifications, baseline and variant re-settlement, the comparison,
 * JSON/CSV/xlsx — with the files built but kept in memory instead of uploaded. Prints
 * `RESULT simulation_30k_s <seconds> s`.
 */
const CLAIMS = Number(process.env.CLAIMS ?? 30_000);

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const raw = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    const table = 'zlt-bench-main';
    await createTables(raw, [{ name: table, def: MAIN_TABLE }]);
    const doc = DynamoDBDocumentClient.from(raw);

    const t0 = performance.now();
    const ledger = syntheticLedger({ claims: CLAIMS, claimsPerPerson: 3, seed: 2019 });
    const items: Record<string, unknown>[] = [];
    for (const p of ledger.persons)
      items.push({
        pk: `PERSON#${p.personId}`,
        sk: 'PROFILE',
        entity: 'person',
        ...p,
        ...Object.fromEntries(PERSON_FLAGS.filter((f) => p.flags[f]).map((f) => [f, true])),
        flags: undefined,
        ...personIndexKeys(p.township, p.personId),
      });
    for (const [personId, certs] of ledger.certifications)
      for (const c of certs)
        items.push({ pk: `PERSON#${personId}`, sk: `CHRONIC#${c.disease}#${c.certifiedBy}`, ...c });
    for (const c of ledger.claims)
      items.push({
        pk: `CLAIM#${c.hospitalId}#${c.claimId}`,
        sk: 'CLAIM',
        entity: 'claim',
        ...c,
        year: 2019,
        requestHash: 'bench',
        gsi1pk: `CLAIMS#${c.settlement.serviceDate.slice(0, 7)}`,
        gsi1sk: `${c.hospitalId}#${c.claimId}`,
      });
    const batches: Record<string, unknown>[][] = [];
    for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
    await mapLimit(batches, 8, async (batch) => {
      let request: Record<string, unknown[]> | undefined = {
        [table]: batch.map((Item) => ({ PutRequest: { Item: JSON.parse(JSON.stringify(Item)) } })),
      };
      while (request && Object.keys(request).length) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    });
    const loadSeconds = (performance.now() - t0) / 1000;

    const health = new DynamoDbHealthLedger(
      doc,
      table,
      new DynamoDbRosterStore(doc, table),
      new DynamoDbHospitalStore(doc, table),
    );

    /** One run of the job as `POST /v1/simulations` runs it, timed, with the reads' phases. */
    const runOnce = async () => {
      const store = new MemorySimulationStore();
      // Phase timings: how long each read took (they overlap: claims, roster and registry run together, and the
      // months are settled as they arrive).
      const phases: Record<string, number> = {};
      const timed =
        <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>) =>
        async (...a: A): Promise<R> => {
          const t = performance.now();
          try {
            return await fn(...a);
          } finally {
            phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000;
          }
        };
      const started = performance.now();
      const deps = {
        health: {
          claimMonths: (y: number) => {
            const reads = health.claimMonths(y);
            // Until the last month is in (they are settled as they arrive, so this overlaps the settling).
            void Promise.allSettled(reads).then(() => {
              phases['claims (12 paged Queries), until the last'] = (performance.now() - started) / 1000;
            });
            return reads;
          },
          hospitals: timed('hospital registry', () => health.hospitals()),
          certifications: timed('certifications (summed over months)', (wanted: readonly ChronicNeed[]) =>
            health.certifications(wanted),
          ),
          persons: () => health.persons(),
        },
        housing: { casesOfYear: async () => [] },
        education: { studentsWithLedgers: async () => [] },
        store,
        now: () => new Date(),
      };
      const cpu0 = process.cpuUsage();
      const jvm0 = dynamo.cpuSeconds();
      const record = await startSimulation(
        deps,
        { sub: 'bench', role: 'insurance-bureau' },
        {
          programme: 'health',
          year: 2019,
          variant: {
            name: 'bench',
            reason: 'bench',
            overrides: { 'targets.selfPayCap.county': 3000, 'topUp.shareOfRemainder.commercialInsurance': 40 },
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const jvm1 = dynamo.cpuSeconds();
      const result = (await store.result(record.simulationId)) as {
        claims: { surviving: number; voided: number };
        persons: number;
        inconsistencies: { claims: number; baselineEqualsRecorded: boolean };
        selfPayChange: { rises: { persons: number; yuan: number } };
      };
      const fileBytes = [...store.files.values()].reduce((n, f) => n + Buffer.byteLength(f.body), 0);
      return {
        seconds,
        nodeCpu: (cpu.user + cpu.system) / 1e6,
        jvmCpu: jvm0 === undefined || jvm1 === undefined ? undefined : jvm1 - jvm0,
        result,
        phases,
        fileBytes,
      };
    };

    // Twice: DynamoDB Local is a JVM whose query path is still being compiled by its JIT on the first run (the
    // load above only wrote); the second run is what a stack that has served a few reads answers.
    const first = await runOnce();
    const again = await runOnce();
    const { result, fileBytes } = first;
    console.log(`claims (surviving / voided)            ${result.claims.surviving} / ${result.claims.voided}`);
    console.log(`persons                                ${result.persons}`);
    console.log(`items written (load)                   ${items.length} (${loadSeconds.toFixed(1)} s)`);
    console.log(
      `baseline equals recorded               ${result.inconsistencies.baselineEqualsRecorded} (${result.inconsistencies.claims} inconsistent claims)`,
    );
    console.log(
      `variant: self-pay rises for            ${result.selfPayChange.rises.persons} persons, ${result.selfPayChange.rises.yuan} yuan`,
    );
    console.log(`files (JSON + CSV + xlsx)              ${(fileBytes / 1024).toFixed(0)} KiB`);
    for (const [label, run] of [
      ['first run', first],
      ['second run', again],
    ] as const) {
      console.log(
        `${label.padEnd(39)}${run.seconds.toFixed(2)} s (this process's CPU ${run.nodeCpu.toFixed(2)} s, DynamoDB Local's ${run.jvmCpu?.toFixed(2) ?? '?'} s)`,
      );
      for (const [name, s] of Object.entries(run.phases)) console.log(`  read: ${name.padEnd(44)}${s.toFixed(2)} s`);
    }
    console.log(`(node ${process.version}; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)})`);
    console.log(`RESULT simulation_30k_s ${first.seconds.toFixed(2)} s`);
    console.log(`RESULT simulation_30k_again_s ${again.seconds.toFixed(2)} s`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
