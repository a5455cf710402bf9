import { MemoryCaseStore } from '../../../shared/housing/memory-case-store.js';
import { caseStoreContract } from '../../support/contracts/case-store.js';

caseStoreContract('in memory', () => new MemoryCaseStore(), { propertyRuns: 300 });
