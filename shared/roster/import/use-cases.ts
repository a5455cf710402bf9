import { randomUUID } from 'node:crypto';
import type { Caller } from '../../auth/roles.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { diffRow, type RowDiff } from '../diff.js';
import { loadingRoleOf } from '../load.js';
import type { LoadingRole } from '../ownership.js';
import type { PersonRow } from '../schemas.js';
import type { Person } from '../types.js';
import { checkSheetRows, type CheckedRow, type Village } from './check.js';
import { FIELD_LABELS, IMPORT_FIELDS, missingFields, suggestMapping, type ColumnMapping } from './fields.js';
import type { ImportCounts, ImportJob, RejectedRow } from './ports.js';
import { StaleRunError } from './ports.js';
import { readSheet, UnreadableFileError, type Sheet } from './read.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

/** Largest sheet accepted: 50 MiB (a 建档立卡 list of the whole city is a few MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const UPLOAD_EXPIRES_SECONDS = 900;
/** Rows per checkpoint of a load (and per progress update of a dry run). */
export const LOAD_CHUNK = 1000;
/** How many rejected rows the job itself shows; every one is in the rejected-rows workbook. */
export const REJECTED_SHOWN = 200;
/** A load whose worker has not moved for this long may be resumed by confirming again. */
export const STALLED_MS = 2 * 60 * 1000;

export const IMPORT_PREFIX = BUCKET_PREFIXES.rosterImports;
export const sourceKey = (importId: string) => `${IMPORT_PREFIX}${importId}/source`;
export const commandKey = (importId: string, run: number) => `${IMPORT_PREFIX}${importId}/run-${run}.json`;
export const rejectedKey = (importId: string) => `${BUCKET_PREFIXES.rosterExports}${importId}/rejected.xlsx`;

/** Structurally `PresignedPostOptions` of @aws-sdk/s3-presigned-post (this module imports no AWS code). */
export interface UploadPolicy {
  Bucket: string;
  Key: string;
  Conditions: (Record<string, string> | ['eq', string, string] | ['content-length-range', number, number])[];
  Fields: Record<string, string>;
  Expires: number;
}

export interface ImportDeps {
  imports: {
    create(job: ImportJob): Promise<void>;
    get(importId: string): Promise<ImportJob | undefined>;
    list(office: LoadingRole, limit?: number): Promise<ImportJob[]>;
    update(
      importId: string,
      fields: Partial<ImportJob>,
      when?: { run?: number; from?: readonly ImportJob['status'][] },
    ): Promise<ImportJob>;
    checkpoint(
      importId: string,
      run: number,
      from: number,
      through: number,
      counts: ImportCounts,
      at: string,
    ): Promise<void>;
    getMapping(office: LoadingRole): Promise<ColumnMapping>;
    putMapping(office: LoadingRole, mapping: ColumnMapping, by: string, at: string): Promise<void>;
  };
  roster: {
    getPersons(ids: readonly string[]): Promise<Map<string, Person>>;
    /** The bulk write of a chunk (transactions of up to 100 rows); RowsNotStoredError when it stops partway. */
    importRows(
      rows: readonly { row: PersonRow; diff: RowDiff }[],
      role: LoadingRole,
      caller: Caller,
      stamp: { at: string; via: string },
    ): Promise<void>;
    villages(): Promise<Map<string, Village[]>>;
  };
  storage: {
    presignPost(policy: UploadPolicy): Promise<{ url: string; fields: Record<string, string> }>;
    presignGet(key: string): Promise<string>;
    read(key: string, maxBytes: number): Promise<Uint8Array | 'too-large' | undefined>;
    put(key: string, bytes: Uint8Array, meta: { contentType: string; contentDisposition: string }): Promise<unknown>;
    bucket: string;
  };
  now(): Date;
  /** Rows per checkpoint (LOAD_CHUNK unless a test wants a finer one). */
  chunkSize?: number;
}

/** A step for the worker: a small object under the import's prefix, which the bucket delivers to it. */
const putCommand = (deps: ImportDeps, importId: string, command: { command: 'check' | 'load'; run: number }) =>
  deps.storage.put(commandKey(importId, command.run), new TextEncoder().encode(JSON.stringify(command)), {
    contentType: 'application/json',
    contentDisposition: 'inline',
  });

const zero = (): ImportCounts => ({ new: 0, changed: 0, unchanged: 0, rejected: 0 });

async function ownJob(deps: ImportDeps, caller: Caller, importId: string): Promise<ImportJob> {
  const job = await deps.imports.get(importId);
  if (!job) throw new NotFoundError(`Import ${importId} does not exist.`, 'import-not-found');
  if (caller.role !== 'audit' && job.office !== caller.role)
    throw new ForbiddenError(`Import ${importId} belongs to ${job.office}.`);
  return job;
}

