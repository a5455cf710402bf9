import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { caseChain, postChain, studentChain } from '../../../shared/audit/chains.js';
import { personRef } from '../../../shared/audit/hash.js';
import { brokenIn as brokenInChain, chainRecords } from '../../support/audit.js';
import { caseFileVerdict, openCase, uploadCaseFile } from '../../support/housing-files.js';
import { call, dynamo, newPersonId, personRow, tableName, uniqueSuffix } from '../../support/api.js';

const auditor = { role: 'audit', sub: 'auditor-2' } as const;
const poverty = { role: 'poverty-office' } as const;
const bureau = { role: 'education-bureau', sub: 'edu-clerk-1' } as const;
const zhonghe = { role: 'township', township: 'zhonghe', sub: 'clerk-zhonghe' } as const;

const records = chainRecords;
const brokenIn = (chain: string) => brokenInChain(chain, auditor);

describe('every money or decision write is chained', () => {
  it('education: a payment is recorded on the student’s chain; an edited payment names the student', async () => {
    const studentId = newPersonId();
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [personRow({ personId: studentId })] } });
    const student = {
      studentId,
      name: '示例学生',
      householdId: `HH-AUD-${uniqueSuffix()}`,
      township: 'zhonghe',
      family: 'registered-poor',
      stage: 'university-bachelor',
      school: '示例大学',
      admissionYear: 2018,
    };
    expect((await call('POST', '/v1/education/students', { as: bureau, body: student })).status).toBe(201);
    await call('POST', `/v1/education/students/${studentId}/verifications`, {
      as: bureau,
      body: { semester: '2019-autumn', on: '2019-09-02' },
    });
    const paymentId = `EP-AUD-${uniqueSuffix()}`;
    const paid = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: { paymentId, studentId, type: 'university-aid', academicYear: 2019, paidOn: '2019-09-20' },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const chain = studentChain(studentId);
    const [record] = await records(chain);
    expect(record).toMatchObject({
      seq: 1,
      entity: 'student',
      entityId: personRef(studentId),
      action: 'education.payment',
      actor: { sub: 'edu-clerk-1', role: 'education-bureau' },
      summary: { paymentId, type: 'university-aid' },
    });
    expect(JSON.stringify(record)).not.toContain(studentId);
    // The history is asked for by the student's id and answered by reference.
    const history = await call('GET', `/v1/audit/records?entity=student&entityId=${studentId}`, { as: auditor });
    expect(history.body).toMatchObject({ entity: 'student', entityId: personRef(studentId) });
    expect(history.body.records.map((r: { action: string }) => r.action)).toEqual(['education.payment']);
    expect(await brokenIn(chain)).toEqual([]);

    // Doubling the amount paid, directly in the table.
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: `EDUPAY#${paymentId}`, sk: 'PAYMENT' },
        UpdateExpression: 'SET entry.amount = :a',
        ExpressionAttributeValues: { ':a': 20000 },
      }),
    );
    expect(await brokenIn(chain)).toEqual([
      expect.objectContaining({
        entity: 'student',
        entityId: personRef(studentId),
        reason: expect.stringContaining(`EDUPAY#${paymentId} / PAYMENT no longer matches record 1`),
      }),
    ]);
  });

  it('rangers: hire and release are recorded on the post’s chain, with who did each', async () => {
    const row = personRow({ township: 'dawoer', householdId: `HH-AUD-R-${uniqueSuffix()}` });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    const dawoer = { role: 'township', township: 'dawoer', sub: 'clerk-dawoer' } as const;
    const hired = await call('POST', '/v1/ecology/rangers', {
      as: dawoer,
      body: { personId: row.personId, township: 'dawoer', from: '2019-03-01' },
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(201);
    const chain = postChain('dawoer', hired.body.postNo);
    const released = await call('POST', `/v1/ecology/rangers/${row.personId}/release`, {
      as: { role: 'forestry-bureau', sub: 'forestry-1' },
      body: { on: '2019-06-30' },
    });
    expect(released.status).toBe(200);
    const list = await records(chain);
    const mine = list.slice(list.findIndex((r) => r.action === 'ranger.hired' && r.actor.sub === 'clerk-dawoer'));
    expect(mine.map((r) => [r.action, r.actor.sub, r.actor.township ?? null])).toEqual([
      ['ranger.hired', 'clerk-dawoer', 'dawoer'],
      ['ranger.released', 'forestry-1', null],
    ]);
    // The household lock the release deleted is recorded as deleted, not as a mismatch.
    expect(mine[1]!.items.find((i) => i.sk === 'LOCK')).toMatchObject({ hash: null });
    expect(JSON.stringify(mine)).not.toContain(row.personId as string);
    expect(await brokenIn(chain)).toEqual([]);
  });

  it('housing: each case step and each photo verdict is recorded on the case’s chain', async () => {
    const { caseId } = await openCase('zhonghe', { prefix: 'AUD-H' });
    const step = await call('POST', `/v1/housing/cases/${caseId}/events`, {
      as: zhonghe,
      body: { type: 'village-review', on: '2019-01-12', passed: true },
    });
    expect(step.status, JSON.stringify(step.body)).toBe(201);
    const photoId = await uploadCaseFile(caseId, 'householder', zhonghe);
    await caseFileVerdict(caseId, photoId, zhonghe);
    const list = await records(caseChain(caseId));
    expect(list.map((r) => [r.entity, r.action])).toEqual([
      ['case', 'case.applied'],
      ['case', 'case.village-review'],
      ['photo', 'photo.accepted'],
    ]);
    expect(list[1]).toMatchObject({ actor: { sub: 'clerk-zhonghe', role: 'township', township: 'zhonghe' } });
    expect(list[2]).toMatchObject({ entityId: `${caseId}/${photoId}`, actor: { sub: 'system', role: 'system' } });
    expect(await brokenIn(caseChain(caseId))).toEqual([]);

    // Moving the case back a step in the table (as if the village review never passed).
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: `HCASE#${caseId}`, sk: 'CASE' },
        UpdateExpression: 'SET #c.#s = :s',
        ExpressionAttributeNames: { '#c': 'case', '#s': 'status' },
        ExpressionAttributeValues: { ':s': 'applied' },
      }),
    );
    expect(await brokenIn(caseChain(caseId))).toEqual([
      expect.objectContaining({
        entity: 'case',
        entityId: caseId,
        reason: expect.stringContaining('no longer matches record 2'),
      }),
    ]);
  });

  it('the hospital registry: a change is recorded with who made it', async () => {
    const hospitalId = `aud-${uniqueSuffix()}`;
    const r = await call('PUT', `/v1/hospitals/${hospitalId}`, {
      as: { role: 'insurance-bureau', sub: 'bureau-admin' },
      body: {
        hospitalId,
        name: '审计测试卫生院',
        level: 'township',
        grade: 'primary',
        secondaryOutOfCatalogueLimit: false,
        majorDiseaseDesignated: false,
        cataractProgramme: false,
        inCounty: true,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    const history = await call('GET', `/v1/audit/records?entity=hospital&entityId=${hospitalId}`, { as: auditor });
    expect(history.body.records).toEqual([
      expect.objectContaining({
        chain: 'hospitals',
        action: 'hospital.registered',
        actor: { sub: 'bureau-admin', role: 'insurance-bureau' },
      }),
    ]);
  });
});
