import type { S3Event } from 'aws-lambda';
import * as z from '../shared/zod.js';
import { photoDeps } from '../shared/app/housing-photos.js';
import { checkUploadedPhoto, sweepStrandedUploads } from '../shared/housing/use-cases.js';
import { logger } from '../shared/logging/logger.js';
import { flushMetrics, recordPhotoVerdict } from '../shared/observability/metrics.js';
import { schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/** The S3 ObjectCreated notification (AWS and the local s3rver send the same shape). */
export const s3EventSchema = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      eventTime: z.string(),
      s3: z.object({
        bucket: z.object({ name: z.string() }),
        object: z.object({ key: z.string(), size: z.optional(z.number()) }),
      }),
    }),
  ),
});

export const makeHandler =
  (deps = photoDeps) =>
  async (event: S3Event | unknown): Promise<{ results: string[] }> => {
    // The daily schedule: check again every upload whose check failed after its retries.
    const scheduled = schedulerEventSchema.safeParse(event);
    if (scheduled.success) {
      const counts = await sweepStrandedUploads(deps(), new Date(scheduled.data.scheduledTime));
      logger.info('stranded photo uploads swept', { counts });
      return { results: Object.entries(counts).map(([outcome, n]) => `${outcome}:${n}`) };
    }
    const parsed = s3EventSchema.parse(event);
    const results: string[] = [];
    for (const record of parsed.Records) {
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      // S3 URL-encodes keys in notifications (spaces as '+').
      const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      const outcome = await checkUploadedPhoto(deps(), key, new Date(record.eventTime));
      logger.info('photo checked', { key, outcome });
      recordPhotoVerdict(outcome);
      results.push(outcome);
    }
    flushMetrics();
    return { results };
  };

export const handler = makeHandler();
