import type { S3Event } from 'aws-lambda';
import { z } from 'zod';
import { photoDeps } from '../shared/app/housing-photos.js';
import { checkUploadedPhoto } from '../shared/housing/use-cases.js';
import { logger } from '../shared/logging/logger.js';

/** The S3 ObjectCreated notification (AWS and the local s3rver send the same shape). */
export const s3EventSchema = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      eventTime: z.string(),
      s3: z.object({
        bucket: z.object({ name: z.string() }),
        object: z.object({ key: z.string(), size: z.number().optional() }),
      }),
    }),
  ),
});

export const makeHandler =
  (deps = photoDeps) =>
  async (event: S3Event | unknown): Promise<{ results: string[] }> => {
    const parsed = s3EventSchema.parse(event);
    const results: string[] = [];
    for (const record of parsed.Records) {
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      // S3 URL-encodes keys in notifications (spaces as '+').
      const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      const outcome = await checkUploadedPhoto(deps(), key, new Date(record.eventTime));
      logger.info('photo checked', { key, outcome });
      results.push(outcome);
    }
    return { results };
  };

export const handler = makeHandler();
