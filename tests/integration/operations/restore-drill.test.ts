import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createLike, digest, exportTable, importItems } from '../../../scripts/restore-drill.js';
import { MAIN_TABLE } from '../../../shared/data/tables.js';
import { DynamoDbHospitalStore } from '../../../shared/reference/dynamodb-hospital-store.js';
import { call, dynamo, tableName, uniqueSuffix } from '../../support/api.js';

/**
 * The restore drill against DynamoDB Local: export the stage's table, restore it under another name from
 * the shared table definition, prove it holds exactly the exported items, and read it through the same
 * store code a function pointed at it (TABLE_NAME) would use.
 */
const restored = `zlt-drill-${uniqueSuffix()}`;
afterAll(async () => {
  await dynamo()
    .send(new DeleteTableCommand({ TableName: restored }))
    .catch(() => undefined);
});

describe('restore drill', () => {
  it('exports the table, restores it under another name with identical items, and serves reads from it', async () => {
    // Something recognisable written through the API just before the export.
    const hospitalId = `drill-${uniqueSuffix()}`;
    const hospital = {
      hospitalId,
      name: '演练医院',
      level: 'county',
      grade: 'secondary',
      secondaryOutOfCatalogueLimit: false,
      majorDiseaseDesignated: false,
      cataractProgramme: false,
      inCounty: true,
    };
    expect(
      (await call('PUT', `/v1/hospitals/${hospitalId}`, { as: { role: 'insurance-bureau' }, body: hospital })).status,
    ).toBe(200);

    const exported = await exportTable(dynamo(), tableName());
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.some((i) => i.pk === 'HOSPITAL' && i.sk === hospitalId)).toBe(true);

    await createLike(dynamo() as never, MAIN_TABLE, restored);
    await importItems(dynamo(), restored, exported);

    const back = await exportTable(dynamo(), restored);
    expect(back.length).toBe(exported.length);
    expect(digest(back)).toBe(digest(exported));

    // "Point the stage at it": the functions take the table from TABLE_NAME; the same store code reads it.
    const store = new DynamoDbHospitalStore(dynamo(), restored);
    expect(await store.get(hospitalId)).toEqual(hospital);
  });

  it('the digest changes when one item differs, so a partial restore cannot pass', () => {
    const a = [
      { pk: 'A', sk: '1', v: 1 },
      { pk: 'B', sk: '1', v: 2 },
    ];
    expect(digest(a)).toBe(digest([...a].reverse()));
    expect(digest(a)).not.toBe(digest([a[0]!, { ...a[1]!, v: 3 }]));
    expect(digest(a)).not.toBe(digest([a[0]!]));
  });
});
