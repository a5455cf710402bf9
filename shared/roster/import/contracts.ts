import * as z from '../../zod.js';
import { contract } from '../../http/contract.js';
import { TOWNSHIP_CODES } from '../../reference/townships.js';
import { IMPORT_FIELDS } from './fields.js';

const counts = z.object({
  new: z.number().check(z.int()),
  changed: z.number().check(z.int()),
  unchanged: z.number().check(z.int()),
  rejected: z.number().check(z.int()),
});

const importStatus = z.enum(['awaiting-upload', 'checking', 'needs-mapping', 'checked', 'loading', 'loaded', 'failed']);

const fieldEnum = z.enum(IMPORT_FIELDS);
export const columnMappingSchema = z.withMeta(z.record(z.string().check(z.minLength(1), z.maxLength(200)), fieldEnum), {
  id: 'RosterColumnMapping',
  description: 'Column header as written in the sheet → roster field',
});

export const importJobSchema = z.withMeta(
  z.object({
    importId: z.string(),
    office: z.enum(['poverty-office', 'civil-affairs', 'disabled-federation']),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    fileName: z.string(),
    status: importStatus,
    format: z.optional(z.enum(['xlsx', 'csv'])),
    encoding: z.optional(z.string()),
    columns: z.optional(z.array(z.string())),
    mapping: z.optional(columnMappingSchema),
    missing: z.withMeta(z.optional(z.array(z.string())), {
      description: 'Required fields (Chinese) no column is mapped to',
    }),
    total: z.optional(z.number().check(z.int())),
    processed: z.optional(z.number().check(z.int())),
    dryRun: z.optional(counts),
    loaded: z.optional(counts),
    loadedThrough: z.optional(z.number().check(z.int())),
    rejected: z.withMeta(
      z.optional(
        z.array(
          z.object({
            rowNumber: z.number().check(z.int()),
            personId: z.optional(z.string()),
            reasons: z.array(z.string()),
          }),
        ),
      ),
      { description: 'The first 200 rejected rows with their sheet row number and reasons in Chinese' },
    ),
    rejectedUrl: z.withMeta(z.optional(z.string()), { description: 'Short-lived link to every rejected row as xlsx' }),
    error: z.optional(z.string()),
    run: z.number().check(z.int()),
  }),
  { id: 'RosterImport' },
);

const importPath = z.object({ importId: z.string().check(z.regex(/^RI-[0-9]{8}-[0-9a-f]{8}$/)) });

const village = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
});

export const ROSTER_IMPORT_CONTRACTS = {
  create: contract({
    route: 'POST /v1/roster/imports',
    body: z.withMeta(
      z.strictObject({
        fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
        size: z.withMeta(z.number().check(z.int(), z.gte(1)), { description: 'Bytes; at most 50 MiB' }),
      }),
      { id: 'RosterImportRequest' },
    ),
    success: {
      status: 201,
      schema: z.object({
        job: importJobSchema,
        upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
        expiresAt: z.string(),
      }),
      description: 'The import and a presigned POST for the file; the dry run starts when the file arrives',
    },
  }),
  list: contract({
    route: 'GET /v1/roster/imports',
    success: {
      status: 200,
      schema: z.object({ imports: z.array(importJobSchema), mapping: columnMappingSchema }),
      description: "The office's latest imports and its remembered column mapping",
    },
  }),
  get: contract({
    route: 'GET /v1/roster/imports/{importId}',
    params: importPath,
    success: { status: 200, schema: importJobSchema, description: 'Status, progress, dry-run counts, rejected rows' },
    errors: { 404: ['import-not-found'] },
  }),
  mapping: contract({
    route: 'PUT /v1/roster/imports/{importId}/mapping',
    params: importPath,
    body: z.strictObject({ mapping: columnMappingSchema }),
    success: { status: 200, schema: importJobSchema, description: 'The import, checking again with this mapping' },
    errors: { 404: ['import-not-found'], 409: ['import-not-checkable'] },
  }),
  confirm: contract({
    route: 'POST /v1/roster/imports/{importId}/confirm',
    params: importPath,
    success: { status: 202, schema: importJobSchema, description: 'The import, loading (or resuming)' },
    errors: { 404: ['import-not-found'], 409: ['import-not-checked'] },
  }),
  villages: contract({
    route: 'GET /v1/reference/villages',
    success: {
      status: 200,
      schema: z.object({
        villages: z.array(z.object({ township: z.string(), villages: z.array(village) })),
      }),
      description: "Each township's registered villages",
    },
  }),
  putVillages: contract({
    route: 'PUT /v1/reference/villages/{township}',
    params: z.object({ township: z.enum(TOWNSHIP_CODES) }),
    body: z.withMeta(z.strictObject({ villages: z.array(village).check(z.minLength(1), z.maxLength(500)) }), {
      id: 'VillageList',
    }),
    success: {
      status: 200,
      schema: z.object({ township: z.string(), villages: z.array(village) }),
      description: 'Stored',
    },
  }),
};
