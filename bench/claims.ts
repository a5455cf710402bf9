import { randomInt, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type GetCommandInput,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { emptyPersonYear, settle } from '../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../shared/claims/policy/index.js';
import type { ClaimFacts, PersonYear } from '../shared/claims/types.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { ddb, documentClientFor } from '../shared/data/clients.js';
import { GENESIS, personRef } from '../shared/audit/hash.js';
import { headShard, recordSk } from '../shared/audit/keys.js';
import { makeIdentity } from '../shared/identity/gb11643.js';
import { SHIPPED_HOSPITALS } from '../shared/reference/hospitals.js';
import type { Person } from '../shared/roster/types.js';
import { lambdaContext } from '../infra/local/gateway.js';
import { startLocalStack } from '../infra/local/stack.js';

/**
 * `npm run bench:claims` — figures, not assertions (docs/performance.md):
 * 1. the pure engine's settlements per second on one core;
 * 2. side by side in one process, in alternating batches so the shared machine's load falls on both alike:
 *    - the API: the `claims-post` handler invoked with the payload-v2 event API Gateway sends after its JWT
 *      authorizer (what Lambda runs; the gateway's HTTP and token work is API Gateway's, not the function's);
 *    - the floor: exactly the DynamoDB requests the API issued for the same claim, sent directly through a
 *      document client configured the same way — the reads in parallel, then the same TransactWriteItems with
 *      the same items (captured from the API's own calls, keys moved to the floor's own persons and claims).
 *    The wire is metered on both clients (requests per operation, request bytes per claim); if the floor does
 *    not issue what the API issued, the bench says so and exits 1, so the comparison cannot silently drift
 *    when the API's requests change (an audit record in the transaction, a cache).
 * 3. the cold phase: the first CLAIMS_COLD claims after the process started, in batches of 100 alternating
 *    API/floor (both start with cold SDK code; only the API's own code is extra);
 * 4. Node CPU per claim on each side (process.cpuUsage over that side's batches; DynamoDB Local is another
 *    process).
 *
 * Sizes by environment: CLAIMS_COLD (2000), CLAIMS_WARM (6000 per side), PERSONS (400), CONCURRENCY (16).
 * Ends with `RESULT claims_ratio_warm|claims_ratio_cold|claims_node_cpu_ms|claims_floor_cpu_ms …` lines.
 */
const COLD = Number(process.env.CLAIMS_COLD ?? 2000);
const WARM = Number(process.env.CLAIMS_WARM ?? 6000);
const PERSONS = Number(process.env.PERSONS ?? 400);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const COLD_BATCH = 100;
const WARM_BATCH = 1000;

const hospital = SHIPPED_HOSPITALS.find((h) => h.hospitalId === 'zlt-peoples')!;

function engineRate(n: number): number {
  const person: Person = {
    personId: '11010519491231002X',
    name: '示例',
    householdId: 'h',
    township: 'zhonghe',
    village: 'v',
    registeredFrom: '2016-01-01',
    flags: {},
    insuredYears: [2019],
  };
  const facts: ClaimFacts[] = Array.from({ length: 1000 }, (_, i) => ({
    claimId: `B-${i}`,
    hospitalId: hospital.hospitalId,
    personId: person.personId,
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
  const start = process.hrtime.bigint();
  let year: PersonYear = emptyPersonYear(person.personId, 2019);
  for (let i = 0; i < n; i += 1) {
    if (i % 20 === 0) year = emptyPersonYear(person.personId, 2019);
    year = settle(facts[i % facts.length]!, year, person, hospital, ZHALANTUN_2019).nextPersonYear;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Requests per operation and request bytes on the wire, counted in the SDK's last step before sending. */
interface Wire {
  ops: Map<string, number>;
  bytes: number;
}
const newWire = (): Wire => ({ ops: new Map(), bytes: 0 });

function meter(client: DynamoDBDocumentClient, wire: () => Wire): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: string | Uint8Array };
      const w = wire();
      const op = (request.headers?.['x-amz-target'] ?? '?').replace(/^DynamoDB_\d+\./, '');
      w.ops.set(op, (w.ops.get(op) ?? 0) + 1);
      const body = request.body;
      w.bytes += typeof body === 'string' ? Buffer.byteLength(body) : (body?.byteLength ?? 0);
      return next(args);
    },
    { step: 'finalizeRequest', name: 'benchWireMeter' },
  );
}

const claimIdOf = (n: number, side: 'A' | 'F') => `${side}${String(n).padStart(7, '0')}`;

async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN'; // per-request log lines would measure the terminal, not the API
  // The claim's business metrics are real work of the function (EMF lines Lambda ships to CloudWatch): they are
  // built and serialised as in Lambda, and only their write to this terminal is dropped (and counted).
  let emfLines = 0;
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  (process.stdout as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('{"_aws"')) {
      emfLines += 1;
      return true;
    }
    return write(chunk, ...rest);
  };
  const settlements = engineRate(50_000);
  const stack = await startLocalStack({ port: 0, seed: false, schedules: false, log: () => undefined });
  try {
    const tokenClaims = async (claims: object) => {
      const r = await fetch(`${stack.apiUrl}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(claims),
      });
      const { token } = (await r.json()) as { token: string };
      return { token, claims: JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) };
    };
    const poverty = (await tokenClaims({ role: 'poverty-office' })).token;
    const hospitalClaims = (await tokenClaims({ role: 'hospital', hospitalId: hospital.hospitalId })).claims;
    const apiPersons = Array.from({ length: PERSONS }, (_, i) => makeIdentity('159996', '19600101', i));
    const floorPersons = Array.from({ length: PERSONS }, (_, i) => makeIdentity('159995', '19600101', i));
    // Both sides' persons through the roster API: the same profile items, so the same partition Query sizes.
    for (const ids of [apiPersons, floorPersons]) {
      const r = await fetch(`${stack.apiUrl}/v1/roster/persons`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${poverty}` },
        body: JSON.stringify({
          persons: ids.map((id) => ({
            personId: id,
            name: '示例',
            householdId: `H-${id}`,
            township: 'zhonghe',
            village: 'v',
            registeredFrom: '2016-01-01',
          })),
        }),
      });
      if (!r.ok) throw new Error(`roster load: ${r.status} ${await r.text()}`);
    }

    // The handler as Lambda loads it (module load is Lambda's init, not timed here).
    const { handler } = (await import('../functions/claims-post.js')) as {
      handler: (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<{ statusCode: number }>;
    };
    const apiClient = ddb();
    const floorClient = documentClientFor(stack.dynamodbEndpoint);
    let apiWire = newWire();
    let floorWire = newWire();
    meter(apiClient, () => apiWire);
    meter(floorClient, () => floorWire);

    // Capture what the API sends: the commands are only collected while the clock runs, and sorted out after
    // (by the claim id, the person id, or neither: the lookups every claim makes, such as the hospital).
    type Read = { kind: 'get' | 'query'; input: GetCommandInput | QueryCommandInput };
    const perClaim = new Map<string, { reads: Read[]; transaction?: TransactWriteCommandInput }>();
    const perPerson = new Map<string, Map<string, Read>>();
    const everyClaim = new Map<string, Read>();
    // The audit chain of a person-year is named by the person's reference (a hash of the id), not the id: the
    // head read before the transaction is the person's, and the floor reads its own person's head.
    const refs = new Map<string, string>();
    for (let i = 0; i < PERSONS; i += 1) {
      refs.set(personRef(apiPersons[i]!), apiPersons[i]!);
      refs.set(personRef(floorPersons[i]!), floorPersons[i]!);
    }
    const chainHeadReads = new Map<string, Read>(); // by API person: GetItem of AUDIT#person-year/<ref>/<yyyy>
    let sent: unknown[] = [];
    const originalSend = apiClient.send.bind(apiClient) as (...args: unknown[]) => Promise<unknown>;
    (apiClient as { send: unknown }).send = (...args: unknown[]) => {
      sent.push(args[0]);
      return originalSend(...args);
    };
    const sortOut = () => {
      for (const command of sent) {
        const input = (command as { input: Record<string, unknown> }).input;
        const text = JSON.stringify(input);
        const claimId = /[#"](A\d{7})"/.exec(text)?.[1];
        const personId = /PERSON#(\d{17}[\dX])/.exec(text)?.[1];
        const chainOf = /"AUDIT#person-year\/([0-9a-f]{20})\/\d{4}"/.exec(text)?.[1];
        if (command instanceof TransactWriteCommand) {
          if (!claimId) throw new Error('a transaction without the claim');
          const c = perClaim.get(claimId) ?? { reads: [] };
          c.transaction = input as TransactWriteCommandInput;
          perClaim.set(claimId, c);
          continue;
        }
        if (!(command instanceof GetCommand || command instanceof QueryCommand))
          throw new Error(`the API sent ${(command as object).constructor.name}; teach the floor to send it`);
        const read: Read = {
          kind: command instanceof GetCommand ? 'get' : 'query',
          input: input as GetCommandInput | QueryCommandInput,
        };
        if (chainOf && !claimId) {
          const owner = refs.get(chainOf);
          if (!owner || read.kind !== 'get') throw new Error(`an audit read the floor cannot place: ${text}`);
          chainHeadReads.set(owner, read);
        } else if (claimId) {
          const c = perClaim.get(claimId) ?? { reads: [] };
          c.reads.push(read);
          perClaim.set(claimId, c);
        } else if (personId) {
          const reads = perPerson.get(personId) ?? new Map<string, Read>();
          reads.set(text, read);
          perPerson.set(personId, reads);
        } else everyClaim.set(text, read);
      }
      sent = [];
    };

    const event = (n: number): APIGatewayProxyEventV2WithJWTAuthorizer => {
      const personId = apiPersons[n % PERSONS]!;
      const body = JSON.stringify({
        claimId: claimIdOf(n, 'A'),
        personId,
        kind: 'inpatient',
        admittedOn: '2019-03-01',
        dischargedOn: '2019-03-09',
        costs: { total: 1000 + (n % 97) * 100 },
      });
      return {
        version: '2.0',
        routeKey: 'POST /v1/claims',
        rawPath: '/v1/claims',
        rawQueryString: '',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          host: '127.0.0.1',
          'user-agent': 'bench',
        },
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: hospitalClaims, scopes: [] } },
          domainName: '127.0.0.1',
          domainPrefix: 'local',
          http: { method: 'POST', path: '/v1/claims', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
          requestId: randomUUID(),
          routeKey: 'POST /v1/claims',
          stage: '$default',
          time: new Date().toUTCString(),
          timeEpoch: Date.now(),
        },
        body,
        isBase64Encoded: false,
      };
    };

    // The floor's version of API claim n: the same requests with the keys moved to the floor's claim and person.
    const floorOf = (n: number) => {
      const c = perClaim.get(claimIdOf(n, 'A'));
      if (!c?.transaction) throw new Error(`nothing captured for API claim ${n}`);
      const apiPerson = apiPersons[n % PERSONS]!;
      const floorPerson = floorPersons[n % PERSONS]!;
      // The claim id, the person id, and the person's reference (in the audit chain's name and the record's
      // masked keys) move to the floor's own: same lengths, so the same bytes on the wire.
      const from = [claimIdOf(n, 'A'), apiPerson, personRef(apiPerson)];
      const to = [claimIdOf(n, 'F'), floorPerson, personRef(floorPerson)];
      const move = <T>(value: T): T => {
        let text = JSON.stringify(value);
        for (let i = 0; i < from.length; i += 1) text = text.split(from[i]!).join(to[i]!);
        return JSON.parse(text) as T;
      };
      const reads = [...c.reads, ...(perPerson.get(from[1]!)?.values() ?? []), ...everyClaim.values()].map((r) => ({
        kind: r.kind,
        input: move(r.input),
      }));
      const head = chainHeadReads.get(apiPerson);
      const transaction = move(c.transaction);
      for (const t of transaction.TransactItems ?? []) {
        const item = t.Put?.Item;
        if (item?.kind === 'audit-head') item.gsi1pk = headShard(item.chain as string);
      }
      return { reads, ...(head ? { head: { kind: head.kind, input: move(head.input) } } : {}), transaction };
    };

    /**
     * The floor claim: the reads and (as the API does) the audit chain's head in parallel, then the transaction
     * with the person-year's version the reads found and the chain's next record after the head: its seq, key
     * and previous hash, and the head's condition on the seq and hash read — the values the API's trail puts
     * there (shared/audit/dynamodb-audit-trail.ts, appendItems). The record's own hash stays the API's (the
     * same 64 hex digits on the wire; the floor does not hash, it only sends).
     */
    const floorClaim = async (f: ReturnType<typeof floorOf>) => {
      const headRead = f.head ? floorClient.send(new GetCommand(f.head.input as GetCommandInput)) : undefined;
      const results = (await Promise.all(
        f.reads.map((r) =>
          r.kind === 'get'
            ? floorClient.send(new GetCommand(r.input as GetCommandInput))
            : floorClient.send(new QueryCommand(r.input as QueryCommandInput)),
        ),
      )) as { Items?: Record<string, unknown>[] }[];
      const head = (await headRead)?.Item;
      const seq = ((head?.seq as number | undefined) ?? 0) + 1;
      for (const t of f.transaction.TransactItems ?? []) {
        const put = t.Put;
        if (put?.Item?.kind === 'audit-record') {
          put.Item.seq = seq;
          put.Item.sk = recordSk(seq);
          put.Item.prevHash = (head?.hash as string | undefined) ?? GENESIS;
          put.Item.gsi2sk = `${put.Item.at}#${put.Item.chain}#${recordSk(seq)}`;
        } else if (put?.Item?.kind === 'audit-head') {
          put.Item.seq = seq;
          put.ConditionExpression = head ? 'seq = :prev AND #h = :prevHash' : 'attribute_not_exists(pk)';
          if (head) {
            put.ExpressionAttributeNames = { '#h': 'hash' };
            put.ExpressionAttributeValues = { ':prev': head.seq, ':prevHash': head.hash };
          } else {
            delete put.ExpressionAttributeNames;
            delete put.ExpressionAttributeValues;
          }
        }
      }
      for (const t of f.transaction.TransactItems ?? []) {
        const item = t.Put?.Item;
        if (!item || !String(item.sk).startsWith('YEAR#')) continue;
        const stored = results.flatMap((r) => r.Items ?? []).find((i) => i.pk === item.pk && i.sk === item.sk);
        const version = stored ? (stored.version as number) : undefined;
        item.version = (version ?? 0) + 1;
        t.Put!.ConditionExpression = version === undefined ? 'attribute_not_exists(pk)' : 'version = :v';
        if (version === undefined) delete t.Put!.ExpressionAttributeValues;
        else t.Put!.ExpressionAttributeValues = { ':v': version };
      }
      await floorClient.send(new TransactWriteCommand(f.transaction));
    };

    interface Side {
      claims: number;
      seconds: number;
      cpuMs: number;
      latencies: number[];
    }
    const side = (): Side => ({ claims: 0, seconds: 0, cpuMs: 0, latencies: [] });
    const phases = { cold: { api: side(), floor: side() }, warm: { api: side(), floor: side() } };
    const timed = async (s: Side, items: number[], run: (n: number) => Promise<void>) => {
      const cpu = process.cpuUsage();
      const t = performance.now();
      await mapLimit(items, CONCURRENCY, async (n) => {
        const started = performance.now();
        await run(n);
        s.latencies.push(performance.now() - started);
      });
      s.seconds += (performance.now() - t) / 1000;
      const used = process.cpuUsage(cpu);
      s.cpuMs += (used.user + used.system) / 1000;
      s.claims += items.length;
    };
    const apiClaim = async (n: number) => {
      const r = await handler(event(n), lambdaContext('claims-post'));
      if (r.statusCode !== 201) throw new Error(`API claim ${n}: ${r.statusCode} ${JSON.stringify(r)}`);
    };

    let next = 0;
    const wireCheck: { api: Wire; floor: Wire; claims: number }[] = [];
    const round = async (phase: { api: Side; floor: Side }, size: number) => {
      const items = Array.from({ length: size }, (_, i) => next + i);
      next += size;
      apiWire = newWire();
      await timed(phase.api, items, apiClaim);
      sortOut();
      const floors = new Map(items.map((n) => [n, floorOf(n)])); // built before the clock starts
      floorWire = newWire();
      await timed(phase.floor, items, (n) => floorClaim(floors.get(n)!));
      for (const n of items) perClaim.delete(claimIdOf(n, 'A'));
      wireCheck.push({ api: apiWire, floor: floorWire, claims: size });
    };
    for (let done = 0; done < COLD; done += COLD_BATCH) await round(phases.cold, Math.min(COLD_BATCH, COLD - done));
    for (let done = 0; done < WARM; done += WARM_BATCH) await round(phases.warm, Math.min(WARM_BATCH, WARM - done));

    // Does the floor issue what the API issued? Per claim: requests by operation, and request bytes.
    const total = (key: 'api' | 'floor') => {
      const ops = new Map<string, number>();
      let bytes = 0;
      let claims = 0;
      for (const w of wireCheck) {
        for (const [op, count] of w[key].ops) ops.set(op, (ops.get(op) ?? 0) + count);
        bytes += w[key].bytes;
        claims += w.claims;
      }
      return { ops, bytes: bytes / claims, claims };
    };
    const apiTotal = total('api');
    const floorTotal = total('floor');
    const opNames = [...new Set([...apiTotal.ops.keys(), ...floorTotal.ops.keys()])].sort();
    const mismatches: string[] = [];
    for (const op of opNames) {
      const a = apiTotal.ops.get(op) ?? 0;
      const f = floorTotal.ops.get(op) ?? 0;
      // The API may retry a lost race (a second read and transaction); allow 1 % for those.
      if (Math.abs(a - f) > Math.max(2, 0.01 * a)) mismatches.push(`${op}: API ${a}, floor ${f}`);
    }
    if (Math.abs(apiTotal.bytes - floorTotal.bytes) > 0.03 * apiTotal.bytes)
      mismatches.push(
        `request bytes per claim: API ${apiTotal.bytes.toFixed(0)}, floor ${floorTotal.bytes.toFixed(0)}`,
      );

    const rate = (s: Side) => s.claims / s.seconds;
    const cpu = (s: Side) => s.cpuMs / s.claims;
    const pct = (xs: number[], q: number) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    };
    const row = (label: string, s: Side) =>
      console.log(
        `${label.padEnd(30)} ${String(s.claims).padStart(6)} ${rate(s).toFixed(0).padStart(9)} ${cpu(s).toFixed(2).padStart(12)} ${pct(s.latencies, 0.5).toFixed(1).padStart(8)} ${pct(s.latencies, 0.99).toFixed(1).padStart(8)}`,
      );
    const ratioWarm = rate(phases.warm.api) / rate(phases.warm.floor);
    const ratioCold = rate(phases.cold.api) / rate(phases.cold.floor);

    console.log(`engine settlements per second (one core): ${settlements.toFixed(0)}`);
    console.log('');
    console.log(
      `${'side'.padEnd(30)} ${'claims'.padStart(6)} ${'claims/s'.padStart(9)} ${'CPU ms/claim'.padStart(12)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
    );
    row(`cold (first ${COLD}): API`, phases.cold.api);
    row(`cold (first ${COLD}): floor`, phases.cold.floor);
    row('warm: API', phases.warm.api);
    row('warm: floor', phases.warm.floor);
    console.log(`ratio API/floor: warm ${ratioWarm.toFixed(2)}, cold ${ratioCold.toFixed(2)}`);
    console.log('');
    console.log('requests per claim (wire)      API    floor');
    for (const op of opNames) {
      const a = (apiTotal.ops.get(op) ?? 0) / apiTotal.claims;
      const f = (floorTotal.ops.get(op) ?? 0) / floorTotal.claims;
      console.log(`  ${op.padEnd(26)} ${a.toFixed(3).padStart(6)} ${f.toFixed(3).padStart(8)}`);
    }
    console.log(`  ${'EMF metric lines (API)'.padEnd(26)} ${(emfLines / (COLD + WARM)).toFixed(3).padStart(6)}`);
    console.log(
      `  ${'request bytes'.padEnd(26)} ${apiTotal.bytes.toFixed(0).padStart(6)} ${floorTotal.bytes.toFixed(0).padStart(8)}`,
    );
    console.log(
      `(${PERSONS} persons per side, ${CONCURRENCY} in flight; node ${process.version}; DynamoDB Local in memory; load average ${loadavg()[0]?.toFixed(1)})`,
    );
    if (mismatches.length > 0) {
      console.error(`The floor does not issue what the API issues: ${mismatches.join('; ')}`);
      process.exitCode = 1;
    }
    console.log(`RESULT claims_ratio_warm ${ratioWarm.toFixed(3)} ratio`);
    console.log(`RESULT claims_ratio_cold ${ratioCold.toFixed(3)} ratio`);
    console.log(`RESULT claims_node_cpu_ms ${cpu(phases.warm.api).toFixed(3)} ms`);
    console.log(`RESULT claims_floor_cpu_ms ${cpu(phases.warm.floor).toFixed(3)} ms`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
