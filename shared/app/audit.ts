import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { personRef } from '../audit/hash.js';
import { S3DigestStore } from '../audit/s3-digests.js';
import type { VerifySource } from '../audit/verify.js';
import { ddb, tableNameFromEnv } from '../data/clients.js';
import { personsShard } from '../data/person-items.js';
import { byIndex } from '../data/query.js';
import { s3 } from '../data/s3-client.js';
import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import { lazy } from './adapters.js';

export const auditTrail = /* @__PURE__ */ lazy(() => new DynamoDbAuditTrail(ddb(), tableNameFromEnv()));

export function auditBucketFromEnv(): string {
  const name = process.env.AUDIT_BUCKET_NAME;
  if (!name) throw new Error('AUDIT_BUCKET_NAME is not set');
  return name;
}

export const digestStore = /* @__PURE__ */ lazy(() => new S3DigestStore(s3(), auditBucketFromEnv()));

/** What verify reads, in production: the table, the digest bucket and the roster (to resolve person refs). */
export const verifySource = /* @__PURE__ */ lazy((): VerifySource => {
  const trail = auditTrail();
  return {
    heads: () => trail.heads(),
    head: (chain) => trail.head(chain),
    records: (chain) => trail.records(chain),
    item: (pk, sk) => trail.item(pk, sk),
    latestDigest: () => digestStore().latest(),
    personIds: async () => {
      const map = new Map<string, string>();
      await Promise.all(
        TOWNSHIP_SHARDS.map(async (t) => {
          for await (const item of byIndex(ddb(), tableNameFromEnv(), 'gsi2', personsShard(t)))
            if (typeof item.personId === 'string') map.set(personRef(item.personId), item.personId);
        }),
      );
      return map;
    },
  };
});
