import { createHash } from 'node:crypto';
import type { Published, ReportFile, ReportStore } from './ports.js';

/**
 * The report store in memory, for the report use-case tests and as the reference the S3 adapter is held to
 * by the shared contract suite (tests/support/contracts/report-store.ts): the same revision rule (the same
 * canonical JSON as the latest revision writes nothing and answers it; anything else is r<n+1>, never an
 * overwrite) and the same key layout `<base>/<id>/r<revision>/<file>`. Links are `memory://` keys.
 */
/** `report.csv` → `csv`: the key a report file's link is listed under (as the S3 adapter does). */
const extension = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

export class MemoryReportStore implements ReportStore {
  readonly objects = new Map<string, { body: string | Buffer; sha256: string }>();
  writes = 0;

  private revisions(base: string, id: string): number[] {
    const revs = new Set<number>();
    for (const key of this.objects.keys()) {
      const prefix = `${base}/${id}/r`;
      if (!key.startsWith(prefix)) continue;
      const m = /^(\d+)\//.exec(key.slice(prefix.length));
      if (m) revs.add(Number(m[1]));
    }
    return [...revs].sort((a, b) => a - b);
  }

  async publish(base: string, id: string, canonicalJson: string, files: readonly ReportFile[]): Promise<Published> {
    const sha256 = createHash('sha256').update(canonicalJson).digest('hex');
    const latest = this.revisions(base, id).at(-1);
    const keysFor = (rev: number) =>
      Object.fromEntries(files.map((f) => [extension(f.name), `${base}/${id}/r${rev}/${f.name}`]));
    if (latest !== undefined && this.objects.get(`${base}/${id}/r${latest}/report.json`)?.sha256 === sha256) {
      return { prefix: `${base}/${id}/r${latest}/`, revision: latest, unchanged: true, keys: keysFor(latest) };
    }
    const revision = (latest ?? 0) + 1;
    for (const f of files) {
      this.objects.set(`${base}/${id}/r${revision}/${f.name}`, { body: f.body, sha256 });
      this.writes += 1;
    }
    return { prefix: `${base}/${id}/r${revision}/`, revision, unchanged: false, keys: keysFor(revision) };
  }

  async listIds(base: string): Promise<string[]> {
    return [
      ...new Set(
        [...this.objects.keys()]
          .filter((k) => k.startsWith(`${base}/`))
          .map((k) => k.slice(base.length + 1).split('/')[0] ?? ''),
      ),
    ]
      .sort()
      .reverse();
  }

  async latest(base: string, id: string, names: readonly string[]) {
    const revision = this.revisions(base, id).at(-1);
    if (revision === undefined) return undefined;
    const stored = this.objects.get(`${base}/${id}/r${revision}/report.json`);
    if (!stored) throw new Error(`report ${base}/${id}/r${revision}/report.json is missing`);
    const json = JSON.parse(String(stored.body));
    return {
      revision,
      json,
      links: Object.fromEntries(names.map((n) => [extension(n), `memory://${base}/${id}/r${revision}/${n}`])),
    };
  }

  /** A stored file's body (tests read what a report wrote); throws when there is no such file. */
  file(base: string, id: string, revision: number, name: string): string | Buffer {
    const stored = this.objects.get(`${base}/${id}/r${revision}/${name}`);
    if (!stored) throw new Error(`no file ${base}/${id}/r${revision}/${name}`);
    return stored.body;
  }
}