/** A new import: the job, and a presigned POST for the file (every size goes to the bucket this way). */
export async function createImport(deps: ImportDeps, caller: Caller, body: { fileName: string; size: number }) {
  const office = loadingRoleOf(caller);
  if (body.size > MAX_IMPORT_BYTES)
    throw new ValidationError('The file is too large.', [
      { path: 'size', message: `must be at most ${MAX_IMPORT_BYTES} bytes` },
    ]);
  const now = deps.now();
  const importId = `RI-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomUUID().slice(0, 8)}`;
  const job: ImportJob = {
    importId,
    office,
    createdBy: caller.sub,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    fileName: body.fileName,
    status: 'awaiting-upload',
    run: 0,
  };
  await deps.imports.create(job);
  const key = sourceKey(importId);
  const upload = await deps.storage.presignPost({
    Bucket: deps.storage.bucket,
    Key: key,
    Conditions: [{ bucket: deps.storage.bucket }, ['eq', '$key', key], ['content-length-range', 1, body.size]],
    Fields: {},
    Expires: UPLOAD_EXPIRES_SECONDS,
  });
  return {
    job: publicJob(job),
    upload,
    expiresAt: new Date(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000).toISOString(),
  };
}

/** What callers see of a job (the S3 keys stay inside). */
export function publicJob(job: ImportJob): Omit<ImportJob, 'rejectedKey'> {
  const { rejectedKey: _k, ...rest } = job;
  return rest;
}

export async function getImport(deps: ImportDeps, caller: Caller, importId: string) {
  const job = await ownJob(deps, caller, importId);
  const rejectedUrl =
    job.rejectedKey && (job.dryRun?.rejected ?? 0) > 0 ? await deps.storage.presignGet(job.rejectedKey) : undefined;
  return { ...publicJob(job), ...(rejectedUrl ? { rejectedUrl } : {}) };
}

export async function listImports(deps: ImportDeps, caller: Caller) {
  const office = loadingRoleOf(caller);
  return { imports: (await deps.imports.list(office)).map(publicJob), mapping: await deps.imports.getMapping(office) };
}

/** Sets the column mapping (remembered for the office) and checks the file again with it. */
export async function setMapping(deps: ImportDeps, caller: Caller, importId: string, mapping: ColumnMapping) {
  const job = await ownJob(deps, caller, importId);
  if (!['needs-mapping', 'checked', 'failed'].includes(job.status) || job.loadedThrough)
    throw new ConflictError('import-not-checkable', `Import ${importId} is ${job.status}; its mapping is fixed.`);
  const columns = job.columns ?? [];
  const problems = Object.keys(mapping)
    .filter((c) => !columns.includes(c))
    .map((c) => ({ path: `mapping.${c}`, message: 'is not a column of the file' }));
  const fields = Object.values(mapping);
  const twice = fields.filter((f, i) => fields.indexOf(f) !== i);
  for (const f of new Set(twice)) problems.push({ path: 'mapping', message: `field ${f} is mapped from two columns` });
  if (problems.length > 0) throw new ValidationError('The mapping is not valid.', problems);
  const now = deps.now().toISOString();
  const office = job.office;
  const remembered = await deps.imports.getMapping(office);
  await deps.imports.putMapping(office, { ...remembered, ...mapping }, caller.sub, now);
  const run = job.run + 1;
  const next = await deps.imports.update(
    importId,
    { mapping, status: 'checking', run, updatedAt: now, processed: 0 },
    { run: job.run, from: ['needs-mapping', 'checked', 'failed'] },
  );
  await putCommand(deps, importId, { command: 'check', run });
  return publicJob(next);
}

/**
 * Confirms a checked import: the worker loads it. Confirming a job that is loading or loaded returns it
 * unchanged; confirming a failed (or stalled) load resumes it from its checkpoint.
 */
