import { DynamoDbRangerStore } from '../../../shared/ecology/dynamodb-ranger-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { rangerStoreContract } from '../../support/contracts/ranger-store.js';

rangerStoreContract('DynamoDB Local', () => new DynamoDbRangerStore(dynamo(), tableName()));
