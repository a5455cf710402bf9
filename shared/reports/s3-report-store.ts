import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { LINK_SECONDS, type Published, type ReportFile, type ReportStore } from './ports.js';

/** `report.csv` → `csv`: the key a report file's link is listed under. */
const extension = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Stores report files under `<base>/<id>/r<revision>/`. The canonical JSON's hash decides: a rerun that
 * gives the same JSON writes nothing and answers the stored revision; a rerun that gives different
 * figures never overwrites — it becomes the next revision, and the answer says so.
 */
export class S3ReportStore implements ReportStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  private async revisions(base: string, id: string): Promise<{ revision: number }[]> {
    const listed = await this.client.send(
      new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${base}/${id}/r`, Delimiter: '/' }),
    );
    const revs = (listed.CommonPrefixes ?? [])
      .map((p) => Number(/\/r(\d+)\/$/.exec(p.Prefix ?? '')?.[1]))
      .filter((n) => Number.isInteger(n) && n > 0)
      .sort((a, b) => a - b);
    return revs.map((revision) => ({ revision }));
  }

  async publish(base: string, id: string, canonicalJson: string, files: readonly ReportFile[]): Promise<Published> {
    const hash = sha256(canonicalJson);
    const revs = await this.revisions(base, id);
    const latest = revs.at(-1)?.revision;
    if (latest !== undefined) {
      const head = await this.client
        .send(new HeadObjectCommand({ Bucket: this.bucket, Key: `${base}/${id}/r${latest}/report.json` }))
        .catch(() => undefined);
      if (head?.Metadata?.sha256 === hash) {
        return {
          prefix: `${base}/${id}/r${latest}/`,
          revision: latest,
          unchanged: true,
          keys: this.keysFor(base, id, latest, files),
        };
      }
    }
    const revision = (latest ?? 0) + 1;
    const keys = this.keysFor(base, id, revision, files);
    for (const file of files) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: `${base}/${id}/r${revision}/${file.name}`,
          Body: file.body,
          ContentType: file.contentType,
          Metadata: { sha256: hash },
          ServerSideEncryption: 'AES256',
        }),
      );
    }
    return { prefix: `${base}/${id}/r${revision}/`, revision, unchanged: false, keys };
  }

  private keysFor(base: string, id: string, revision: number, files: readonly ReportFile[]): Record<string, string> {
    return Object.fromEntries(files.map((f) => [extension(f.name), `${base}/${id}/r${revision}/${f.name}`]));
  }

  /** The ids (e.g. cut-off dates) with at least one revision, newest first. */
  async listIds(base: string): Promise<string[]> {
    const ids = new Set<string>();
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: `${base}/`,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const o of page.Contents ?? []) {
        const id = (o.Key ?? '').slice(base.length + 1).split('/')[0];
        if (id) ids.add(id);
      }
      token = page.NextContinuationToken;
    } while (token);
    return [...ids].sort().reverse();
  }

  /** The latest revision's JSON and short-lived links to its files, or undefined. */
  async latest(
    base: string,
    id: string,
    names: readonly string[],
  ): Promise<{ revision: number; json: unknown; links: Record<string, string> } | undefined> {
    const revision = (await this.revisions(base, id)).at(-1)?.revision;
    if (revision === undefined) return undefined;
    const prefix = `${base}/${id}/r${revision}/`;
    const body = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: `${prefix}report.json` }));
    if (!body.Body) throw new Error(`report ${prefix}report.json has no body`);
    const json = JSON.parse(await body.Body.transformToString('utf8'));
    const links: Record<string, string> = {};
    for (const name of names) {
      links[extension(name)] = await getSignedUrl(
        this.client,
        new GetObjectCommand({ Bucket: this.bucket, Key: `${prefix}${name}` }),
        { expiresIn: LINK_SECONDS },
      );
    }
    return { revision, json, links };
  }
}
