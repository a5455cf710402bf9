import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { INCOME_PROGRAMMES } from './income.js';
import {
  monthPathSchema,
  hireSchema,
  incomeSchema,
  rangerListQuerySchema,
  rangerPathSchema,
  releaseSchema,
} from './schemas.js';

const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });
const township = z.enum(TOWNSHIP_CODES);

const post = z.withMeta(
  z.object({
    personId: z.string(),
    householdId: z.string(),
    township,
    postNo: z.withMeta(z.number().check(z.int(), z.gte(1)), {
      description: "The post's number within the township's quota",
    }),
    village: z.withMeta(z.string(), { description: 'The village the post is held in' }),
    from: isoDate,
    status: z.enum(['active', 'released']),
    releasedOn: z.optional(isoDate),
    hiredBy: z.withMeta(z.string(), { description: 'Who hired (the caller’s subject)' }),
    pay: z.withMeta(
      z.object({
        year: z.number().check(z.int()),
        months: z.number().check(z.int(), z.gte(0), z.lte(12)),
        amount: yuanOut,
        clause: z.string(),
      }),
      { description: 'Pay for the year: months held and the amount due' },
    ),
  }),
  { id: 'RangerPost' },
);

const incomeRecord = z.withMeta(
  z.object({
    programme: z.enum(INCOME_PROGRAMMES),
    participantId: z.string(),
    householdId: z.string(),
    people: z.number().check(z.int()),
    earnings: yuanOut,
  }),
  { id: 'IncomeRecordStored' },
);

const counts = {
  villages: z.number().check(z.int()),
  quota: z.number().check(z.int()),
  filled: z.number().check(z.int()),
  free: z.number().check(z.int()),
  people: z.number().check(z.int()),
};

const incomeProgramme = z.withMeta(
  z.object({
    programme: z.enum(INCOME_PROGRAMMES),
    clause: z.string(),
    target: z.object({
      households: z.nullable(z.number().check(z.int())),
      people: z.number().check(z.int()),
      incomePerUnit: yuanOut,
      per: z.enum(['household', 'worker', 'person']),
    }),
    actual: z.object({
      households: z.number().check(z.int()),
      people: z.number().check(z.int()),
      participants: z.number().check(z.int()),
      reachingTarget: z.number().check(z.int()),
      earnings: yuanOut,
    }),
  }),
  { id: 'IncomeProgress' },
);

export const ECOLOGY_CONTRACTS = {
  payRun: contract({
    route: 'POST /v1/ecology/pay-runs/{month}',
    params: monthPathSchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          month: z.string(),
          paidThisRun: z.withMeta(z.number().check(z.int()), { description: 'Post-months recorded by this run' }),
          entries: z.number().check(z.int()),
          total: yuanOut,
          byTownship: z.partialRecord(township, yuanOut),
          withheld: z.withMeta(
            z.array(
              z.object({
                personId: z.string(),
                township,
                postNo: z.number().check(z.int(), z.gte(1)),
                village: z.string(),
                days: z.number().check(z.int(), z.gte(0)),
                reason: z.string(),
              }),
            ),
            { description: 'Holders not paid this month, each with the reason (e.g. off the register)' },
          ),
        }),
        { id: 'RangerPayRun' },
      ),
      description: "The month's ranger pay ledger (a rerun pays nobody twice)",
    },
  }),
  hire: contract({
    route: 'POST /v1/ecology/rangers',
    body: hireSchema,
    success: {
      status: 201,
      schema: post,
      description: 'Hired',
      replay: 'The same hire recorded before: the post as stored',
    },
    errors: {
      409: ['quota-full', 'household-has-ranger', 'excluded', 'unable-to-work', 'not-registered'],
      429: ['too-many-requests'],
    },
  }),
  release: contract({
    route: 'POST /v1/ecology/rangers/{personId}/release',
    params: rangerPathSchema,
    body: releaseSchema,
    success: { status: 200, schema: post, description: 'Released; the post is free again' },
    errors: { 404: ['ranger-not-found'], 429: ['too-many-requests'] },
  }),
  list: contract({
    route: 'GET /v1/ecology/rangers',
    query: rangerListQuerySchema,
    success: {
      status: 200,
      schema: z.object({ rangers: z.array(post) }),
      description: "A township's rangers with their pay for the year",
    },
  }),
  quotas: contract({
    route: 'GET /v1/ecology/quotas',
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          townships: z.array(
            z.object({
              township,
              name: z.string(),
              ...counts,
            }),
          ),
          totals: z.object(counts),
        }),
        { id: 'RangerQuotas' },
      ),
      description: 'Quota, filled and free posts per township',
    },
  }),
  income: contract({
    route: 'POST /v1/ecology/income',
    body: incomeSchema,
    success: { status: 201, schema: incomeRecord, description: 'Recorded (a participant again replaces its record)' },
  }),
  incomeProgress: contract({
    route: 'GET /v1/ecology/income',
    success: {
      status: 200,
      schema: z.object({ programmes: z.array(incomeProgramme) }),
      description: 'Progress against the plan targets',
    },
  }),
};
