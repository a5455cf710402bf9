import type { LoadingRole } from '../ownership.js';
import type { ColumnMapping } from './fields.js';

/** What the roster import's use cases know of its store: the job, its counts and rejected rows. */
export type ImportStatus =
  | 'awaiting-upload'
  | 'checking'
  | 'needs-mapping'
  | 'checked'
  | 'loading'
  | 'loaded'
  | 'failed';

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

export interface RejectedRow {
  rowNumber: number;
  personId?: string;
  reasons: string[];
}

export interface ImportJob {
  importId: string;
  office: LoadingRole;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  fileName: string;
  status: ImportStatus;
  format?: 'xlsx' | 'csv';
  encoding?: string;
  columns?: string[];
  mapping?: ColumnMapping;
  /** Data rows in the file. */
  total?: number;
  /** Rows checked (dry run) or loaded so far (load): the progress. */
  processed?: number;
  /** The dry run's counts. */
  dryRun?: ImportCounts;
  /** The load's counts, added chunk by chunk together with the checkpoint. */
  loaded?: ImportCounts;
  /** Rows (by position among the data rows) whose load is complete; a retry resumes here. */
  loadedThrough?: number;
  /** The first rejected rows (all of them are in the rejected-rows workbook). */
  rejected?: RejectedRow[];
  rejectedKey?: string;
  /** The mapping is missing these required fields. */
  missing?: string[];
  error?: string;
  /** Increments on each dry run or load request, so each is one distinct command. */
  run: number;
}

/** A dry run or load request that a newer request of the same import has overtaken. */
export class StaleRunError extends Error {}
