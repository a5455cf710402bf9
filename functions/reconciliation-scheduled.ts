import { reconciliationDeps } from '../shared/app/reports.js';
import { runReconciliation } from '../shared/claims/reconciliation.js';
import { logger } from '../shared/logging/logger.js';
import { flushMetrics, recordReportRun } from '../shared/observability/metrics.js';
import { reconciledYearFor, schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/** 2 January 00:00 Asia/Shanghai: reconciles the year before (H 三.(二).5.6): 次年1月 settles the past year). */
export const makeHandler =
  (deps = reconciliationDeps) =>
  async (event: unknown) => {
    const year = reconciledYearFor(schedulerEventSchema.parse(event));
    const summary = await runReconciliation(deps(), year);
    recordReportRun('reconciliation', 'schedule');
    flushMetrics();
    logger.info('yearly reconciliation', { ...summary });
    return summary;
  };

export const handler = makeHandler();
