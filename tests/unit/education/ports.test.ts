import { MemoryEducationStore } from '../../../shared/education/memory-education-store.js';
import { educationStoreContract } from '../../support/contracts/education-store.js';

educationStoreContract('in memory', () => new MemoryEducationStore());
