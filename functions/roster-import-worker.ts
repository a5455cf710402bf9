import type { S3Event } from 'aws-lambda';
import { logger } from '../shared/logging/logger.js';
import { importDeps } from '../shared/app/roster-import.js';
import { flushMetrics, recordImportStep } from '../shared/observability/metrics.js';
import { onImportObject } from '../shared/roster/import/use-cases.js';
import { s3EventSchema } from './photo-uploaded.js';

/**
 * Roster imports (S3 ObjectCreated under roster-imports/): an uploaded file starts its dry run; a command
 * object written by the mapping or confirm route runs that step. A load that throws is retried by
 * Lambda's asynchronous retry and resumes from its checkpoint.
 */
export const makeHandler =
  (deps = importDeps) =>
  async (event: S3Event | unknown): Promise<{ results: string[] }> => {
    const parsed = s3EventSchema.parse(event);
    const results: string[] = [];
    for (const record of parsed.Records) {
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      const outcome = await onImportObject(deps(), key).catch((error: unknown) => {
        logger.error('roster import step failed', { key, error: error as Error });
        throw error;
      });
      logger.info('roster import step', { key, outcome });
      if (outcome !== 'ignored') recordImportStep(outcome);
      results.push(outcome);
    }
    flushMetrics();
    return { results };
  };

export const handler = makeHandler();
