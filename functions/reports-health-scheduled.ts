import { healthReportDeps } from '../shared/app/reports.js';
import { logger } from '../shared/logging/logger.js';
import { flushMetrics, recordReportRun } from '../shared/observability/metrics.js';
import { cutOffFor, schedulerEventSchema } from '../shared/platform/scheduler-event.js';
import { runHealthReport } from '../shared/reports/health-run.js';

/** The 1st at 00:00 Asia/Shanghai: the month the cut-off (the last day) belongs to. */
export const makeHandler =
  (deps = healthReportDeps) =>
  async (event: unknown) => {
    const month = cutOffFor(schedulerEventSchema.parse(event)).slice(0, 7);
    const summary = await runHealthReport(deps(), month);
    recordReportRun('health', 'schedule');
    flushMetrics();
    logger.info('monthly health report', { month, revision: summary.revision, claims: summary.claims });
    return summary;
  };

export const handler = makeHandler();
