import { DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** Links and upload forms expire in minutes; files are reached only through them (SPEC §4). */
export const GET_LINK_SECONDS = 300;

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

  presignGet(key: string, seconds = GET_LINK_SECONDS): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: seconds });
  }

  /** The object's bytes, 'too-large' beyond `maxBytes` (read no further), or undefined when it is gone. */
  async read(key: string, maxBytes: number): Promise<Uint8Array | 'too-large' | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (out.ContentLength !== undefined && out.ContentLength > maxBytes) return 'too-large';
      const bytes = await out.Body!.transformToByteArray();
      return bytes.length > maxBytes ? 'too-large' : bytes;
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
