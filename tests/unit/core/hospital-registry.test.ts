import { MemoryHospitalStore } from '../../../shared/reference/memory-hospital-store.js';
import { hospitalRegistryContract } from '../../support/contracts/hospital-store.js';

hospitalRegistryContract('in memory', () => new MemoryHospitalStore());
