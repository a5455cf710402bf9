import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { byIndex, byShards, queryItems } from '../data/query.js';
import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import type { Caller } from '../auth/roles.js';
import { mapLimit } from '../data/concurrency.js';
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
import { TransactionCancelledError, transactWrite, type TransactItem } from '../data/transact.js';

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

const BATCH_GET = 100;
/** DynamoDB's limit of actions in one TransactWriteItems. */
const TRANSACTION_ROWS = 100;
const TRANSACTIONS_IN_FLIGHT = 4;

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

/** `SET a = :a, …` for every attribute (placeholders, since names like loadedBy_poverty-office need them). */
function setAll(attributes: Record<string, unknown>) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(attributes).map(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    return `#a${i} = :a${i}`;
  });
  return {
    UpdateExpression: `SET ${sets.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

export class DynamoDbRosterStore implements RosterStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The stored persons among `ids` (BatchGet, 100 keys a request, unprocessed keys retried). */
  async getPersons(ids: readonly string[]): Promise<Map<string, Person>> {
    const found = new Map<string, Person>();
    const unique = [...new Set(ids)];
    await mapLimit(
      Array.from({ length: Math.ceil(unique.length / BATCH_GET) }, (_, i) =>
        unique.slice(i * BATCH_GET, (i + 1) * BATCH_GET),
      ),
      4,
      async (chunk) => {
        let keys: Record<string, unknown>[] = chunk.map(personKey);
        for (let attempt = 0; keys.length > 0; attempt += 1) {
          if (attempt > 0) await new Promise((ok) => setTimeout(ok, Math.min(1000, 50 * 2 ** attempt)));
          const out = await this.client.send(
            new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } }),
          );
          for (const item of out.Responses?.[this.table] ?? []) found.set(item.personId as string, itemToPerson(item));
          keys = (out.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
        }
      },
    );
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
   * Writes rows whose diff is new or changed (one UpdateItem each, 16 in flight). Every write is an idempotent
   * upsert. When one fails no further write is started (a table that is down is not hammered row by row); the
   * writes in flight finish, and RowsNotStoredError names every row that was not written, so the caller can
   * say which rows are stored and a resend writes only what is missing.
   */
  async applyRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    const writes = rows.filter((r) => r.diff.change !== 'unchanged');
    const notStored: string[] = [];
    let firstFailure: { error: unknown } | undefined;
    await mapLimit(writes, 16, async ({ row, diff }) => {
      if (firstFailure) {
        notStored.push(row.personId);
        return;
      }
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.table,
            Key: personKey(row.personId),
            ...setAll(personAttributes(row, diff, role, caller, stamp)),
          }),
        );
      } catch (error) {
        firstFailure ??= { error };
        notStored.push(row.personId);
      }
    });
    if (firstFailure) throw new RowsNotStoredError(notStored, firstFailure.error);
  }

  /**
   * The bulk write of an import (docs/roster-import.md, "Speed"): the rows whose diff is new or changed, up to
   * 100 in one TransactWriteItems, 4 transactions in flight. A new person is a Put on condition that nobody
   * has created the person since the read; a changed person is the same merging update as applyRows (only
   * the shared fields and the office's own, never removing another body's). A transaction that is cancelled
   * (that condition broke, or another write touched one of its persons at the same moment) is written again
   * row by row through applyRows, whose merge is right whatever is stored now. A transaction is all or
   * nothing, so RowsNotStoredError names exactly the rows not written; the caller's checkpoint makes a rerun
   * write only those (the others read back unchanged).
   */
  async importRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: { at: string; via: string },
  ): Promise<void> {
    const writes = rows.filter((r) => r.diff.change !== 'unchanged');
    const groups = Array.from({ length: Math.ceil(writes.length / TRANSACTION_ROWS) }, (_, i) =>
      writes.slice(i * TRANSACTION_ROWS, (i + 1) * TRANSACTION_ROWS),
    );
    const notStored: string[] = [];
    let firstFailure: { error: unknown } | undefined;
    await mapLimit(groups, TRANSACTIONS_IN_FLIGHT, async (group) => {
      if (!firstFailure) {
        try {
          await this.writeTransaction(group, role, caller, stamp);
          return;
        } catch (error) {
          if (error instanceof RowsNotStoredError) {
            firstFailure ??= { error: error.cause };
            notStored.push(...error.notStored);
            return;
          }
          firstFailure ??= { error };
        }
      }
      notStored.push(...group.map((g) => g.row.personId));
    });
    if (firstFailure) throw new RowsNotStoredError(notStored, firstFailure.error);
  }

  private async writeTransaction(
    group: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: { at: string; via: string },
  ): Promise<void> {
    const items: TransactItem[] = group.map(({ row, diff }) => {
      const attributes = personAttributes(row, diff, role, caller, stamp);
      return diff.change === 'new'
        ? {
            Put: {
              TableName: this.table,
              Item: { ...personKey(row.personId), ...attributes },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          }
        : { Update: { TableName: this.table, Key: personKey(row.personId), ...setAll(attributes) } };
    });
    try {
      await transactWrite(this.client, items);
    } catch (error) {
      if (!(error instanceof TransactionCancelledError)) throw error;
      await this.applyRows(group, role, caller, stamp);
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
