import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Digest } from './verify.js';

/** Digests live under this prefix, one object per run, keyed by the run's UTC time (so keys sort by time). */
export const DIGEST_PREFIX = 'digests/';

export const digestKey = (at: string): string => `${DIGEST_PREFIX}${at.replace(/[:.]/g, '-')}.json`;

/**
 * The digest bucket (docs/audit.md, "Digest"). Deployed, it is created with S3 Object Lock and a default
 * retention in compliance mode, so an object once written cannot be overwritten or deleted by anyone, the
 * account's root user included, until its retention ends; the functions get PutObject and GetObject only.
 * Locally s3rver has no Object Lock: the same objects go to an ordinary bucket.
 */
export class S3DigestStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(digest: Digest): Promise<string> {
    const key = digestKey(digest.at);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: JSON.stringify(digest),
        ContentType: 'application/json',
        // Object Lock takes a put only with an integrity checksum.
        ChecksumAlgorithm: 'SHA256',
      }),
    );
    return key;
  }

  /** The newest digest, or undefined before the first run. */
  async latest(): Promise<{ key: string; digest: Digest } | undefined> {
    let last: string | undefined;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: DIGEST_PREFIX,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const o of page.Contents ?? []) if (o.Key && (!last || o.Key > last)) last = o.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    if (!last) return undefined;
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: last }));
    if (!out.Body) return undefined;
    return { key: last, digest: JSON.parse(await out.Body.transformToString()) as Digest };
  }
}
