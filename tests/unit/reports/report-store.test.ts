import { MemoryReportStore } from '../../../shared/reports/memory-report-store.js';
import { reportStoreContract } from '../../support/contracts/report-store.js';

reportStoreContract('in memory', () => new MemoryReportStore());
