import type { IsoDate } from '../../../shared/dates.js';
import type { CaseHistorySource, CaseProgressSource, HistoryItem } from '../../../shared/reports/progress.js';
import { projectionsFromHistory } from '../../../shared/reports/progress-projection.js';

const sortKey = (i: HistoryItem): string =>
  i.kind === 'event'
    ? `${i.event.on}#${i.event.caseId}#E${String(i.event.seq).padStart(6, '0')}`
    : `${i.photo.stepOn ?? i.photo.decidedOn}#${i.photo.caseId}#P${i.photo.photoId}`;

/**
 * The case store's two report sources in memory: each township's history items dated on or before the
 * cut-off, in the gsi2 order; and each township's cases as progress projections built from the same items
 * (as the store writes them with each event and verdict). `asked` records each read: `<township>@<asOf>` for
 * a history, `<township>` for the projections.
 */
export function memoryHistory(
  byTownship: Record<string, HistoryItem[]>,
  asked: string[] = [],
): CaseHistorySource & CaseProgressSource {
  return {
    async *historyUpTo(township: string, asOf: IsoDate) {
      asked.push(`${township}@${asOf}`);
      const items = (byTownship[township] ?? []).filter(
        (i) => (i.kind === 'event' ? i.event.on : (i.photo.stepOn ?? i.photo.decidedOn!)) <= asOf,
      );
      yield* [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    },
    async *progressOf(township: string) {
      asked.push(township);
      yield* projectionsFromHistory(byTownship[township] ?? []);
    },
  };
}
