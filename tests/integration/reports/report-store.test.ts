import { S3ReportStore } from '../../../shared/reports/s3-report-store.js';
import { bucketName, s3 } from '../../support/api.js';
import { reportStoreContract } from '../../support/contracts/report-store.js';

reportStoreContract('S3 on the local S3 server', () => new S3ReportStore(s3(), bucketName()));
