import { auditTrail, digestStore } from '../shared/app/audit.js';
import { buildDigest } from '../shared/audit/use-cases.js';
import { logger } from '../shared/logging/logger.js';
import { schedulerEventSchema } from '../shared/platform/scheduler-event.js';

/**
 * Daily 01:00 Asia/Shanghai: every chain's head and the digest over all heads, written to the Object Lock
 * bucket (docs/audit.md, "Digest"). The digest is stamped with the schedule's time, so a retried run of the
 * same day writes the same key (a locked object is never overwritten: a second put adds a version).
 */
export const makeHandler =
  (deps = () => ({ trail: auditTrail(), digests: digestStore() })) =>
  async (event: unknown) => {
    const { scheduledTime } = schedulerEventSchema.parse(event);
    const { trail, digests } = deps();
    const digest = buildDigest(await trail.heads(), new Date(scheduledTime).toISOString());
    const key = await digests.put(digest);
    logger.info('audit digest', { key, chains: digest.heads.length, digest: digest.digest });
    return { key, chains: digest.heads.length, digest: digest.digest };
  };

export const handler = makeHandler();
