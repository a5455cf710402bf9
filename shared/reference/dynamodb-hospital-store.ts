import { HOSPITALS_CHAIN } from '../audit/chains.js';
import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { actorOf } from '../audit/types.js';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Caller } from '../auth/roles.js';
import { SHIPPED_HOSPITALS } from './hospitals.js';
import type { HospitalRegistry } from './ports.js';
import type { Hospital } from './types.js';

const HOSPITAL_FIELDS = [
  'hospitalId',
  'name',
  'level',
  'grade',
  'secondaryOutOfCatalogueLimit',
  'majorDiseaseDesignated',
  'cataractProgramme',
  'inCounty',
] as const;

function toHospital(item: Record<string, unknown>): Hospital {
  return Object.fromEntries(HOSPITAL_FIELDS.map((f) => [f, item[f]])) as unknown as Hospital;
}

/**
 * The registry is the shipped list overlaid by what the insurance bureau stored (HOSPITAL / <id>): a stored
 * entry replaces the shipped one with the same id. One Query reads it all.
 */
export class DynamoDbHospitalStore implements HospitalRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async list(): Promise<Hospital[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'HOSPITAL' },
      }),
    );
    const stored = new Map((out.Items ?? []).map((i) => [i.hospitalId as string, toHospital(i)]));
    // Shipped entries are handed out as copies: a caller changing one must not change the shipped list.
    const merged = SHIPPED_HOSPITALS.map((h) => stored.get(h.hospitalId) ?? { ...h });
    for (const [id, h] of stored) if (!SHIPPED_HOSPITALS.some((s) => s.hospitalId === id)) merged.push(h);
    return merged;
  }

  /** One GetItem; falls back to the shipped entry. */
  async get(hospitalId: string): Promise<Hospital | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: 'HOSPITAL', sk: hospitalId } }),
    );
    if (out.Item) return toHospital(out.Item);
    const shipped = SHIPPED_HOSPITALS.find((h) => h.hospitalId === hospitalId);
    return shipped && { ...shipped };
  }

  /** The entry and its audit record, in one transaction (docs/audit.md). */
  async put(hospital: Hospital, caller: Caller): Promise<void> {
    const item = { pk: 'HOSPITAL', sk: hospital.hospitalId, entity: 'hospital', ...hospital, changedBy: caller.sub };
    await new DynamoDbAuditTrail(this.client, this.table).transact([{ Put: { TableName: this.table, Item: item } }], {
      chain: HOSPITALS_CHAIN,
      entity: 'hospital',
      entityId: hospital.hospitalId,
      action: 'hospital.registered',
      actor: actorOf(caller),
      at: new Date().toISOString(),
      items: [item],
    });
  }
}
