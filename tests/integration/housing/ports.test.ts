import { DynamoDbCaseStore } from '../../../shared/housing/dynamodb-case-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { caseStoreContract } from '../../support/contracts/case-store.js';

// Fewer random histories on DynamoDB Local (each writes a few dozen items); the in-memory run takes many more.
caseStoreContract('DynamoDB Local', () => new DynamoDbCaseStore(dynamo(), tableName()), { propertyRuns: 15 });
