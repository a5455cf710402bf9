import { backfillProgress } from '../../scripts/backfill-progress.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bucketBaseName, MAIN_TABLE, TABLES, tableName } from '../../shared/data/tables.js';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { lambdaContext, loadHandler, startGateway } from './gateway.js';
import { createLocalAuth } from './local-auth.js';
import { createTables } from './provision.js';
import { runSchedules } from './scheduler.js';
import { seedDemo } from './seed.js';
import { installCapacityMeter, installSimClock, meterS3, simContext, simContextOf, simRoutes } from './sim-clock.js';
import { ddb } from '../../shared/data/clients.js';
import { startS3Local } from './s3-local.js';

export const LOCAL_STAGE = 'local';
export const LOCAL_BUCKET = `zlt-${LOCAL_STAGE}-${bucketBaseName}`;
/**
 * The audit digests' bucket. s3rver has no Object Lock, so locally this is an ordinary bucket; deployed it is
 * locked in compliance mode (docs/audit.md, "Digest").
 */
export const LOCAL_AUDIT_BUCKET = `zlt-${LOCAL_STAGE}-audit`;

export interface LocalStackOptions {
  port: number;
  persistDir?: string;
  seed?: boolean;
  schedules?: boolean;
  log?: (line: string) => void;
}

export interface LocalStack {
  apiUrl: string;
  dynamodbEndpoint: string;
  s3Endpoint: string;
  tableName: string;
  bucketName: string;
  stop(): Promise<void>;
}

/** Lambda retries a failed asynchronous invocation twice (infra/lib/operations.ts sets the same). */
const ASYNC_RETRIES = 2;

const decodeS3Key = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

async function invokeWithRetries(invoke: () => Promise<unknown>, retries: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await invoke();
      return;
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
}

