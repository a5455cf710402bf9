import { DynamoDbClaimStore } from '../../../shared/claims/dynamodb-claim-store.js';
import { DynamoDbRefundLedger } from '../../../shared/claims/dynamodb-refund-ledger.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import { dynamo, tableName } from '../../support/api.js';
import {
  claimStoreContract,
  refundLedgerContract,
  type Amount,
  type Totals,
} from '../../support/contracts/claim-store.js';

claimStoreContract('DynamoDB Local', () => {
  const roster = new DynamoDbRosterStore(dynamo(), tableName());
  const caller = { sub: 'contract-suite', role: 'poverty-office' as const };
  return {
    store: new DynamoDbClaimStore<Amount, Totals>(dynamo(), tableName()),
    seedPerson: async (person, certifications) => {
      const { flags: _flags, ...row } = person;
      await roster.upsertRows([row], 'poverty-office', caller);
      for (const c of certifications) await roster.putCertification(person.personId, c, caller);
    },
  };
});

refundLedgerContract('DynamoDB Local', () => new DynamoDbRefundLedger(dynamo(), tableName()));
