import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { byIndex, queryItems } from '../data/query.js';
import { DynamoDbAuditTrail, type HeadReadAhead, knownHead } from '../audit/dynamodb-audit-trail.js';
import { personYearChain } from '../audit/chains.js';
import { SYSTEM_ACTOR, type Actor } from '../audit/types.js';
import { certificationsIn, itemToPerson } from '../data/person-items.js';
import {
  ClaimExistsError,
  YearMovedError,
  type ClaimContext,
  type ClaimStore,
  type StoredClaim,
  type StoredYear,
} from './ports.js';

/**
 * Claim items in the main table (docs/data-model.md):
 *   CLAIM#<hospitalId>#<claimId> / CLAIM   the settlement as first stored, its request hash and status;
 *       gsi1: CLAIMS#<yyyy-mm> / <hospitalId>#<claimId>   (health report, a hospital's month: a month's claims)
 *       gsi2: PCLAIMS#<personId> / <yyyy-mm>#<hospitalId>#<claimId>   (one household at a glance)
 *   CLAIM#<hospitalId>#<claimId> / VOID    the void, appended once
 *   PERSON#<id> / YEAR#<yyyy>              the person's year with a version for optimistic locking;
 *       gsi1: PYEARS#<yyyy> / <personId>   (reconciliation: every person-year of a year)
 */
export const claimKey = (hospitalId: string, claimId: string) => ({
  pk: `CLAIM#${hospitalId}#${claimId}`,
  sk: 'CLAIM',
});
export const yearKey = (personId: string, year: number) => ({ pk: `PERSON#${personId}`, sk: `YEAR#${year}` });

function toStoredClaim<S>(item: Record<string, unknown>): StoredClaim<S> {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, gsi2pk: _g2, gsi2sk: _s2, entity: _e, ...rest } = item;
  return rest as unknown as StoredClaim<S>;
}

