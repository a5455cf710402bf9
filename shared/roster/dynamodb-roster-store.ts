import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { byIndex, byShards, queryItems } from '../data/query.js';
import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import type { Caller } from '../auth/roles.js';
import { batchGetItems } from '../data/batch-get.js';
import type { ArrearsFlag } from './eligibility.js';
import type { Village } from './import/check.js';
import { ArrearsFlagHeldError, type LoadStamp, type RosterStore } from './ports.js';
import { OWNED_FIELDS, SHARED_FIELDS, type LoadingRole } from './ownership.js';
import { diffRow, type RowDiff } from './diff.js';
import type { PersonRow } from './schemas.js';
import {
  certificationsIn,
  itemToPerson,
  itemToPersonWithSetters,
  PERSONS_INDEX,
  personIndexKeys,
  personKey,
  personsShard,
} from '../data/person-items.js';
import type { ChronicCertification, Person, PersonWithSetters } from './types.js';
import { RowsNotStoredError } from './ports.js';
import { TransactionCancelledError, type TransactItem } from '../data/transact.js';
import { randomBytes } from 'node:crypto';
import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { actorOf } from '../audit/types.js';
import { DEFAULT_RETRY, type RetryOptions } from '../retry.js';

/**
 * Roster items in the main table (docs/data-model.md):
 *   PERSON#<id> / PROFILE                      the person; gsi1: HOUSEHOLD#<household> / PERSON#<id>
 *   PERSON#<id> / CHRONIC#<disease>#<certifier> a chronic-disease certification
 *   PERSON#<id> / YEAR#<yyyy>                   the person's year (claims domain)
 *   HOUSEHOLD#<id> / ARREARS                    the malicious-arrears flag
 *   VILLAGES / <township>                       the township's registered villages (code, name)
 * A person's flag carries who last changed it and when, as `flagSet_<flag>` on the profile.
 * One Query on PERSON#<id> returns the person, certifications and years together.
 */
export const arrearsKey = (householdId: string) => ({ pk: `HOUSEHOLD#${householdId}`, sk: 'ARREARS' });

export interface PersonBundle {
  person: Person;
  certifications: ChronicCertification[];
  /** Raw year items (sk YEAR#yyyy), for the claims domain to interpret. */
  years: Record<string, unknown>[];
}

export type { FlagSetter, PersonWithSetters } from './types.js';

/**
 * Rows in one audited transaction: DynamoDB takes 100 actions, and the audit record and the chain head take
 * two of them (docs/audit.md, "Roster changes").
 */
const TRANSACTION_ROWS = 98;
/** Transactions in flight for one load or import, each on its own lane (its own chain). */
const LANES = 4;

/**
 * The operation a roster write belongs to, which names its audit chains: an import (its stamp says
 * `import <importId>`) or one load (`PUT /v1/roster/persons`), named by its time and a random tail.
 */
function operationOf(stamp: LoadStamp): string {
  const m = /^import ([A-Za-z0-9-]+)$/.exec(stamp.via);
  if (m) return `import/${m[1]}`;
  return `load/${stamp.at.replace(/[:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

/**
 * What a load writes on a person's profile: the keys of its two index entries, who loaded it, the shared
 * fields the row carries and the loading body's own fields it carries (never another body's), and for each
 * flag the row changes who changed it, when and through what.
 */
function personAttributes(
  row: PersonRow,
  diff: RowDiff,
  role: LoadingRole,
  caller: Caller,
  stamp: { at: string; via: string },
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    entity: 'person',
    personId: row.personId,
    gsi1pk: `HOUSEHOLD#${row.householdId}`,
    gsi1sk: `PERSON#${row.personId}`,
    ...personIndexKeys(row.township, row.personId),
    [`loadedBy_${role}`]: caller.sub,
  };
  const fieldValues: Record<string, unknown> = { ...row, ...(row.flags ?? {}) };
  for (const field of [...SHARED_FIELDS, ...OWNED_FIELDS[role]]) {
    const value = fieldValues[field];
    if (value !== undefined) attributes[field] = value;
  }
  for (const f of diff.flags) attributes[`flagSet_${f}`] = { by: caller.sub, role, at: stamp.at, via: stamp.via };
  return attributes;
}

