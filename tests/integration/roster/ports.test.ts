import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { rosterStoreContract } from '../../support/contracts/roster-store.js';

rosterStoreContract('DynamoDB Local', () => new DynamoDbRosterStore(dynamo(), tableName()));
