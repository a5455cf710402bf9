import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { makeIdentity } from '../../../shared/identity/gb11643.js';
import { ArrearsFlagHeldError, type RosterStore } from '../../../shared/roster/ports.js';
import { diffRow } from '../../../shared/roster/diff.js';
import type { PersonRow } from '../../../shared/roster/schemas.js';
import type { Person } from '../../../shared/roster/types.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
const newPersonId = () =>
  makeIdentity('159998', `19${50 + randomInt(40)}0${1 + randomInt(9)}1${randomInt(9)}`, randomInt(1000));

const poverty: Caller = { sub: 'poverty-clerk', role: 'poverty-office' };
const civil: Caller = { sub: 'civil-clerk', role: 'civil-affairs' };
const bureau: Caller = { sub: 'bureau-clerk', role: 'insurance-bureau' };
const hospital = (hospitalId: string): Caller => ({ sub: `${hospitalId}-clerk`, role: 'hospital', hospitalId });
const stamp = { at: '2019-05-01T02:00:00.000Z', via: 'load' };

/**
 * The one contract of the roster port, run against the in-memory roster (unit project) and the DynamoDB
 * adapter on DynamoDB Local (integration project). Each test loads people, households and names of its own
 * (fresh identity numbers, a run suffix in names) into real townships, and village lists under a township
 * code of its own, so runs against one shared table never meet; lists are read for the test's own rows.
 */
