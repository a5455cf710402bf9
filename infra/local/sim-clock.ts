import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  HandlerExecutionContext,
  MetadataBearer,
  SerializeHandler,
  SerializeHandlerArguments,
} from '@smithy/types';
import { systemClock } from '../../shared/app/adapters.js';
import type { ScheduleDef } from '../../shared/platform/types.js';
import { schedulerEvent } from './scheduler.js';

/**
 * The local stack's simulated clock and meter (never deployed: Lambda reads the system clock and has no
 * `/dev` routes). A request that carries `x-zlt-sim-time` runs its handler with the handlers' clock port
 * (`systemClock`, shared/app/adapters.ts) answering that instant; without the header it answers the real
 * time, so a simulated year and ordinary callers share one stack without seeing each other's time.
 * `x-zlt-sim-step` names the step the request belongs to: the DynamoDB capacity the handler consumes is
 * counted under it (`npm run year`'s per-step figures).
 */
export interface SimContext {
  now?: Date;
  step?: string;
}

export const simContext = new AsyncLocalStorage<SimContext>();

export const SIM_TIME_HEADER = 'x-zlt-sim-time';
export const SIM_STEP_HEADER = 'x-zlt-sim-step';

let installed = false;
/** Points the handlers' clock port at the request's simulated instant (the real time when there is none). */
export function installSimClock(): void {
  if (installed) return;
  installed = true;
  systemClock.now = () => {
    const at = simContext.getStore()?.now;
    return at ? new Date(at.getTime()) : new Date();
  };
}

/** The simulated context a request asks for, or undefined (then nothing changes). */
export function simContextOf(req: IncomingMessage): SimContext | undefined {
  const time = req.headers[SIM_TIME_HEADER];
  const step = req.headers[SIM_STEP_HEADER];
  if (typeof time !== 'string' && typeof step !== 'string') return undefined;
  const ctx: SimContext = {};
  if (typeof time === 'string') {
    const at = new Date(time);
    if (Number.isNaN(at.getTime())) throw new RangeError(`${SIM_TIME_HEADER} is not an ISO instant`);
    ctx.now = at;
  }
  if (typeof step === 'string') ctx.step = step.slice(0, 64);
  return ctx;
}

/** Capacity and bytes per step: what DynamoDB Local answered in ConsumedCapacity, and S3 bytes written. */
export interface MeterTotals {
  rcu: number;
  wcu: number;
  requests: number;
  s3Bytes: number;
  s3Objects: number;
}
const meter = new Map<string, MeterTotals>();

function totalsOf(step: string): MeterTotals {
  let t = meter.get(step);
  if (!t) {
    t = { rcu: 0, wcu: 0, requests: 0, s3Bytes: 0, s3Objects: 0 };
    meter.set(step, t);
  }
  return t;
}

const stepNow = (): string => simContext.getStore()?.step ?? 'other';

export function meterS3(bytes: number, step = stepNow()): void {
  const t = totalsOf(step);
  t.s3Bytes += bytes;
  t.s3Objects += 1;
}

/** Client and document-client command names, by what they consume. */
const READS = new Set([
  ...['GetItem', 'Get', 'Query', 'Scan', 'BatchGetItem', 'BatchGet', 'TransactGetItems', 'TransactGet'],
]);
const WRITES = new Set([
  ...['PutItem', 'Put', 'UpdateItem', 'Update', 'DeleteItem', 'Delete', 'BatchWriteItem', 'BatchWrite'],
  ...['TransactWriteItems', 'TransactWrite'],
]);

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/**
 * Counts the capacity every DynamoDB request of the handlers consumes: asks for `ReturnConsumedCapacity:
 * TOTAL` where the caller did not, and adds up the `ConsumedCapacity` DynamoDB Local answers (reads as RCU,
 * writes as WCU; a transaction's units are already doubled by the service). Only the local stack installs it.
 */