export async function confirmImport(deps: ImportDeps, caller: Caller, importId: string) {
  const job = await ownJob(deps, caller, importId);
  if (caller.role === 'audit') throw new ForbiddenError('Audit reads imports; it does not load them.');
  const now = deps.now();
  const stalled = job.status === 'loading' && now.getTime() - new Date(job.updatedAt).getTime() > STALLED_MS;
  const resumable = job.status === 'failed' && job.loadedThrough !== undefined;
  if ((job.status === 'loading' && !stalled) || job.status === 'loaded') return publicJob(job);
  if (job.status !== 'checked' && !resumable && !stalled)
    throw new ConflictError('import-not-checked', `Import ${importId} is ${job.status}; only a checked import loads.`);
  const run = job.run + 1;
  const fresh = job.status === 'checked';
  const next = await deps.imports.update(
    importId,
    {
      status: 'loading',
      run,
      updatedAt: now.toISOString(),
      ...(fresh ? { loadedThrough: 0, processed: 0, loaded: zero() } : {}),
      ...(job.error ? { error: '' } : {}),
    },
    { run: job.run, from: [job.status] },
  );
  await putCommand(deps, importId, { command: 'load', run });
  return publicJob(next);
}

async function readSource(
  deps: ImportDeps,
  job: ImportJob,
): Promise<Sheet & { format: 'xlsx' | 'csv'; encoding?: string }> {
  const bytes = await deps.storage.read(sourceKey(job.importId), MAX_IMPORT_BYTES);
  if (bytes === undefined) throw new UnreadableFileError('上传的文件不见了，请重新上传。');
  if (bytes === 'too-large') throw new UnreadableFileError('文件超过 50 MiB。');
  return readSheet(bytes);
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

function countChunk(checked: readonly CheckedRow[], diffs: Map<number, RowDiff>): ImportCounts {
  const counts = zero();
  for (const c of checked) {
    if (!c.ok) counts.rejected += 1;
    else counts[diffs.get(c.rowNumber)?.change ?? 'unchanged'] += 1;
  }
  return counts;
}

async function diffChunk(deps: ImportDeps, office: LoadingRole, checked: readonly CheckedRow[]) {
  const good = checked.filter((c): c is Extract<CheckedRow, { ok: true }> => c.ok);
  const current = await deps.roster.getPersons(good.map((g) => g.row.personId));
  const planned = good.map((g) => ({ row: g.row, diff: diffRow(current.get(g.row.personId), g.row, office) }));
  const diffs = new Map<number, RowDiff>(good.map((g, i) => [g.rowNumber, planned[i]?.diff as RowDiff]));
  return { planned, diffs };
}

async function rejectedWorkbook(sheet: Sheet, checked: readonly CheckedRow[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('未导入的行');
  ws.addRow(['行号', '原因', ...sheet.columns]).font = { bold: true };
  const byRow = new Map(sheet.rows.map((r) => [r.rowNumber, r.cells]));
  for (const c of checked) {
    if (c.ok) continue;
    // Cells go back as text, so an identity number stays as written and no cell is read as a formula.
    const cells = (byRow.get(c.rowNumber) ?? []).map((v) =>
      v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).replace(/^[=+\-@]/, "'$&"),
    );
    ws.addRow([c.rowNumber, c.reasons.join('；'), ...cells]);
  }
  ws.getColumn(2).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The worker's dry run: read the file, map, check every row and compare it with the roster. */
export async function runCheck(deps: ImportDeps, importId: string, run: number): Promise<ImportJob | undefined> {
  const job = await deps.imports.get(importId);
  if (!job || job.run !== run || job.status !== 'checking') return undefined;
  const at = () => deps.now().toISOString();
  try {
    const sheet = await readSource(deps, job);
    const remembered = await deps.imports.getMapping(job.office);
    const mapping = job.mapping ?? suggestMapping(sheet.columns, remembered);
    const missing = missingFields(mapping);
    const base = {
      columns: sheet.columns,
      mapping,
      total: sheet.rows.length,
      format: sheet.format,
      ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
      updatedAt: at(),
    };
    if (missing.length > 0)
      return await deps.imports.update(
        importId,
        { ...base, status: 'needs-mapping', missing: missing.map((f) => FIELD_LABELS[f] ?? f) },
        { run },
      );
    await deps.imports.update(importId, { ...base, missing: [], processed: 0 }, { run });
    const villages = await deps.roster.villages();
    const checked = checkSheetRows(sheet.rows, sheet.columns, mapping, job.office, villages);
    const counts = zero();
    let processed = 0;
    for (const chunk of chunks(checked, deps.chunkSize ?? LOAD_CHUNK)) {
      const { diffs } = await diffChunk(deps, job.office, chunk);
      const c = countChunk(chunk, diffs);
      for (const k of Object.keys(counts) as (keyof ImportCounts)[]) counts[k] += c[k];
      processed += chunk.length;
      await deps.imports.update(importId, { processed, updatedAt: at() }, { run });
    }
    const rejected: RejectedRow[] = checked
      .filter((c): c is Extract<CheckedRow, { ok: false }> => !c.ok)
      .map((c) => ({ rowNumber: c.rowNumber, ...(c.personId ? { personId: c.personId } : {}), reasons: c.reasons }));
    if (rejected.length > 0)
      await deps.storage.put(rejectedKey(importId), await rejectedWorkbook(sheet, checked), {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentDisposition: `attachment; filename="rejected-${importId}.xlsx"`,
      });
    return await deps.imports.update(
      importId,
      {
        status: 'checked',
        dryRun: counts,
        rejected: rejected.slice(0, REJECTED_SHOWN),
        ...(rejected.length > 0 ? { rejectedKey: rejectedKey(importId) } : {}),
        updatedAt: at(),
      },
      { run },
    );
  } catch (error) {
    if (error instanceof StaleRunError) return undefined;
    if (error instanceof UnreadableFileError)
      return await deps.imports.update(importId, { status: 'failed', error: error.message, updatedAt: at() }, { run });
    throw error;
  }
}

/**
 * The worker's load: the file is read and checked again (the roster may have moved since the dry run),
 * then written chunk by chunk from the checkpoint; each chunk's writes are idempotent upserts of what
 * changed, and the checkpoint moves with the chunk's counts in one conditional write, so a load that
 * fails midway resumes where it stopped and counts nothing twice.
 */
export async function runLoad(deps: ImportDeps, importId: string, run: number): Promise<ImportJob | undefined> {
  const job = await deps.imports.get(importId);
  if (!job || job.run !== run || job.status !== 'loading') return undefined;
  const at = () => deps.now().toISOString();
  const caller: Caller = { sub: job.createdBy, role: job.office };
  const stamp = { at: at(), via: `import ${importId}` };
  try {
    const sheet = await readSource(deps, job);
    const villages = await deps.roster.villages();
    const checked = checkSheetRows(sheet.rows, sheet.columns, job.mapping ?? {}, job.office, villages);
    const size = deps.chunkSize ?? LOAD_CHUNK;
    const read = (start: number) => {
      const chunk = checked.slice(start, start + size);
      const diffed = diffChunk(deps, job.office, chunk);
      diffed.catch(() => undefined); // awaited below; a load that stops first must not leave it unhandled
      return { chunk, diffed };
    };
    let from = job.loadedThrough ?? 0;
    let next = from < checked.length ? read(from) : undefined;
    while (next) {
      const { chunk, diffed } = next;
      const { planned, diffs } = await diffed;
      const through = from + chunk.length;
      // The next chunk's persons are read while this one is written: a person is in one chunk only (a second
      // row for an identity number is rejected), so this chunk's writes cannot change what that read finds.
      next = through < checked.length ? read(through) : undefined;
      await deps.roster.importRows(planned, job.office, caller, stamp);
      await deps.imports.checkpoint(importId, run, from, through, countChunk(chunk, diffs), at());
      from = through;
    }
    return await deps.imports.update(importId, { status: 'loaded', updatedAt: at() }, { run });
  } catch (error) {
    if (error instanceof StaleRunError) return undefined;
    const message =
      error instanceof UnreadableFileError ? error.message : '导入中途出错，已导入的行已保存；请点“继续导入”。';
    await deps.imports.update(importId, { status: 'failed', error: message, updatedAt: at() }, { run }).catch(() => {});
    if (error instanceof UnreadableFileError) return undefined;
    throw error;
  }
}

/** The worker's entry: an uploaded file starts its dry run; a command object names a run to do. */
export async function onImportObject(deps: ImportDeps, key: string): Promise<string> {
  const m = /^roster-imports\/([A-Za-z0-9-]+)\/(source|run-(\d+)\.json)$/.exec(key);
  if (!m) return 'ignored';
  const [, importId = '', what] = m;
  if (what === 'source') {
    const job = await deps.imports.get(importId);
    if (job?.status !== 'awaiting-upload') return 'ignored';
    try {
      await deps.imports.update(
        importId,
        { status: 'checking', run: 1, updatedAt: deps.now().toISOString() },
        { run: 0, from: ['awaiting-upload'] },
      );
    } catch (error) {
      if (error instanceof StaleRunError) return 'ignored';
      throw error;
    }
    return (await runCheck(deps, importId, 1))?.status ?? 'stale';
  }
  const bytes = await deps.storage.read(key, 1024);
  if (!bytes || bytes === 'too-large') return 'ignored';
  const command = JSON.parse(new TextDecoder().decode(bytes)) as { command: 'check' | 'load'; run: number };
  const done =
    command.command === 'load'
      ? await runLoad(deps, importId, command.run)
      : await runCheck(deps, importId, command.run);
  return done?.status ?? 'stale';
}

export const importFieldChoices = IMPORT_FIELDS;
