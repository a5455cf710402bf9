import { randomInt } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateShardKeys } from '../../../scripts/migrate-shard-keys.js';
import { createLike } from '../../../scripts/restore-drill.js';
import { DynamoDbEducationStore } from '../../../shared/education/dynamodb-education-store.js';
import { MAIN_TABLE } from '../../../shared/data/tables.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import { call, dynamo, newPersonId, personRow, tableName, uniqueSuffix } from '../../support/api.js';

/**
 * The roster's and the education register's index partitions are split by township (docs/deploy.md, "Hot
 * partitions at province scale"): writes land in `PERSONS#<township>`, `STUDENTS#<township>` and
 * `VERIFIED#<semester>#<township>`, never in one city-wide partition, and the city-wide reads still see
 * every township. The migration moves items written with the old keys.
 */
const poverty = { role: 'poverty-office' } as const;
const bureau = { role: 'education-bureau' } as const;

/** A name no other test uses (names are Chinese): ten random stems. */
const uniqueName = () => `分${Array.from({ length: 10 }, () => '甲乙丙丁戊己庚辛壬癸'[randomInt(10)]).join('')}`;

async function inIndex(index: 'gsi1' | 'gsi2', pk: string, sk: string): Promise<boolean> {
  const out = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk AND ${index}sk = :sk`,
      ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
    }),
  );
  return (out.Items ?? []).length > 0;
}

describe('index partitions split by township', () => {
  it('a roster load writes each person to its township’s partition, and a city-wide name search reads them all', async () => {
    const name = uniqueName();
    const a = personRow({ name, township: 'chaihe' });
    const b = personRow({ name, township: 'zhonghe' });
    expect((await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [a, b] } })).status).toBe(200);

    expect(await inIndex('gsi2', 'PERSONS#chaihe', `chaihe#${a.personId}`)).toBe(true);
    expect(await inIndex('gsi2', 'PERSONS#zhonghe', `zhonghe#${b.personId}`)).toBe(true);
    expect(await inIndex('gsi2', 'PERSONS', `chaihe#${a.personId}`)).toBe(false);

    const all = await call('GET', `/v1/persons?q=${encodeURIComponent(name)}`, { as: poverty });
    expect(all.status).toBe(200);
    expect(all.body.persons.map((p: { township: string }) => p.township).sort()).toEqual(['chaihe', 'zhonghe']);
    const one = await call('GET', `/v1/persons?q=${encodeURIComponent(name)}&township=chaihe`, { as: poverty });
    expect(one.body.persons.map((p: { township: string }) => p.township)).toEqual(['chaihe']);

    // A move to another township moves the index entry with it.
    const moved = { ...a, township: 'wadi' };
    expect((await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [moved] } })).status).toBe(200);
    expect(await inIndex('gsi2', 'PERSONS#wadi', `wadi#${a.personId}`)).toBe(true);
    expect(await inIndex('gsi2', 'PERSONS#chaihe', `chaihe#${a.personId}`)).toBe(false);
  });

  it('the education register and its verifications are split by township, and the semester list sees every one', async () => {
    const ids = [newPersonId(), newPersonId()];
    const townships = ['dawoer', 'hexi'];
    for (const [i, studentId] of ids.entries()) {
      const body = {
        studentId,
        name: '示例学生',
        householdId: `HH-S-${uniqueSuffix()}`,
        township: townships[i],
        family: 'registered-poor',
        stage: 'high-school',
        school: '示例中学',
        admissionYear: 2019,
      };
      const created = await call('POST', '/v1/education/students', { as: bureau, body });
      expect(created.status).toBe(201);
      const verified = await call('POST', `/v1/education/students/${studentId}/verifications`, {
        as: bureau,
        body: { semester: '2019-autumn', on: '2019-09-10' },
      });
      expect(verified.status).toBe(201);
      expect(await inIndex('gsi1', `STUDENTS#${townships[i]}`, `${townships[i]}#${studentId}`)).toBe(true);
      expect(await inIndex('gsi2', `VERIFIED#2019-autumn#${townships[i]}`, studentId)).toBe(true);
    }
    const list = await call('GET', '/v1/education/verifications?semester=2019-autumn', { as: bureau });
    expect(list.status).toBe(200);
    for (const id of ids) expect(list.body.verified).toContain(id);
  });
});

describe('migrating the old unsplit keys', () => {
  const table = `zlt-shards-${uniqueSuffix()}`;
  afterAll(async () => {
    await dynamo()
      .send(new DeleteTableCommand({ TableName: table }))
      .catch(() => undefined);
  });

  it('moves persons, students and verifications to their township partitions once; a second run moves nothing', async () => {
    await createLike(dynamo() as never, MAIN_TABLE, table);
    const person = personRow({ township: 'nanmu', name: '迁移甲' });
    const studentId = newPersonId();
    const oldItems = [
      {
        pk: `PERSON#${person.personId}`,
        sk: 'PROFILE',
        entity: 'person',
        ...person,
        gsi2pk: 'PERSONS',
        gsi2sk: `nanmu#${person.personId}`,
      },
      {
        pk: `STUDENT#${studentId}`,
        sk: 'PROFILE',
        entity: 'student',
        student: { studentId, township: 'tiedong', name: '迁移乙' },
        version: 1,
        gsi1pk: 'STUDENTS',
        gsi1sk: `tiedong#${studentId}`,
      },
      {
        pk: `STUDENT#${studentId}`,
        sk: 'VERIFY#2019-autumn',
        entity: 'student-verification',
        semester: '2019-autumn',
        township: 'tiedong',
        gsi2pk: 'VERIFIED#2019-autumn',
        gsi2sk: studentId,
      },
      // Already split (written after the deploy): left alone.
      {
        pk: 'PERSON#X',
        sk: 'PROFILE',
        entity: 'person',
        personId: 'X',
        township: 'wadi',
        gsi2pk: 'PERSONS#wadi',
        gsi2sk: 'wadi#X',
      },
    ];
    for (const Item of oldItems) await dynamo().send(new PutCommand({ TableName: table, Item }));

    const roster = new DynamoDbRosterStore(dynamo(), table);
    const education = new DynamoDbEducationStore(dynamo(), table);
    // Before: the split reads do not see the old items.
    expect((await roster.searchByName('迁移甲', undefined, 10)).length).toBe(0);

    expect(await migrateShardKeys(dynamo(), table)).toEqual({ persons: 1, students: 1, verifications: 1 });
    expect((await roster.searchByName('迁移甲', undefined, 10)).map((p) => p.personId)).toEqual([person.personId]);
    const everyone: string[] = [];
    for await (const p of roster.allPersons()) everyone.push(p.personId);
    expect(everyone.sort()).toEqual([person.personId, 'X'].sort());
    expect((await education.allStudents()).map((s) => s.studentId)).toEqual([studentId]);
    expect([...(await education.verifiedIds('2019-autumn'))]).toEqual([studentId]);

    expect(await migrateShardKeys(dynamo(), table)).toEqual({ persons: 0, students: 0, verifications: 0 });
  });
});