export class DynamoDbRosterStore implements RosterStore {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retry: RetryOptions = DEFAULT_RETRY,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table, retry);
  }

  /** The stored profile items among `ids`, as stored (consistent BatchGet, 100 keys a request, 4 in flight). */
  private async profiles(ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const items = await batchGetItems(this.client, this.table, [...new Set(ids)].map(personKey), { consistent: true });
    return new Map(items.map((item) => [item.personId as string, item]));
  }

  /** The stored persons among `ids` (BatchGet, 100 keys a request, unprocessed keys retried). */
  async getPersons(ids: readonly string[]): Promise<Map<string, Person>> {
    const found = new Map<string, Person>();
    for (const [id, item] of await this.profiles(ids)) found.set(id, itemToPerson(item));
    return found;
  }

  /**
   * Upserts rows: reads what is stored, writes only the rows that change something, and sets only the
   * shared fields present and the loading body's own fields present — never removing anything, so another
   * body's fields survive and the same rows twice write nothing the second time. A flag that changes
   * records who changed it, when, and through what (`via`: a load or an import id).
   */
  async upsertRows(
    rows: readonly PersonRow[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp = { at: new Date().toISOString(), via: 'load' },
  ): Promise<RowDiff[]> {
    const current = await this.getPersons(rows.map((r) => r.personId));
    const planned = rows.map((row) => ({ row, diff: diffRow(current.get(row.personId), row, role) }));
    await this.applyRows(planned, role, caller, stamp);
    return planned.map((p) => p.diff);
  }

  /**
   * Writes rows whose diff is new or changed, audited (docs/audit.md, "Roster changes"): the same write as an
   * import's, on chains named by this load.
   */
  async applyRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    await this.writeAudited(rows, role, caller, stamp);
  }

  /**
   * The bulk write of an import (docs/roster-import.md, "Speed"; docs/audit.md, "Roster changes"): the rows
   * whose diff is new or changed, up to 98 in one TransactWriteItems with the audit record listing each
   * person's item and its hash, 4 transactions in flight on 4 lanes (4 chains of the import, so they never
   * meet on a head).
   */
  async importRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    await this.writeAudited(rows, role, caller, stamp);
  }

  /**
   * Groups of up to 98 rows, one transaction each, `LANES` in flight. When a group fails for anything but a
   * lost race, no further group is started (a table that is down is not hammered); the groups in flight
   * finish, and RowsNotStoredError names every row not written (a transaction is all or nothing), so a
   * resend writes only what is missing.
   */
  private async writeAudited(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    const writes = rows.filter((r) => r.diff.change !== 'unchanged').map((r) => r.row);
    if (writes.length === 0) return;
    const operation = operationOf(stamp);
    const groups = Array.from({ length: Math.ceil(writes.length / TRANSACTION_ROWS) }, (_, i) =>
      writes.slice(i * TRANSACTION_ROWS, (i + 1) * TRANSACTION_ROWS),
    );
    const notStored: string[] = [];
    let firstFailure: { error: unknown } | undefined;
    let next = 0;
    const lane = async (n: number) => {
      for (let i = next++; i < groups.length; i = next++) {
        const group = groups[i] as PersonRow[];
        if (firstFailure) {
          notStored.push(...group.map((r) => r.personId));
          continue;
        }
        try {
          await this.writeGroup(group, role, caller, stamp, operation, `roster/${operation}/${n}`);
        } catch (error) {
          firstFailure ??= { error };
          notStored.push(...group.map((r) => r.personId));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(LANES, groups.length) }, (_, n) => lane(n)));
    if (firstFailure) throw new RowsNotStoredError(notStored, firstFailure.error);
  }

  /**
   * One audited transaction. The group's profiles are read (consistently) and each row merged into its
   * stored item: the shared fields and the loading body's own fields the row carries are set, nothing is
   * removed, so another body's fields survive. The whole merged item is put on the condition that it is
   * still the version read (`version`, bumped by every roster write; absent on an item no audited write has
   * touched yet), so the record can carry the hash of the item exactly as stored. A person written by
   * anyone else since the read cancels the transaction; the group is read, merged and written again (full
   * jitter backoff), so concurrent loads lose nothing. Rows that read back unchanged are left out.
   */
  private async writeGroup(
    group: readonly PersonRow[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
    operation: string,
    chain: string,
  ): Promise<void> {
    for (let n = 0; ; n += 1) {
      const stored = await this.profiles(group.map((r) => r.personId));
      const items: TransactItem[] = [];
      const written: Record<string, unknown>[] = [];
      let created = 0;
      for (const row of group) {
        const current = stored.get(row.personId);
        const diff = diffRow(current && itemToPerson(current), row, role);
        if (diff.change === 'unchanged') continue;
        const version = current?.version;
        const item = {
          ...current,
          ...personKey(row.personId),
          ...personAttributes(row, diff, role, caller, stamp),
          // The operation whose audit records hold this version: GET /v1/audit/records?entity=roster&entityId=…
          changedIn: operation,
          version: (typeof version === 'number' ? version : 0) + 1,
        };
        if (!current) created += 1;
        written.push(item);
        items.push({
          Put: {
            TableName: this.table,
            Item: item,
            ...(!current
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : typeof version === 'number'
                ? {
                    ConditionExpression: '#v = :v',
                    ExpressionAttributeNames: { '#v': 'version' },
                    ExpressionAttributeValues: { ':v': version },
                  }
                : {
                    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#v)',
                    ExpressionAttributeNames: { '#v': 'version' },
                  }),
          },
        });
      }
      if (items.length === 0) return;
      try {
        await this.audit.transact(items, {
          chain,
          entity: 'roster',
          entityId: operation,
          action: operation.startsWith('import/') ? 'roster.imported' : 'roster.loaded',
          actor: actorOf(caller),
          at: stamp.at,
          items: written,
          versioned: true,
          summary: { office: role, persons: written.length, created, changed: written.length - created },
        });
        return;
      } catch (error) {
        if (!(error instanceof TransactionCancelledError) || n + 1 >= this.retry.attempts) throw error;
        const ceiling = Math.min(this.retry.capMs, this.retry.baseMs * 2 ** Math.min(n, 10));
        await new Promise((r) => setTimeout(r, Math.random() * ceiling));
      }
    }
  }

  /** A person with who set each flag and when. */
  async getPersonWithSetters(personId: string): Promise<PersonWithSetters | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: personKey(personId) }));
    return out.Item ? itemToPersonWithSetters(out.Item) : undefined;
  }

  /** The members of a household (gsi1: HOUSEHOLD#<id>), with who set their flags. */
  async householdMembers(householdId: string): Promise<PersonWithSetters[]> {
    const members: PersonWithSetters[] = [];
    for await (const item of byIndex(this.client, this.table, 'gsi1', `HOUSEHOLD#${householdId}`))
      if (item.entity === 'person') members.push(itemToPersonWithSetters(item));
    return members;
  }

  /**
   * Persons whose name contains `name`, at most `limit`: the township's shard of gsi2 when a township is given,
   * else the shards in code order until `limit` are found. Names are matched after the read: a township has
   * a few thousand people.
   */
  async searchByName(name: string, township: string | undefined, limit: number): Promise<Person[]> {
    const found: Person[] = [];
    for (const shard of township ? [township] : TOWNSHIP_SHARDS) {
      for await (const item of queryItems(this.client, {
        TableName: this.table,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        FilterExpression: 'contains(#name, :name)',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':pk': personsShard(shard), ':name': name },
      })) {
        found.push(itemToPerson(item));
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  /** Every township's registered villages: one Query. */
  async villages(): Promise<Map<string, Village[]>> {
    const out = new Map<string, Village[]>();
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'VILLAGES' },
    }))
      out.set(item.sk as string, item.villages as Village[]);
    return out;
  }

  /** Replaces a township's village list (the poverty office keeps it). */
  async putVillages(township: string, villages: readonly Village[], caller: Caller, at: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: 'VILLAGES', sk: township, entity: 'villages', villages, changedBy: caller.sub, changedAt: at },
      }),
    );
  }

  /** The person with certifications and years: one Query. */
  async getBundle(personId: string): Promise<PersonBundle | undefined> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `PERSON#${personId}` },
      }),
    );
    const items = out.Items ?? [];
    const profile = items.find((i) => i.sk === 'PROFILE');
    if (!profile) return undefined;
    return {
      person: itemToPerson(profile),
      certifications: certificationsIn(items),
      years: items.filter((i) => String(i.sk).startsWith('YEAR#')),
    };
  }

  async getPersonRecord(
    personId: string,
  ): Promise<{ person: Person; certifications: ChronicCertification[] } | undefined> {
    const bundle = await this.getBundle(personId);
    return bundle && { person: bundle.person, certifications: bundle.certifications };
  }

  /** Every person on the roster (gsi2: PERSONS#<township> / <township>#<id>), township by township, page by page. */
  async *allPersons(): AsyncGenerator<Person> {
    for await (const item of byShards(this.client, this.table, 'gsi2', PERSONS_INDEX, TOWNSHIP_SHARDS))
      yield itemToPerson(item);
  }

  async getPerson(personId: string): Promise<Person | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: personKey(personId) }));
    return out.Item ? itemToPerson(out.Item) : undefined;
  }

  /** Idempotent: the same certification again replaces itself with the same content. */
  async putCertification(personId: string, cert: ChronicCertification, caller: Caller): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: `PERSON#${personId}`,
          sk: `CHRONIC#${cert.disease}#${cert.certifiedBy}`,
          entity: 'chronic-certification',
          ...cert,
          certifiedBySub: caller.sub,
        },
      }),
    );
  }

  async getArrears(householdId: string): Promise<ArrearsFlag | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: arrearsKey(householdId) }));
    if (!out.Item) return undefined;
    return { flagged: out.Item.flagged, reason: out.Item.reason, flaggedByHospital: out.Item.flaggedByHospital };
  }

  /**
   * Sets or clears the blacklist flag [H 四.(四)]. A hospital flags; only the hospital that flagged, or the
   * insurance bureau, changes or clears a set flag — enforced by the write's condition, so a race cannot let another hospital
   * clear it.
   */
  async setArrears(
    householdId: string,
    flag: { flagged: boolean; reason: string },
    caller: Caller,
    on: string,
  ): Promise<ArrearsFlag> {
    const common = { ':f': flag.flagged, ':r': flag.reason, ':by': caller.sub, ':on': on, ':e': 'arrears-flag' };
    const byHospital = caller.role === 'hospital';
    // A set flag belongs to the hospital that set it: another hospital may neither re-flag it (which would make
    // it the flagger) nor clear it. The insurance bureau may do both. One conditional write, so no race.
    const ownsOrUnset = 'attribute_not_exists(pk) OR flagged = :false OR flaggedByHospital = :h';
    if (flag.flagged) {
      try {
        const out = await this.client.send(
          new UpdateCommand({
            TableName: this.table,
            Key: arrearsKey(householdId),
            UpdateExpression:
              'SET entity = :e, flagged = :f, reason = :r, changedBy = :by, changedOn = :on, flaggedByHospital = :h',
            ...(byHospital ? { ConditionExpression: ownsOrUnset } : {}),
            ExpressionAttributeValues: {
              ...common,
              ':h': caller.hospitalId ?? 'insurance-bureau',
              ...(byHospital ? { ':false': false } : {}),
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return { flagged: true, reason: flag.reason, flaggedByHospital: out.Attributes?.flaggedByHospital };
      } catch (error) {
        if ((error as Error).name === 'ConditionalCheckFailedException') {
          throw new ArrearsFlagHeldError(false);
        }
        throw error;
      }
    }
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: arrearsKey(householdId),
          UpdateExpression: 'SET entity = :e, flagged = :f, reason = :r, changedBy = :by, changedOn = :on',
          ...(byHospital ? { ConditionExpression: ownsOrUnset } : {}),
          ExpressionAttributeValues: byHospital ? { ...common, ':false': false, ':h': caller.hospitalId } : common,
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') {
        throw new ArrearsFlagHeldError(true);
      }
      throw error;
    }
    return { flagged: false, reason: flag.reason };
  }
}
