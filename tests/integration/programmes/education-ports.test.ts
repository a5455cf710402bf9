import { DynamoDbEducationStore } from '../../../shared/education/dynamodb-education-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { educationStoreContract } from '../../support/contracts/education-store.js';

educationStoreContract('DynamoDB Local', () => new DynamoDbEducationStore(dynamo(), tableName()));
