import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { buildDraft } from '../shared/bulletin/use-cases.js';
import { logger } from '../shared/logging/logger.js';
import { shanghaiDate } from '../shared/dates.js';
import { schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/** The notice that the draft is ready: a metric the office's alarm or dashboard reads. */
export const bulletinMetrics = new Metrics({ namespace: 'Zhalantun', serviceName: 'bulletin' });

/**
 * 00:30 Asia/Shanghai on the 1st and 15th: builds the draft bulletin for that day's cut-off with
 * who has not submitted yet, and says so — a log line and the metrics BulletinDraftBuilt and
 * BulletinTownshipsMissing. Publishing stays a person's act [R1/R2 八.(二) 由市危改办汇总后向全市通报].
 */
export const makeHandler =
  (deps = bulletinDeps, metrics = bulletinMetrics) =>
  async (event: unknown) => {
    // The run's own Shanghai date is the cut-off: the 1st or the 15th (每月1日和15日).
    const asOf = shanghaiDate(new Date(schedulerEventSchema.parse(event).scheduledTime));
    const draft = await buildDraft(deps(), asOf);
    const missing = draft.missing.map((m) => m.name);
    logger.info('bulletin draft ready for the housing office', {
      asOf,
      title: draft.title,
      submitted: draft.narratives.length,
      missing,
    });
    metrics.addMetric('BulletinDraftBuilt', MetricUnit.Count, 1);
    metrics.addMetric('BulletinTownshipsMissing', MetricUnit.Count, missing.length);
    metrics.publishStoredMetrics();
    return { asOf, submitted: draft.narratives.length, missing };
  };

export const handler = makeHandler();