export function rosterStoreContract(name: string, make: () => RosterStore): void {
  describe(`RosterStore contract: ${name}`, () => {
    const fixture = () => {
      const store = make();
      const run = suffix();
      const row = (over: Partial<PersonRow> = {}): PersonRow => ({
        personId: newPersonId(),
        name: `合同${run}`,
        householdId: `HH-${run}`,
        township: 'zhonghe',
        village: '示例村',
        registeredFrom: '2016-01-01',
        insuredYears: [2019],
        ...over,
      });
      return { store, run, row };
    };

    it("imports a chunk in bulk; a person another body created after the diff keeps that body's flag", async () => {
      const { store, row } = fixture();
      const rows = [row(), row({ flags: { stableExit: true } }), row()];
      const current = await store.getPersons(rows.map((r) => r.personId));
      const planned = rows.map((r) => ({ row: r, diff: diffRow(current.get(r.personId), r, 'poverty-office') }));
      expect(planned.map((p) => p.diff.change)).toEqual(['new', 'new', 'new']);
      const raced = rows[1] as PersonRow;
      await store.upsertRows(
        [{ ...raced, registeredFrom: undefined, flags: { minimumLivingAllowance: true } }],
        'civil-affairs',
        civil,
        stamp,
      );
      await store.importRows(planned, 'poverty-office', poverty, { at: stamp.at, via: 'import RI-C' });
      const merged = await store.getPersonWithSetters(raced.personId);
      expect(merged?.flags).toEqual({ minimumLivingAllowance: true, stableExit: true });
      expect(merged?.flagSetters.minimumLivingAllowance).toMatchObject({ by: civil.sub, role: 'civil-affairs' });
      expect(merged?.flagSetters.stableExit).toMatchObject({ by: poverty.sub, via: 'import RI-C' });
      for (const r of rows) expect((await store.getPerson(r.personId))?.registeredFrom).toBe('2016-01-01');
      const again = await store.getPersons(rows.map((r) => r.personId));
      expect(rows.map((r) => diffRow(again.get(r.personId), r, 'poverty-office').change)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
      ]);
    });

    it('loads new rows, writes nothing for the same rows again, and reads the person back', async () => {
      const { store, row } = fixture();
      const a = row({ birthDate: '1960-02-03' });
      const b = row({ township: 'moguqi' });
      expect((await store.upsertRows([a, b], 'poverty-office', poverty, stamp)).map((d) => d.change)).toEqual([
        'new',
        'new',
      ]);
      expect((await store.upsertRows([a, b], 'poverty-office', poverty, stamp)).map((d) => d.change)).toEqual([
        'unchanged',
        'unchanged',
      ]);
      const expected: Person = {
        personId: a.personId,
        name: a.name,
        householdId: a.householdId,
        township: 'zhonghe',
        village: '示例村',
        registeredFrom: '2016-01-01',
        birthDate: '1960-02-03',
        flags: {},
        insuredYears: [2019],
      };
      expect(await store.getPerson(a.personId)).toEqual(expected);
      expect(await store.getPerson(newPersonId())).toBeUndefined();
      const found = await store.getPersons([a.personId, b.personId, a.personId, newPersonId()]);
      expect([...found.keys()].sort()).toEqual([a.personId, b.personId].sort());
      expect(found.get(a.personId)).toEqual(expected);
    });

    it("sets only the loading body's own fields and the shared ones, never clearing another body's, and records who set a flag", async () => {
      const { store, row } = fixture();
      const a = row({ flags: { stableExit: false } });
      await store.upsertRows([a], 'poverty-office', poverty, stamp);
      // Civil affairs loads the same person with its flag (and without the poverty office's fields).
      const civilRow: PersonRow = {
        personId: a.personId,
        name: a.name,
        householdId: a.householdId,
        township: a.township,
        village: a.village,
        flags: { minimumLivingAllowance: true },
      };
      const civilAt = { at: '2019-06-01T00:00:00.000Z', via: 'IMP-1' };
      expect(await store.upsertRows([civilRow], 'civil-affairs', civil, civilAt)).toEqual([
        { change: 'changed', fields: ['minimumLivingAllowance'], flags: ['minimumLivingAllowance'] },
      ]);
      const p = await store.getPersonWithSetters(a.personId);
      expect(p?.registeredFrom).toBe('2016-01-01');
      expect(p?.flags).toEqual({ stableExit: false, minimumLivingAllowance: true });
      expect(p?.flagSetters).toEqual({
        stableExit: { by: 'poverty-clerk', role: 'poverty-office', ...stamp },
        minimumLivingAllowance: { by: 'civil-clerk', role: 'civil-affairs', ...civilAt },
      });
      // A poverty-office row carrying a civil-affairs flag does not touch it.
      await store.upsertRows(
        [{ ...a, flags: { minimumLivingAllowance: false } } as PersonRow],
        'poverty-office',
        poverty,
        stamp,
      );
      expect((await store.getPerson(a.personId))?.flags.minimumLivingAllowance).toBe(true);
    });

    it('keeps chronic certifications with the person, one per disease and certifier', async () => {
      const { store, row } = fixture();
      const a = row();
      expect(await store.getPersonRecord(a.personId)).toBeUndefined();
      await store.upsertRows([a], 'poverty-office', poverty, stamp);
      const cert = { disease: 'hypertension', certifiedBy: 'health-commission' as const, from: '2019-01-01' };
      await store.putCertification(a.personId, cert, bureau);
      await store.putCertification(a.personId, { ...cert, from: '2019-02-01' }, bureau);
      await store.putCertification(a.personId, { ...cert, certifiedBy: 'insurance-bureau' }, bureau);
      const record = await store.getPersonRecord(a.personId);
      expect(record?.person.personId).toBe(a.personId);
      expect(record?.certifications).toEqual([
        { disease: 'hypertension', certifiedBy: 'health-commission', from: '2019-02-01' },
        { disease: 'hypertension', certifiedBy: 'insurance-bureau', from: '2019-01-01' },
      ]);
    });

    it('lists a household, searches names (within a township when asked) and walks every person', async () => {
      const { store, row, run } = fixture();
      const a = row({ name: `张${run}甲` });
      const b = row({ name: `李${run}乙` });
      const c = row({ name: `张${run}丙`, householdId: `HH-${run}-2`, township: 'moguqi' });
      await store.upsertRows([a, b, c], 'poverty-office', poverty, stamp);
      expect((await store.householdMembers(a.householdId)).map((p) => p.personId).sort()).toEqual(
        [a.personId, b.personId].sort(),
      );
      expect((await store.householdMembers(`HH-${run}-none`)).length).toBe(0);
      expect((await store.searchByName(`张${run}`, undefined, 10)).map((p) => p.personId).sort()).toEqual(
        [a.personId, c.personId].sort(),
      );
      expect((await store.searchByName(`张${run}`, 'moguqi', 10)).map((p) => p.personId)).toEqual([c.personId]);
      expect(await store.searchByName(`${run}`, 'zhonghe', 1)).toHaveLength(1);
      const ours = new Set([a.personId, b.personId, c.personId]);
      const walked: Person[] = [];
      for await (const p of store.allPersons()) if (ours.has(p.personId)) walked.push(p);
      expect(walked.map((p) => p.personId).sort()).toEqual([...ours].sort());
      expect(walked.find((p) => p.personId === c.personId)?.township).toBe('moguqi');
    });

    it("replaces a township's village list", async () => {
      const { store, run } = fixture();
      const township = `contract-${run}`;
      await store.putVillages(township, [{ code: 'V1', name: '一村' }], poverty, '2019-05-01T00:00:00.000Z');
      await store.putVillages(
        township,
        [
          { code: 'V1', name: '一村' },
          { code: 'V2', name: '二村' },
        ],
        poverty,
        '2019-05-02T00:00:00.000Z',
      );
      expect((await store.villages()).get(township)).toEqual([
        { code: 'V1', name: '一村' },
        { code: 'V2', name: '二村' },
      ]);
    });

    it('lets only the flagging hospital, or the insurance bureau, change a set arrears flag', async () => {
      const { store, run } = fixture();
      const household = `HH-${run}`;
      expect(await store.getArrears(household)).toBeUndefined();
      expect(
        await store.setArrears(household, { flagged: true, reason: '恶意欠费' }, hospital('H1'), '2019-05-01'),
      ).toEqual({ flagged: true, reason: '恶意欠费', flaggedByHospital: 'H1' });
      // Another hospital may neither clear nor re-flag it.
      await expect(
        store.setArrears(household, { flagged: false, reason: 'paid' }, hospital('H2'), '2019-05-02'),
      ).rejects.toBeInstanceOf(ArrearsFlagHeldError);
      await expect(
        store.setArrears(household, { flagged: true, reason: 'again' }, hospital('H2'), '2019-05-02'),
      ).rejects.toBeInstanceOf(ArrearsFlagHeldError);
      expect(await store.getArrears(household)).toMatchObject({
        flagged: true,
        reason: '恶意欠费',
        flaggedByHospital: 'H1',
      });
      // The flagging hospital clears it; then any hospital may flag.
      expect(
        await store.setArrears(household, { flagged: false, reason: 'paid' }, hospital('H1'), '2019-05-03'),
      ).toEqual({
        flagged: false,
        reason: 'paid',
      });
      expect(await store.getArrears(household)).toMatchObject({ flagged: false, reason: 'paid' });
      await store.setArrears(household, { flagged: true, reason: '欠费' }, hospital('H2'), '2019-05-04');
      // The bureau overrides any hospital's flag.
      expect(await store.setArrears(household, { flagged: false, reason: 'bureau' }, bureau, '2019-05-05')).toEqual({
        flagged: false,
        reason: 'bureau',
      });
      expect(await store.setArrears(household, { flagged: true, reason: 'bureau' }, bureau, '2019-05-06')).toEqual({
        flagged: true,
        reason: 'bureau',
        flaggedByHospital: 'insurance-bureau',
      });
    });

    it('hands out copies: changing what was read does not change the roster', async () => {
      const { store, row } = fixture();
      const a = row();
      await store.upsertRows([a], 'poverty-office', poverty, stamp);
      const read = await store.getPerson(a.personId);
      read!.insuredYears.push(2020);
      read!.flags.orphan = true;
      expect(await store.getPerson(a.personId)).toMatchObject({ insuredYears: [2019], flags: {} });
    });
  });
}
