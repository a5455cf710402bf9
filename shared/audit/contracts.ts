import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { AUDIT_ENTITIES } from './types.js';

const entity = z.withMeta(z.enum(AUDIT_ENTITIES), {
  description:
    'claim (`<hospitalId>/<claimId>`), refund-account (`<personId>/<year>`), case (housing case id), photo (`<caseId>/<photoId>`), student (student id), post (ranger post id), person (identity number), hospital (registry id), roster (a roster load or import: `load/<loadId>` or `import/<importId>`, the `changedIn` of the person items it wrote)',
});

const broken = z.object({
  chain: z.withMeta(z.string(), { description: 'The chain the first broken record belongs to' }),
  entity: z.enum([...AUDIT_ENTITIES, 'chain']),
  entityId: z.withMeta(z.string(), {
    description: 'The claim, case, student, post… whose stored item no longer matches',
  }),
  reason: z.string(),
});

export const auditVerifySchema = z.withMeta(
  z.object({
    ok: z.withMeta(z.boolean(), {
      description: 'True when every chain links, every item matches and the locked digest holds',
    }),
    chains: z.number().check(z.int()),
    records: z.number().check(z.int()),
    digest: z.withMeta(
      z.optional(z.object({ key: z.string(), at: z.iso.datetime(), chains: z.number().check(z.int()) })),
      { description: 'The locked digest compared with (absent before the first daily run)' },
    ),
    broken: z.withMeta(z.array(broken), { description: 'The first broken record of each chain' }),
  }),
  { id: 'AuditVerification' },
);

const actor = z.object({
  sub: z.string(),
  role: z.string(),
  township: z.optional(z.string()),
  hospitalId: z.optional(z.string()),
  clientId: z.optional(z.string()),
});

export const auditRecordSchema = z.withMeta(
  z.object({
    chain: z.string(),
    seq: z.number().check(z.int(), z.gte(1)),
    at: z.iso.datetime(),
    action: z.withMeta(z.string(), { description: 'claim.settled, claim.voided, case.step, photo.verdict, …' }),
    entity,
    entityId: z.withMeta(z.string(), {
      description: 'Person-keyed entities are named by a reference (a hash), never the identity number',
    }),
    actor,
    items: z.array(
      z.object({
        key: z.withMeta(z.string(), { description: 'The item key, identity numbers replaced by a reference' }),
        hash: z.withMeta(z.nullable(z.string()), { description: 'SHA-256 of the canonical item; null: deleted' }),
        version: z.withMeta(z.optional(z.number().check(z.int())), {
          description: "The item's version as written (roster items, which several chains may write)",
        }),
      }),
    ),
    summary: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
    prevHash: z.string(),
    hash: z.string(),
  }),
  { id: 'AuditRecord' },
);

export const auditRecordsQuerySchema = z.object({
  entity,
  entityId: z.withMeta(z.string().check(z.minLength(1), z.maxLength(200)), {
    description: 'The id of the claim, case, student, post… (see entity)',
  }),
});

export const AUDIT_CONTRACTS = {
  verify: contract({
    route: 'POST /v1/audit/verify',
    success: {
      status: 200,
      schema: auditVerifySchema,
      description: 'Every chain recomputed from the table and compared with the stored items and the locked digest',
    },
  }),
  records: contract({
    route: 'GET /v1/audit/records',
    query: auditRecordsQuerySchema,
    success: {
      status: 200,
      schema: z.withMeta(z.object({ entity, entityId: z.string(), records: z.array(auditRecordSchema) }), {
        id: 'AuditHistory',
      }),
      description: 'The history of one claim, case, student, post…, oldest first (empty when nothing was recorded)',
    },
  }),
};
