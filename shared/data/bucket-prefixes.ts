/**
 * What lives where in the private files bucket. Each function is granted only the prefixes its route-table
 * entry names (shared/platform/routes), for only the operations it needs; the key builders use these
 * constants, so a key can never fall outside the prefix the function was granted.
 */
export const BUCKET_PREFIXES = {
  /** Photo uploads through presigned forms; the S3 trigger of the photo check. Deleted once decided. */
  photoUploads: 'housing/',
  /** Accepted photos, copied to keys no form can name (one per content hash). Never deleted or overwritten. */
  evidence: 'evidence/',
  healthReports: 'reports/health/',
  progressReports: 'reports/progress/',
  reconciliation: 'reports/reconciliation/',
  /** The 1st/15th bulletins: drafts and published revisions (JSON and the print-ready workbook). */
  bulletins: 'reports/bulletins/',
  /** Roster import files and the worker's step commands; the S3 trigger of the import worker. */
  rosterImports: 'roster-imports/',
  /** Rejected-rows workbooks for the importing office. */
  rosterExports: 'roster-exports/',
  simulations: 'simulations/',
  /** Empty; the readiness check lists it to prove the bucket answers. */
  readinessProbe: 'health/',
} as const;

export type BucketPrefix = (typeof BUCKET_PREFIXES)[keyof typeof BUCKET_PREFIXES];

/** A report base (`reports/health`) from its prefix: report keys are `<base>/<id>/r<n>/<file>`. */
export const reportBase = (prefix: BucketPrefix): string => prefix.replace(/\/$/, '');
