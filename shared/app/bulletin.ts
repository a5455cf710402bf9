import { randomUUID } from 'node:crypto';
import { bucketNameFromEnv, ddb, tableNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import { DynamoDbBulletinStore } from '../bulletin/dynamodb-bulletin-store.js';
import { S3BulletinFiles } from '../bulletin/s3-bulletin-files.js';
import type { BulletinDeps } from '../bulletin/use-cases.js';
import { lazy, rosterStore, systemClock } from './adapters.js';
import { housingDeps } from './housing.js';

/** The bulletin's wiring: the case history, the roster for names, the table, the private bucket. */
export const bulletinDeps = /* @__PURE__ */ lazy(
  (): BulletinDeps => ({
    cases: housingDeps().cases,
    people: { getPerson: (id) => rosterStore().getPerson(id) },
    store: new DynamoDbBulletinStore(ddb(), tableNameFromEnv()),
    files: new S3BulletinFiles(s3(), bucketNameFromEnv()),
    now: () => systemClock.now(),
    newId: () => randomUUID().slice(0, 8),
  }),
);
