import { logger } from '../shared/logging/logger.js';
import { cutOffFor, schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/**
 * Scheduled entry for the twice-monthly progress report. Until the reports capability lands (issue 5) it
 * validates the Scheduler event and records the cut-off it would report on.
 */
export const handler = async (event: unknown): Promise<{ asOf: string }> => {
  const parsed = schedulerEventSchema.parse(event);
  const asOf = cutOffFor(parsed);
  logger.info('progress report scheduled', { schedule: parsed.schedule, asOf });
  return { asOf };
};
