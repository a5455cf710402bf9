import { DynamoDbHospitalStore } from '../../../shared/reference/dynamodb-hospital-store.js';
import { dynamo, tableName } from '../../support/api.js';
import { hospitalRegistryContract } from '../../support/contracts/hospital-store.js';

hospitalRegistryContract('DynamoDB Local', () => new DynamoDbHospitalStore(dynamo(), tableName()));
