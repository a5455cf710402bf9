import { logger } from '../shared/logging/logger.js';
import { flushMetrics, recordReportRun } from '../shared/observability/metrics.js';
import { cutOffFor, schedulerEventSchema } from '../shared/platform/scheduler-event.js';
import { progressDeps } from '../shared/app/progress.js';
import { runProgressReport } from '../shared/reports/progress-run.js';

/** 00:00 Asia/Shanghai on the 1st and 15th: the same code as POST /v1/reports/progress, cut-off the previous day. */
export const makeHandler =
  (deps = progressDeps) =>
  async (event: unknown) => {
    const asOf = cutOffFor(schedulerEventSchema.parse(event));
    const summary = await runProgressReport(deps(), asOf);
    recordReportRun('progress', 'schedule');
    flushMetrics();
    logger.info('progress report', { asOf, revision: summary.revision, unchanged: summary.unchanged });
    return { asOf, revision: summary.revision, unchanged: summary.unchanged };
  };

export const handler = makeHandler();
