import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ReportFile } from '../reports/ports.js';
import { LINK_SECONDS } from '../reports/ports.js';
import type { BulletinFiles } from './ports.js';

/** The bulletin's files in the private bucket, encrypted at rest, read only through 5-minute links. */
export class S3BulletinFiles implements BulletinFiles {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(prefix: string, files: readonly ReportFile[]): Promise<void> {
    for (const file of files) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: `${prefix}${file.name}`,
          Body: file.body,
          ContentType: file.contentType,
          ServerSideEncryption: 'AES256',
        }),
      );
    }
  }

  async readJson(prefix: string, name: string): Promise<unknown> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: `${prefix}${name}` }));
    if (!out.Body) throw new Error(`No object ${prefix}${name}`);
    return JSON.parse(await out.Body.transformToString('utf8'));
  }

  link(prefix: string, name: string, downloadAs?: string): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: `${prefix}${name}`,
        ...(downloadAs ? { ResponseContentDisposition: `attachment; filename="${downloadAs}"` } : {}),
      }),
      { expiresIn: LINK_SECONDS },
    );
  }
}
