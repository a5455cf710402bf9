import { expect } from 'vitest';
import { DynamoDbAuditTrail } from '../../shared/audit/dynamodb-audit-trail.js';
import type { AuditRecord } from '../../shared/audit/types.js';
import { call, dynamo, tableName } from './api.js';

/** Every record of one chain, oldest first, read straight from the table. */
export async function chainRecords(chain: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of new DynamoDbAuditTrail(dynamo(), tableName()).records(chain)) out.push(r);
  return out;
}

/** What `POST /v1/audit/verify`, run as `auditor`, finds broken in one chain. */
export async function brokenIn(chain: string, auditor: { role: 'audit'; sub: string }) {
  const r = await call('POST', '/v1/audit/verify', { as: auditor });
  expect(r.status).toBe(200);
  return (r.body.broken as { chain: string; entity: string; entityId: string; reason: string }[]).filter(
    (b) => b.chain === chain,
  );
}
