import { auditTrail } from '../shared/app/audit.js';
import { AUDIT_CONTRACTS } from '../shared/audit/contracts.js';
import { lookupId } from '../shared/audit/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = auditTrail) =>
  apiHandler(AUDIT_CONTRACTS.records, async ({ query }) => {
    const id = lookupId(query.entity, query.entityId);
    const records = [];
    for await (const r of deps().recordsOf(query.entity, id))
      records.push({
        chain: r.chain,
        seq: r.seq,
        at: r.at,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        actor: r.actor,
        items: r.items.map((i) => ({
          key: `${i.pk} / ${i.sk}`,
          hash: i.hash,
          ...(i.v !== undefined ? { version: i.v } : {}),
        })),
        ...(r.summary ? { summary: r.summary } : {}),
        prevHash: r.prevHash,
        hash: r.hash,
      });
    return { status: 200, body: { entity: query.entity, entityId: id, records } };
  });

export const handler = makeHandler();
