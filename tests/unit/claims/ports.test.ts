import { MemoryClaimStore, MemoryRefundLedger } from '../../../shared/claims/memory-claim-store.js';
import type { ChronicCertification, Person } from '../../../shared/roster/types.js';
import {
  claimStoreContract,
  refundLedgerContract,
  type Amount,
  type Totals,
} from '../../support/contracts/claim-store.js';

claimStoreContract('in memory', () => {
  const people = new Map<string, { person: Person; certifications: ChronicCertification[] }>();
  return {
    store: new MemoryClaimStore<Amount, Totals>((id) => people.get(id) ?? { certifications: [] }),
    seedPerson: async (person, certifications) => {
      people.set(person.personId, { person, certifications });
    },
  };
});

refundLedgerContract('in memory', () => new MemoryRefundLedger());
