import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Caller } from '../auth/roles.js';
import { ConflictError } from '../errors.js';
import type { MachineClient, MachineClientRegistry } from './machine-clients.js';

/** The machine-client registrations in the main table: `MACHINE_CLIENT` / `<clientId>`. */
const PK = 'MACHINE_CLIENT';

const toClient = (i: Record<string, unknown>): MachineClient => ({
  clientId: i.sk as string,
  hospitalId: i.hospitalId as string,
  label: i.label as string,
  registeredBy: i.registeredBy as string,
  registeredAt: i.registeredAt as string,
});

export class DynamoDbMachineClientStore implements MachineClientRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async hospitalOf(clientId: string): Promise<string | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: { pk: PK, sk: clientId } }));
    return out.Item?.hospitalId as string | undefined;
  }

  /** The clients registered to a hospital (the partition holds one item per billing system city-wide). */
  async listFor(hospitalId: string): Promise<MachineClient[]> {
    const items: MachineClient[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          FilterExpression: 'hospitalId = :h',
          ExpressionAttributeValues: { ':pk': PK, ':h': hospitalId },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(out.Items ?? []).map(toClient));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /**
   * Binds a client to a hospital. Registering it again to the same hospital changes only the label (a
   * retry is harmless); a client bound to another hospital is a conflict: revoke it there first.
   */
  async register(
    input: { clientId: string; hospitalId: string; label: string },
    caller: Caller,
    now: Date,
  ): Promise<MachineClient> {
    const item = {
      pk: PK,
      sk: input.clientId,
      entity: 'machine-client',
      hospitalId: input.hospitalId,
      label: input.label,
      registeredBy: caller.sub,
      registeredAt: now.toISOString(),
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk) OR hospitalId = :h',
          ExpressionAttributeValues: { ':h': input.hospitalId },
        }),
      );
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') {
        throw new ConflictError(
          'client-registered-elsewhere',
          `Client ${input.clientId} is registered to another hospital; revoke it there first.`,
        );
      }
      throw error;
    }
    return toClient(item);
  }

  /** Removes the binding if it is this hospital's; returns whether there was one. */
  async revoke(clientId: string, hospitalId: string): Promise<boolean> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { pk: PK, sk: clientId },
          ConditionExpression: 'hospitalId = :h',
          ExpressionAttributeValues: { ':h': hospitalId },
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