/**
 * Brings up the whole system on this machine: DynamoDB Local, s3rver, the tables and bucket of the
 * shared definition, demo data, the local gateway, S3 event delivery and the schedules.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.persistDir) mkdirSync(options.persistDir, { recursive: true });
  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s();
  };
  try {
    const dynamo = await startDynamoDbLocal(
      options.persistDir ? { persistDir: join(options.persistDir, 'dynamodb') } : {},
    );
    stoppers.push(() => dynamo.stop());
    const bucketName = LOCAL_BUCKET;
    const s3 = await startS3Local({
      buckets: [bucketName, LOCAL_AUDIT_BUCKET],
      ...(options.persistDir ? { persistDir: join(options.persistDir, 's3') } : {}),
    });
    stoppers.push(() => s3.stop());

    // The handlers read the same environment variables as in Lambda.
    Object.assign(process.env, {
      STAGE: LOCAL_STAGE,
      TABLE_NAME: tableName(LOCAL_STAGE, MAIN_TABLE),
      BUCKET_NAME: bucketName,
      AUDIT_BUCKET_NAME: LOCAL_AUDIT_BUCKET,
      AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      POWERTOOLS_SERVICE_NAME: 'zhalantun-local',
      POWERTOOLS_METRICS_NAMESPACE: 'Zhalantun',
      // DynamoDB Local and s3rver on a shared machine answer far slower than the services (sdk-timeouts.ts),
      // and a function here has more time than its Lambda would (gateway.ts lambdaContext).
      SDK_CONNECTION_TIMEOUT_MS: process.env.SDK_CONNECTION_TIMEOUT_MS ?? '10000',
      SDK_REQUEST_TIMEOUT_MS: process.env.SDK_REQUEST_TIMEOUT_MS ?? '20000',
      LOCAL_FUNCTION_TIMEOUT_MS: process.env.LOCAL_FUNCTION_TIMEOUT_MS ?? '120000',
      // Paging tokens are sealed with this; a fresh key per start (in AWS, a generated secret).
      PAGE_TOKEN_KEY: process.env.PAGE_TOKEN_KEY ?? randomBytes(32).toString('base64url'),
    });

    const raw = new DynamoDBClient({ endpoint: dynamo.endpoint });
    await createTables(
      raw,
      TABLES.map((def) => ({ name: tableName(LOCAL_STAGE, def), def })),
    );
    if (options.persistDir) {
      // Data kept from a run before the progress projections: written once, as a deployed stage's backfill
      // does (docs/deploy.md "Progress projections"); idempotent, so every later start writes nothing.
      const filled = await backfillProgress(DynamoDBDocumentClient.from(raw), tableName(LOCAL_STAGE, MAIN_TABLE));
      if (filled.written > 0) log(`Wrote the progress projections of ${filled.written} housing cases kept from before`);
    }
    if (options.seed !== false) {
      const doc = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
      const seeded = await seedDemo(doc, tableName(LOCAL_STAGE, MAIN_TABLE));
      log(
        `Seeded ${seeded.persons} synthetic persons (region code 159999, not a real one) and ${seeded.cases} housing cases`,
      );
    }

    // The simulated clock and the capacity meter of `npm run year` (sim-clock.ts): local only.
    installSimClock();
    installCapacityMeter(ddb());

    // The S3 event invocations under way and the keys they judge: `POST /dev/events/settled` (sim-clock.ts)
    // answers once none of a key prefix is left, so the year reads a photo's verdict when it is there instead
    // of polling for it. s3rver emits the event before it answers the upload, so an upload that has been
    // answered is already in this map.
    const inFlight = new Map<Promise<void>, string[]>();
    const settled = async (prefix: string): Promise<number> => {
      let waited = 0;
      for (;;) {
        const pending = [...inFlight].filter(([, keys]) => keys.some((k) => k.startsWith(prefix))).map(([p]) => p);
        if (pending.length === 0) return waited;
        waited += pending.length;
        await Promise.all(pending);
      }
    };
    s3.onEvent((event) => {
      for (const r of event.Records) if (r.eventName.startsWith('ObjectCreated')) meterS3(r.s3.object.size ?? 0, 's3');
      // As in AWS: each event function gets the ObjectCreated keys under its trigger's prefix, and an
      // asynchronous invocation that fails is retried twice before it goes to the on-failure queue.
      for (const def of EVENT_FUNCTIONS) {
        const prefix = def.trigger?.s3ObjectCreated.prefix;
        if (prefix === undefined) continue;
        const records = event.Records.filter(
          (r) => r.eventName.startsWith('ObjectCreated') && decodeS3Key(r.s3.object.key).startsWith(prefix),
        );
        if (records.length === 0) continue;
        const keys = records.map((r) => decodeS3Key(r.s3.object.key));
        const invocation = invokeWithRetries(
          () =>
            simContext.run({ step: `event:${def.fn}` }, () =>
              loadHandler(def.fn).then((h) => h({ Records: records }, lambdaContext(def.fn))),
            ),
          ASYNC_RETRIES,
        )
          .catch((error: unknown) =>
            log(`S3 event handler ${def.fn} failed after ${ASYNC_RETRIES} retries: ${String(error)}`),
          )
          .finally(() => inFlight.delete(invocation));
        inFlight.set(invocation, keys);
      }
    });

    const auth = await createLocalAuth();
    const gateway = await startGateway({
      routes: ROUTES,
      auth,
      port: options.port,
      console: { bucketOrigin: s3.endpoint },
      dev: {
        routes: simRoutes({
          settled,
          schedules: SCHEDULES,
          invoke: async (schedule, event) => (await loadHandler(schedule.fn))(event, lambdaContext(schedule.fn)),
        }),
        around: (req, run) => {
          const ctx = simContextOf(req);
          return ctx ? simContext.run(ctx, run) : run();
        },
      },
    });
    stoppers.push(() => gateway.close());

    if (options.schedules !== false) {
      const cancel = runSchedules(
        SCHEDULES,
        async (schedule, event) => {
          log(`schedule ${schedule.name} fired`);
          const handler = await loadHandler(schedule.fn);
          await handler(event, lambdaContext(schedule.fn));
        },
        log,
      );
      stoppers.push(cancel);
    }

    return {
      apiUrl: gateway.url,
      dynamodbEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      tableName: tableName(LOCAL_STAGE, MAIN_TABLE),
      bucketName,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
