import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { byIndex } from '../data/query.js';
import type { Caller } from '../auth/roles.js';
import { mapLimit } from '../data/concurrency.js';
import { ForbiddenError } from '../errors.js';
import type { ArrearsFlag } from './eligibility.js';
import type { PersonDirectory } from './ports.js';
import { OWNED_FIELDS, SHARED_FIELDS, type LoadingRole } from './ownership.js';
import type { PersonRow } from './schemas.js';
import { certificationsIn, itemToPerson, personKey } from '../data/person-items.js';
import type { ChronicCertification, Person } from './types.js';

/**
 * Roster items in the main table (docs/data-model.md):
 *   PERSON#<id> / PROFILE                      the person; gsi1: HOUSEHOLD#<household> / PERSON#<id>
 *   PERSON#<id> / CHRONIC#<disease>#<certifier> a chronic-disease certification
 *   PERSON#<id> / YEAR#<yyyy>                   the person's year (claims domain)
 *   HOUSEHOLD#<id> / ARREARS                    the malicious-arrears flag
 * One Query on PERSON#<id> returns the person, certifications and years together.
 */
export const arrearsKey = (householdId: string) => ({ pk: `HOUSEHOLD#${householdId}`, sk: 'ARREARS' });

export interface PersonBundle {
  person: Person;
  certifications: ChronicCertification[];
  /** Raw year items (sk YEAR#yyyy), for the claims domain to interpret. */
  years: Record<string, unknown>[];
}

export class DynamoDbRosterStore implements PersonDirectory {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Upserts rows, setting only the shared fields present and the loading body's own fields present;
   * never removing anything, so another body's fields survive and the same batch twice gives the same item.
   */
  async upsertRows(rows: readonly PersonRow[], role: LoadingRole, caller: Caller): Promise<void> {
    await mapLimit(rows, 16, async (row) => {
      const values: Record<string, unknown> = {
        ':entity': 'person',
        ':personId': row.personId,
        ':gsi1pk': `HOUSEHOLD#${row.householdId}`,
        ':gsi1sk': `PERSON#${row.personId}`,
        ':loadedBy': caller.sub,
        ':gsi2pk': 'PERSONS',
        ':gsi2sk': `${row.township}#${row.personId}`,
      };
      const names: Record<string, string> = { '#loadedBy': `loadedBy_${role}` };
      const sets = [
        'entity = :entity',
        'personId = :personId',
        'gsi1pk = :gsi1pk',
        'gsi1sk = :gsi1sk',
        'gsi2pk = :gsi2pk',
        'gsi2sk = :gsi2sk',
        '#loadedBy = :loadedBy',
      ];
      const fieldValues: Record<string, unknown> = { ...row, ...(row.flags ?? {}) };
      const allowed = [...SHARED_FIELDS, ...OWNED_FIELDS[role]];
      for (const field of allowed) {
        const value = fieldValues[field];
        if (value === undefined) continue;
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        sets.push(`#${field} = :${field}`);
      }
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: personKey(row.personId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    });
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

  /** Every person on the roster (gsi2: PERSONS / <township>#<id>), page by page. */
  async *allPersons(): AsyncGenerator<Person> {
    for await (const item of byIndex(this.client, this.table, 'gsi2', 'PERSONS')) yield itemToPerson(item);
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
          throw new ForbiddenError(
            'Another hospital flagged this household; only that hospital, or the insurance bureau, may change the flag.',
          );
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
        throw new ForbiddenError(
          'Only the hospital that flagged this household, or the insurance bureau, may clear the flag.',
        );
      }
      throw error;
    }
    return { flagged: false, reason: flag.reason };
  }
}
