/** The reports' ports: where report files are published, revision by revision. */

export interface ReportFile {
  name: string;
  body: string | Buffer;
  contentType: string;
}

export interface Published {
  prefix: string;
  revision: number;
  /** True when an identical report was already stored: nothing was written. */
  unchanged: boolean;
  keys: Record<string, string>;
}

/** Short-lived links: reports are private and read only through these (docs/rules.md §4, §7). */
export const LINK_SECONDS = 300;

/**
 * The port the report use cases write and read through. S3ReportStore (s3-report-store.ts) is the
 * adapter; MemoryReportStore (memory-report-store.ts) keeps the same revision rule in memory, and one
 * contract suite (tests/support/contracts/report-store.ts) runs against both.
 */
export interface ReportStore {
  publish(base: string, id: string, canonicalJson: string, files: readonly ReportFile[]): Promise<Published>;
  listIds(base: string): Promise<string[]>;
  latest(
    base: string,
    id: string,
    names: readonly string[],
  ): Promise<{ revision: number; json: unknown; links: Record<string, string> } | undefined>;
}
