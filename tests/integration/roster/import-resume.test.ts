import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { S3Storage } from '../../../shared/data/s3-storage.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import { DynamoDbImportStore } from '../../../shared/roster/import/dynamodb-import-store.js';
import {
  confirmImport,
  runCheck,
  runLoad,
  sourceKey,
  type ImportDeps,
} from '../../../shared/roster/import/use-cases.js';
import { bucketName, dynamo, newPersonId, s3, tableName, uniqueSuffix } from '../../support/api.js';
import { registerTestVillages, TEST_VILLAGES, xlsxOf } from '../../support/roster-import.js';

const caller: Caller = { sub: 'resume-test', role: 'poverty-office' };

beforeAll(registerTestVillages);

describe('a roster load that fails midway', () => {
  it('resumes from its checkpoint without counting or writing a chunk twice', async () => {
    const storage = new S3Storage(s3(), bucketName());
    const roster = new DynamoDbRosterStore(dynamo(), tableName());
    // The worker is driven directly here: command objects are kept from the bucket so the stack's own
    // worker does not run the same steps in parallel with this test.
    const deps: ImportDeps = {
      imports: new DynamoDbImportStore(dynamo(), tableName()),
      roster,
      storage: {
        bucket: storage.bucket,
        presignPost: (p) => storage.presignPost(p as never),
        presignGet: (k) => storage.presignGet(k),
        read: (k, n) => storage.read(k, n),
        put: async (k, bytes, meta) => {
          if (!k.includes('/run-')) await storage.put(k, bytes, meta);
        },
      },
      now: () => new Date(),
      chunkSize: 10,
    };
    const hh = `HH-RES-${uniqueSuffix()}`;
    const ids = Array.from({ length: 35 }, () => newPersonId());
    const bytes = await xlsxOf([
      ['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期', '稳定脱贫'],
      ...ids.map((id, i) => [id, `续${i}`, `${hh}-${i}`, '洼堤乡', TEST_VILLAGES[0]!.code, '2017-01-01', '是']),
    ]);
    const importId = `RI-20191231-${uniqueSuffix()
      .slice(0, 8)
      .padEnd(8, '0')
      .replace(/[^0-9a-f]/g, 'a')}`;
    const now = new Date().toISOString();
    await deps.imports.create({
      importId,
      office: 'poverty-office',
      createdBy: caller.sub,
      createdAt: now,
      updatedAt: now,
      fileName: 'resume.xlsx',
      status: 'checking',
      run: 1,
    });
    await storage.put(sourceKey(importId), bytes, {
      contentType: 'application/octet-stream',
      contentDisposition: 'attachment',
    });
    expect((await runCheck(deps, importId, 1))?.dryRun).toEqual({ new: 35, changed: 0, unchanged: 0, rejected: 0 });

    await confirmImport(deps, caller, importId);
    let calls = 0;
    const faulty: ImportDeps = {
      ...deps,
      roster: {
        ...roster,
        getPersons: (x) => roster.getPersons(x),
        villages: () => roster.villages(),
        importRows: async (rows, role, c, stamp) => {
          calls += 1;
          // The second chunk: half its rows are written, then the function dies.
          if (calls === 2) {
            await roster.importRows(rows.slice(0, 5), role, c, stamp);
            throw new Error('simulated crash');
          }
          return roster.importRows(rows, role, c, stamp);
        },
      },
    };
    await expect(runLoad(faulty, importId, 2)).rejects.toThrow('simulated crash');
    const failed = await deps.imports.get(importId);
    expect(failed).toMatchObject({ status: 'failed', loadedThrough: 10, loaded: { new: 10, changed: 0 } });

    // Confirming again resumes at row 10; the 5 rows the crash wrote count once, as unchanged now.
    const resumed = await confirmImport(deps, caller, importId);
    expect(resumed).toMatchObject({ status: 'loading', run: 3, loadedThrough: 10 });
    const done = await runLoad(deps, importId, 3);
    expect(done).toMatchObject({ status: 'loaded', loadedThrough: 35 });
    expect(done?.loaded).toEqual({ new: 30, changed: 0, unchanged: 5, rejected: 0 });
    const items = await Promise.all(
      ids.map(
        async (id) =>
          (await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${id}`, sk: 'PROFILE' } })))
            .Item,
      ),
    );
    expect(items.every((i) => i?.stableExit === true && i.flagSet_stableExit.via === `import ${importId}`)).toBe(true);
    // A stale worker of the failed run can no longer move the job.
    expect(await runLoad(deps, importId, 2)).toBeUndefined();
  });
});