export class DynamoDbClaimStore<S, Y> implements ClaimStore<S, Y> {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table);
  }

  /**
   * One round trip (two requests in parallel): the person's partition — profile, certifications and years — by
   * one Query, and the person-year's audit chain head, which the settlement's transaction extends (`readAhead`).
   */
  async load(personId: string, year: number): Promise<ClaimContext<Y>> {
    const [partition, head] = await Promise.all([
      this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `PERSON#${personId}` },
          ConsistentRead: true,
        }),
      ),
      this.audit.head(personYearChain(personId, year)),
    ]);
    const items = partition.Items ?? [];
    const profile = items.find((i) => i.sk === 'PROFILE');
    const yearItem = items.find((i) => i.sk === `YEAR#${year}`);
    return {
      ...(profile ? { person: itemToPerson(profile) } : {}),
      certifications: certificationsIn(items),
      ...(yearItem ? { year: { version: yearItem.version as number, state: yearItem.state as Y } } : {}),
      readAhead: { chain: personYearChain(personId, year), head } satisfies HeadReadAhead,
    };
  }

  async getClaim(hospitalId: string, claimId: string): Promise<StoredClaim<S> | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: claimKey(hospitalId, claimId), ConsistentRead: true }),
    );
    return out.Item ? toStoredClaim<S>(out.Item) : undefined;
  }

  async getYear(personId: string, year: number): Promise<StoredYear<Y> | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: yearKey(personId, year), ConsistentRead: true }),
    );
    return out.Item ? { version: out.Item.version as number, state: out.Item.state as Y } : undefined;
  }

  private yearPut(
    personId: string,
    year: number,
    expectedVersion: number | undefined,
    state: Y,
    figures: Record<string, unknown>,
  ) {
    return {
      Put: {
        TableName: this.table,
        Item: {
          ...yearKey(personId, year),
          entity: 'person-year',
          personId,
          year,
          version: (expectedVersion ?? 0) + 1,
          state,
          figures,
          gsi1pk: `PYEARS#${year}`,
          gsi1sk: personId,
        },
        ConditionExpression: expectedVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :v',
        ...(expectedVersion === undefined ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
      },
    };
  }

  /**
   * The claim and the person's next year in one transaction: the claim only if its id is new, the year
   * only if nobody moved it since it was read. Either both are stored or neither.
   */
  async saveSettlement(
    claim: StoredClaim<S>,
    month: string,
    expectedVersion: number | undefined,
    next: Y,
    figures: Record<string, unknown>,
    actor: Actor = SYSTEM_ACTOR,
    readAhead?: unknown,
  ): Promise<void> {
    const chain = personYearChain(claim.personId, claim.year);
    const claimItem = {
      ...claimKey(claim.hospitalId, claim.claimId),
      entity: 'claim',
      ...claim,
      yearVersion: (expectedVersion ?? 0) + 1,
      gsi1pk: `CLAIMS#${month}`,
      gsi1sk: `${claim.hospitalId}#${claim.claimId}`,
      gsi2pk: `PCLAIMS#${claim.personId}`,
      gsi2sk: `${month}#${claim.hospitalId}#${claim.claimId}`,
    };
    const year = this.yearPut(claim.personId, claim.year, expectedVersion, next, figures);
    try {
      await this.audit.transact(
        [{ Put: { TableName: this.table, Item: claimItem, ConditionExpression: 'attribute_not_exists(pk)' } }, year],
        {
          chain,
          entity: 'claim',
          entityId: `${claim.hospitalId}/${claim.claimId}`,
          action: 'claim.settled',
          actor,
          at: claim.settledAt,
          items: [claimItem, year.Put.Item],
        },
        knownHead(readAhead, chain),
      );
    } catch (error) {
      const e = error as { failed?: (i: number) => boolean };
      if (e.failed?.(0)) throw new ClaimExistsError();
      if (typeof e.failed === 'function') throw new YearMovedError();
      throw error;
    }
  }

  /**
   * Marks the claim voided, appends the void record and stores the reversed year, atomically. The claim is
   * rewritten whole (read, then put only while still settled) so the audit record can carry the hash of the
   * item exactly as the void leaves it.
   */
  async saveVoid(
    claim: StoredClaim<S>,
    voidedAt: string,
    by: string,
    expectedVersion: number,
    next: Y,
    figures: Record<string, unknown>,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<void> {
    const key = claimKey(claim.hospitalId, claim.claimId);
    const stored = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    if (stored.Item?.status !== 'settled') throw new ClaimExistsError();
    const item = stored.Item;
    const voided = { ...item, status: 'voided', voidedAt };
    const voidItem = { pk: key.pk, sk: 'VOID', entity: 'claim-void', voidedAt, by };
    const year = this.yearPut(claim.personId, claim.year, expectedVersion, next, figures);
    try {
      await this.audit.transact(
        [
          {
            Put: {
              TableName: this.table,
              Item: voided,
              ConditionExpression: '#s = :settled AND requestHash = :rh',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':settled': 'settled', ':rh': item.requestHash },
            },
          },
          { Put: { TableName: this.table, Item: voidItem, ConditionExpression: 'attribute_not_exists(pk)' } },
          year,
        ],
        {
          chain: personYearChain(claim.personId, claim.year),
          entity: 'claim',
          entityId: `${claim.hospitalId}/${claim.claimId}`,
          action: 'claim.voided',
          actor,
          at: voidedAt,
          items: [voided, voidItem, year.Put.Item],
        },
      );
    } catch (error) {
      const e = error as { failed?: (i: number) => boolean };
      if (e.failed?.(0) || e.failed?.(1)) throw new ClaimExistsError();
      if (typeof e.failed === 'function') throw new YearMovedError();
      throw error;
    }
  }

  /** Every person-year of a year (reconciliation), page by page. */
  async *yearsOf(year: number): AsyncGenerator<{ personId: string; state: Y }> {
    for await (const item of byIndex(this.client, this.table, 'gsi1', `PYEARS#${year}`))
      yield { personId: item.personId as string, state: item.state as Y };
  }

  /** A hospital's claims of a month (gsi1 CLAIMS#<month>, its own key range), in claim-id order. */
  async hospitalMonth(month: string, hospitalId: string): Promise<StoredClaim<S>[]> {
    const claims: StoredClaim<S>[] = [];
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :h)',
      ExpressionAttributeValues: { ':pk': `CLAIMS#${month}`, ':h': `${hospitalId}#` },
    }))
      claims.push(toStoredClaim<S>(item));
    return claims;
  }

  /** Every claim of a person (gsi2 PCLAIMS#<personId>), oldest month first. */
  async claimsOfPerson(personId: string): Promise<StoredClaim<S>[]> {
    const claims: StoredClaim<S>[] = [];
    for await (const item of byIndex(this.client, this.table, 'gsi2', `PCLAIMS#${personId}`))
      claims.push(toStoredClaim<S>(item));
    return claims;
  }

  /** Every claim of a month (health report), page by page. */
  async *claimsOfMonth(month: string): AsyncGenerator<StoredClaim<S>> {
    for await (const item of byIndex(this.client, this.table, 'gsi1', `CLAIMS#${month}`)) yield toStoredClaim<S>(item);
  }
}
