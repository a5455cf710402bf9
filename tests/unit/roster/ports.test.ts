import { MemoryRosterStore } from '../../../shared/roster/memory-roster-store.js';
import { rosterStoreContract } from '../../support/contracts/roster-store.js';

rosterStoreContract('in memory', () => new MemoryRosterStore());
