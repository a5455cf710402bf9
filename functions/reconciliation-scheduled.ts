import { reconciliationDeps } from '../shared/app/reports.js';
import { runReconciliation } from '../shared/claims/reconciliation.js';
import { logger } from '../shared/logging/logger.js';
import { flushMetrics, recordReportRun } from '../shared/observability/metrics.js';
import { cutOffFor, schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/** 2 January 00:00 Asia/Shanghai: reconciles the year that the cut-off (1 January's eve) belongs to. */
export const makeHandler =
  (deps = reconciliationDeps) =>
  async (event: unknown) => {
    const year = Number(cutOffFor(schedulerEventSchema.parse(event)).slice(0, 4));
    const summary = await runReconciliation(deps(), year);
    recordReportRun('reconciliation', 'schedule');
    flushMetrics();
    logger.info('yearly reconciliation', { ...summary });
    return summary;
  };

export const handler = makeHandler();
