import { DynamoDbCaseStore } from '../../../shared/housing/dynamodb-case-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { caseStoreContract } from '../../support/contracts/case-store.js';

caseStoreContract('DynamoDB Local', () => new DynamoDbCaseStore(dynamo(), tableName()));
