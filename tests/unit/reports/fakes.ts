import type { IsoDate } from '../../../shared/dates.js';
import type { CaseHistorySource, HistoryItem } from '../../../shared/reports/progress.js';

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
