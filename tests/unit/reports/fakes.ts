import { createHash } from 'node:crypto';
import type { IsoDate } from '../../../shared/dates.js';
import type { CaseHistorySource, HistoryItem } from '../../../shared/reports/progress.js';
import type { Published, ReportFile, ReportStore } from '../../../shared/reports/ports.js';

/** The report store's revision rule in memory: same JSON → same revision, nothing written; else r<n+1>. */
export class MemoryReportStore implements ReportStore {
  readonly objects = new Map<string, { body: string | Buffer; sha256: string }>();
  writes = 0;

  private revisions(base: string, id: string): number[] {
    const revs = new Set<number>();
    for (const key of this.objects.keys()) {
      const m = new RegExp(`^${base}/${id}/r(\\d+)/`).exec(key);
      if (m) revs.add(Number(m[1]));
    }
    return [...revs].sort((a, b) => a - b);
  }

  async publish(base: string, id: string, canonicalJson: string, files: readonly ReportFile[]): Promise<Published> {
    const sha256 = createHash('sha256').update(canonicalJson).digest('hex');
    const latest = this.revisions(base, id).at(-1);
    const keysFor = (rev: number) =>
      Object.fromEntries(files.map((f) => [f.name.split('.').pop()!, `${base}/${id}/r${rev}/${f.name}`]));
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
          .map((k) => k.slice(base.length + 1).split('/')[0]!),
      ),
    ]
      .sort()
      .reverse();
  }

  async latest(base: string, id: string, names: readonly string[]) {
    const revision = this.revisions(base, id).at(-1);
    if (revision === undefined) return undefined;
    const json = JSON.parse(String(this.objects.get(`${base}/${id}/r${revision}/report.json`)!.body));
    return {
      revision,
      json,
      links: Object.fromEntries(names.map((n) => [n.split('.').pop()!, `memory://${base}/${id}/r${revision}/${n}`])),
    };
  }

  file(base: string, id: string, revision: number, name: string): string | Buffer {
    return this.objects.get(`${base}/${id}/r${revision}/${name}`)!.body;
  }
}

const sortKey = (i: HistoryItem): string =>
  i.kind === 'event'
    ? `${i.event.on}#${i.event.caseId}#E${String(i.event.seq).padStart(6, '0')}`
    : `${i.photo.stepOn ?? i.photo.decidedOn}#${i.photo.caseId}#P${i.photo.photoId}`;

/** The case store's history in memory: each township's items dated on or before the cut-off, in the gsi2 order. */
export function memoryHistory(byTownship: Record<string, HistoryItem[]>, asked: string[] = []): CaseHistorySource {
  return {
    async *historyUpTo(township: string, asOf: IsoDate) {
      asked.push(`${township}@${asOf}`);
      const items = (byTownship[township] ?? []).filter(
        (i) => (i.kind === 'event' ? i.event.on : (i.photo.stepOn ?? i.photo.decidedOn!)) <= asOf,
      );
      yield* [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    },
  };
}
