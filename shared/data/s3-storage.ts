import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/**
 * True when a GET or HEAD failed because the object (or version) is not there. A function's listing is limited
 * to its own prefixes (an `s3:prefix` condition), and S3 then answers a missing key with 403 AccessDenied
 * rather than 404: every key a function reads lies inside its grant (tests/infra), so a 403 there means absent.
 */
export function isAbsent(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    ['NotFound', 'NoSuchKey', 'NoSuchVersion', 'AccessDenied', 'Forbidden'].includes(e.name ?? '') ||
    e.$metadata?.httpStatusCode === 404 ||
    e.$metadata?.httpStatusCode === 403
  );
}

/** Links and upload forms expire in minutes; files are reached only through them (docs/rules.md §4). */
export const GET_LINK_SECONDS = 300;

export interface PresignGetOptions {
  seconds?: number;
  versionId?: string;
  contentType?: string;
  contentDisposition?: string;
}

/** The private bucket, through short-lived presigned requests only. */
export class S3Storage {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async presignPost(policy: PresignedPostOptions): Promise<{ url: string; fields: Record<string, string> }> {
    const { url, fields } = await createPresignedPost(this.client, policy);
    return { url, fields };
  }

  /**
   * A short-lived GET link. `versionId` pins the exact stored version (versioned bucket); `contentType` and
   * `contentDisposition` override what the response says, whatever the object's own metadata is.
   */
  presignGet(key: string, options: PresignGetOptions = {}): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ...(options.versionId ? { VersionId: options.versionId } : {}),
      ...(options.contentType ? { ResponseContentType: options.contentType } : {}),
      ...(options.contentDisposition ? { ResponseContentDisposition: options.contentDisposition } : {}),
    });
    return getSignedUrl(this.client, command, { expiresIn: options.seconds ?? GET_LINK_SECONDS });
  }

  /** Writes bytes with fixed response metadata; answers the stored ETag and version (when the bucket versions). */
  async put(
    key: string,
    bytes: Uint8Array,
    meta: { contentType: string; contentDisposition: string },
  ): Promise<{ etag: string; versionId?: string }> {
    const out = await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: meta.contentType,
        ContentDisposition: meta.contentDisposition,
      }),
    );
    return { etag: out.ETag ?? '', ...(out.VersionId ? { versionId: out.VersionId } : {}) };
  }

  /** The object's current ETag, or undefined when it is gone. */
  async etag(key: string, versionId?: string): Promise<string | undefined> {
    try {
      const out = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }),
      );
      return out.ETag;
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
  }

  /** The object's bytes, 'too-large' beyond `maxBytes` (read no further), or undefined when it is gone. */
  async read(key: string, maxBytes: number): Promise<Uint8Array | 'too-large' | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (out.ContentLength !== undefined && out.ContentLength > maxBytes) return 'too-large';
      if (!out.Body) return undefined;
      const bytes = await out.Body.transformToByteArray();
      return bytes.length > maxBytes ? 'too-large' : bytes;
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Keys under `prefix` last written before `before`, page by page. */
  async *listOlderThan(prefix: string, before: Date): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const o of page.Contents ?? [])
        if (o.Key && o.LastModified && o.LastModified.getTime() < before.getTime()) yield o.Key;
      token = page.NextContinuationToken;
    } while (token);
  }
}
