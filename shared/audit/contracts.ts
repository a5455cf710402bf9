import * as z from 'zod';
import { contract } from '../http/contract.js';
import { AUDIT_ENTITIES } from './types.js';

const entity = z.enum(AUDIT_ENTITIES).meta({
  description:
    'claim (`<hospitalId>/<claimId>`), refund-account (`<personId>/<year>`), case (housing case id), photo (`<caseId>/<photoId>`), student (student id), post (ranger post id), person (identity number), hospital (registry id), roster (a roster load or import: `load/<loadId>` or `import/<importId>`, the `changedIn` of the person items it wrote)',
});

const broken = z.object({
  chain: z.string().meta({ description: 'The chain the first broken record belongs to' }),
  entity: z.enum([...AUDIT_ENTITIES, 'chain']),
  entityId: z.string().meta({ description: 'The claim, case, student, post… whose stored item no longer matches' }),
  reason: z.string(),
});

export const auditVerifySchema = z
  .object({
    ok: z
      .boolean()
      .meta({ description: 'True when every chain links, every item matches and the locked digest holds' }),
    chains: z.number().int(),
    records: z.number().int(),
    digest: z
      .object({ key: z.string(), at: z.iso.datetime(), chains: z.number().int() })
      .optional()
      .meta({ description: 'The locked digest compared with (absent before the first daily run)' }),
    broken: z.array(broken).meta({ description: 'The first broken record of each chain' }),
  })
  .meta({ id: 'AuditVerification' });

const actor = z.object({
  sub: z.string(),
  role: z.string(),
  township: z.string().optional(),
  hospitalId: z.string().optional(),
  clientId: z.string().optional(),
});

export const auditRecordSchema = z
  .object({
    chain: z.string(),
    seq: z.number().int().min(1),
    at: z.iso.datetime(),
    action: z.string().meta({ description: 'claim.settled, claim.voided, case.step, photo.verdict, …' }),
    entity,
    entityId: z
      .string()
      .meta({ description: 'Person-keyed entities are named by a reference (a hash), never the identity number' }),
    actor,
    items: z.array(
      z.object({
        key: z.string().meta({ description: 'The item key, identity numbers replaced by a reference' }),
        hash: z.string().nullable().meta({ description: 'SHA-256 of the canonical item; null: deleted' }),
        version: z
          .number()
          .int()
          .optional()
          .meta({ description: "The item's version as written (roster items, which several chains may write)" }),
      }),
    ),
    summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRecord' });

export const auditRecordsQuerySchema = z.object({
  entity,
  entityId: z.string().min(1).max(200).meta({ description: 'The id of the claim, case, student, post… (see entity)' }),
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
      schema: z
        .object({ entity, entityId: z.string(), records: z.array(auditRecordSchema) })
        .meta({ id: 'AuditHistory' }),
      description: 'The history of one claim, case, student, post…, oldest first (empty when nothing was recorded)',
    },
  }),
};
