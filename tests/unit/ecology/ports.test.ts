import { MemoryRangerStore } from '../../../shared/ecology/memory-ranger-store.js';
import { rangerStoreContract } from '../../support/contracts/ranger-store.js';

rangerStoreContract('in memory', () => new MemoryRangerStore());