export function installCapacityMeter(client: DynamoDBDocumentClient): void {
  // Right before the serializer: after the document client's marshalling, which rebuilds the input.
  client.middlewareStack.addRelativeTo(
    (next: SerializeHandler<object, MetadataBearer>, context: HandlerExecutionContext) =>
      async (args: SerializeHandlerArguments<object>) => {
        const command = (context.commandName ?? '').replace(/Command$/, '');
        const metered = READS.has(command) || WRITES.has(command);
        const input = args.input as Record<string, unknown>;
        if (metered && input.ReturnConsumedCapacity === undefined) input.ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        if (metered) {
          const out = result.output as { ConsumedCapacity?: Consumed | Consumed[] };
          const list = Array.isArray(out.ConsumedCapacity)
            ? out.ConsumedCapacity
            : out.ConsumedCapacity
              ? [out.ConsumedCapacity]
              : [];
          const t = totalsOf(stepNow());
          t.requests += 1;
          for (const c of list) {
            if (READS.has(command)) t.rcu += c.ReadCapacityUnits ?? c.CapacityUnits ?? 0;
            else t.wcu += c.WriteCapacityUnits ?? c.CapacityUnits ?? 0;
          }
        }
        return result;
      },
    { name: 'zltCapacityMeter', relation: 'before', toMiddleware: 'serializerMiddleware' },
  );
}

/**
 * The local-only routes of the simulated clock: `POST /dev/schedules/{name}` runs a schedule's function with
 * the event EventBridge Scheduler would send at `at` (and the clock at `at`); `GET /dev/meter` answers the
 * counters per step; `POST /dev/meter/reset` zeroes them; `POST /dev/events/settled` with `{ prefix }` answers once the
 * S3 event invocations judging keys under that prefix are done. Answers true when it served the request.
 */
export function simRoutes(options: {
  /** Waits until no S3 event invocation judging a key under `prefix` is under way; answers how many it waited on. */
  settled?: (prefix: string) => Promise<number>;
  schedules: readonly ScheduleDef[];
  invoke: (schedule: ScheduleDef, event: Record<string, string>) => Promise<unknown>;
}) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<boolean> => {
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(value));
      return true;
    };
    if (req.method === 'GET' && url.pathname === '/dev/meter') return send(200, Object.fromEntries(meter));
    if (req.method === 'POST' && url.pathname === '/dev/meter/reset') {
      meter.clear();
      return send(200, {});
    }
    if (req.method === 'POST' && url.pathname === '/dev/events/settled' && options.settled) {
      let prefix: unknown;
      try {
        prefix = (JSON.parse(body.toString('utf8') || '{}') as { prefix?: unknown }).prefix;
      } catch {
        prefix = undefined;
      }
      if (typeof prefix !== 'string' || prefix.length === 0)
        return send(400, {
          error: {
            code: 'validation-error',
            message: 'prefix is required',
            details: [{ path: 'body.prefix', message: 'must be a non-empty key prefix' }],
          },
        });
      return send(200, { prefix, waitedOn: await options.settled(prefix) });
    }
    const m = /^\/dev\/schedules\/([a-z0-9-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && m) {
      const schedule = options.schedules.find((s) => s.name === m[1]);
      if (!schedule) return send(404, { error: { code: 'not-found', message: `No schedule ${m[1]}.`, details: [] } });
      let at: Date;
      try {
        at = new Date((JSON.parse(body.toString('utf8') || '{}') as { at?: string }).at ?? '');
      } catch {
        at = new Date(Number.NaN);
      }
      if (Number.isNaN(at.getTime()))
        return send(400, {
          error: {
            code: 'validation-error',
            message: 'at is required',
            details: [{ path: 'body.at', message: 'must be an ISO instant' }],
          },
        });
      const step = simContextOf(req)?.step ?? `schedule:${schedule.name}`;
      const result = await simContext.run({ now: at, step }, () =>
        options.invoke(schedule, schedulerEvent(schedule, at)),
      );
      return send(200, { schedule: schedule.name, at: at.toISOString(), result: result ?? null });
    }
    return false;
  };
}
