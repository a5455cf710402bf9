import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ClaimExistsError,
  RefundAccountMovedError,
  YearMovedError,
  type ClaimStore,
  type RefundLedger,
  type StoredClaim,
} from '../../../shared/claims/ports.js';
import { makeIdentity } from '../../../shared/identity/gb11643.js';
import type { ChronicCertification, Person } from '../../../shared/roster/types.js';

/** A stand-in for the engine's settlement and person-year: the store keeps them as opaque values. */
export interface Amount {
  fen: number;
}
export interface Totals {
  personId: string;
  paid: number;
  claims: string[];
}

export interface ClaimStoreHarness {
  store: ClaimStore<Amount, Totals>;
  /** Puts a person (and certifications) on the roster the store reads the claim context from. */
  seedPerson(person: Person, certifications: ChronicCertification[]): Promise<void>;
}

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
const newPersonId = () =>
  makeIdentity('159998', `19${50 + randomInt(40)}0${1 + randomInt(9)}1${randomInt(9)}`, randomInt(1000));

/**
 * The one contract of the ClaimStore port. Every implementation (the in-memory one of the use-case tests,
 * the DynamoDB adapter on DynamoDB Local) must pass it, so the use cases' unit tests hold for production.
 * Each test uses its own person, hospital and a far-off year, so runs against one shared table never meet.
 */
export function claimStoreContract(name: string, make: () => ClaimStoreHarness): void {
  describe(`ClaimStore contract: ${name}`, () => {
    const fixture = () => {
      const h = make();
      const year = 2200 + randomInt(7000);
      const personId = newPersonId();
      const hospitalId = `contract-${suffix()}`;
      const claim = (claimId: string, fen: number, over: Partial<StoredClaim<Amount>> = {}): StoredClaim<Amount> => ({
        hospitalId,
        claimId,
        personId,
        year,
        requestHash: `hash-${claimId}`,
        status: 'settled',
        settledAt: `${year}-03-10T02:00:00.000Z`,
        settlement: { fen },
        facts: { claimId, kind: 'inpatient' },
        ...over,
      });
      const totals = (paid: number, claims: string[]): Totals => ({ personId, paid, claims });
      return { ...h, year, personId, hospitalId, claim, totals, month: `${year}-03` };
    };

    it('reads an empty context, then the person with certifications from the roster', async () => {
      const f = fixture();
      const empty = await f.store.load(f.personId, f.year);
      expect(empty.person).toBeUndefined();
      expect(empty.certifications).toEqual([]);
      expect(empty.year).toBeUndefined();
      const person: Person = {
        personId: f.personId,
        name: '合同甲',
        householdId: `HH-${suffix()}`,
        township: 'zhonghe',
        village: '测试村',
        registeredFrom: '2016-01-01',
        flags: {},
        insuredYears: [2019],
      };
      const cert: ChronicCertification = {
        disease: 'hypertension',
        certifiedBy: 'health-commission',
        from: '2019-01-01',
      };
      await f.seedPerson(person, [cert]);
      const ctx = await f.store.load(f.personId, f.year);
      expect(ctx.person).toEqual(person);
      expect(ctx.certifications).toEqual([cert]);
      expect(ctx.year).toBeUndefined();
    });

    it('stores a first settlement with the year at version 1, and reads both back as stored', async () => {
      const f = fixture();
      const c1 = f.claim('c1', 1200);
      await f.store.saveSettlement(c1, f.month, undefined, f.totals(1200, ['c1']), { paid: 12 });
      expect(await f.store.getClaim(f.hospitalId, 'c1')).toEqual({ ...c1, yearVersion: 1 });
      expect(await f.store.getYear(f.personId, f.year)).toEqual({ version: 1, state: f.totals(1200, ['c1']) });
      const ctx = await f.store.load(f.personId, f.year);
      expect(ctx.year).toEqual({ version: 1, state: f.totals(1200, ['c1']) });
      expect(await f.store.getClaim(f.hospitalId, 'other')).toBeUndefined();
      expect(await f.store.getClaim(`${f.hospitalId}-x`, 'c1')).toBeUndefined();
    });

    it('refuses a claim id already taken (ClaimExistsError) and changes nothing', async () => {
      const f = fixture();
      await f.store.saveSettlement(f.claim('c1', 1200), f.month, undefined, f.totals(1200, ['c1']), {});
      await expect(
        f.store.saveSettlement(f.claim('c1', 999), f.month, 1, f.totals(2199, ['c1', 'c1']), {}),
      ).rejects.toBeInstanceOf(ClaimExistsError);
      expect((await f.store.getClaim(f.hospitalId, 'c1'))?.settlement).toEqual({ fen: 1200 });
      expect(await f.store.getYear(f.personId, f.year)).toEqual({ version: 1, state: f.totals(1200, ['c1']) });
    });

    it('refuses a stale year version (YearMovedError) and stores neither the claim nor the year', async () => {
      const f = fixture();
      await f.store.saveSettlement(f.claim('c1', 1200), f.month, undefined, f.totals(1200, ['c1']), {});
      // Read before c1 was stored: expects no year at all.
      await expect(
        f.store.saveSettlement(f.claim('c2', 500), f.month, undefined, f.totals(500, ['c2']), {}),
      ).rejects.toBeInstanceOf(YearMovedError);
      // Read at a version that is not the current one.
      await expect(
        f.store.saveSettlement(f.claim('c2', 500), f.month, 7, f.totals(1700, ['c1', 'c2']), {}),
      ).rejects.toBeInstanceOf(YearMovedError);
      expect(await f.store.getClaim(f.hospitalId, 'c2')).toBeUndefined();
      expect(await f.store.getYear(f.personId, f.year)).toEqual({ version: 1, state: f.totals(1200, ['c1']) });
      // At the current version it goes through, and the claim records the version it produced.
      await f.store.saveSettlement(f.claim('c2', 500), f.month, 1, f.totals(1700, ['c1', 'c2']), {});
      expect((await f.store.getClaim(f.hospitalId, 'c2'))?.yearVersion).toBe(2);
      expect((await f.store.getYear(f.personId, f.year))?.version).toBe(2);
    });

    it('names the claim first when both conditions break', async () => {
      const f = fixture();
      await f.store.saveSettlement(f.claim('c1', 1200), f.month, undefined, f.totals(1200, ['c1']), {});
      await expect(
        f.store.saveSettlement(f.claim('c1', 1200), f.month, undefined, f.totals(1200, ['c1']), {}),
      ).rejects.toBeInstanceOf(ClaimExistsError);
    });

    it('lets exactly one of two settlements read at the same version win; the other learns the year moved', async () => {
      const f = fixture();
      await f.store.saveSettlement(f.claim('c0', 100), f.month, undefined, f.totals(100, ['c0']), {});
      const outcomes = await Promise.allSettled([
        f.store.saveSettlement(f.claim('a', 300), f.month, 1, f.totals(400, ['c0', 'a']), {}),
        f.store.saveSettlement(f.claim('b', 500), f.month, 1, f.totals(600, ['c0', 'b']), {}),
      ]);
      const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(YearMovedError);
      expect(won.length).toBeLessThanOrEqual(1);
      const year = await f.store.getYear(f.personId, f.year);
      // Nothing lost and nothing doubled: the year is c0 plus at most the winner, never both.
      expect(year?.state.paid).toBe(won.length === 0 ? 100 : won[0] === 0 ? 400 : 600);
      expect(await f.store.getClaim(f.hospitalId, won[0] === 0 ? 'b' : 'a')).toBeUndefined();
    });

    it('voids once: status and time recorded with the reversed year; a second void or a stale year is refused', async () => {
      const f = fixture();
      const c1 = f.claim('c1', 1200);
      await f.store.saveSettlement(c1, f.month, undefined, f.totals(1200, ['c1']), {});
      const at = `${f.year}-03-11T01:00:00.000Z`;
      await expect(f.store.saveVoid(c1, at, 'hospital-user', 9, f.totals(0, []), {})).rejects.toBeInstanceOf(
        YearMovedError,
      );
      expect((await f.store.getClaim(f.hospitalId, 'c1'))?.status).toBe('settled');
      await f.store.saveVoid(c1, at, 'hospital-user', 1, f.totals(0, []), {});
      expect(await f.store.getClaim(f.hospitalId, 'c1')).toEqual({
        ...c1,
        yearVersion: 1,
        status: 'voided',
        voidedAt: at,
      });
      expect(await f.store.getYear(f.personId, f.year)).toEqual({ version: 2, state: f.totals(0, []) });
      await expect(f.store.saveVoid(c1, at, 'hospital-user', 2, f.totals(0, []), {})).rejects.toBeInstanceOf(
        ClaimExistsError,
      );
      expect((await f.store.getYear(f.personId, f.year))?.version).toBe(2);
      await expect(
        f.store.saveVoid(f.claim('never-posted', 1), at, 'hospital-user', 2, f.totals(0, []), {}),
      ).rejects.toBeInstanceOf(ClaimExistsError);
    });

    it("lists a month's claims (voided ones too) in hospital/claim order, and a year's person-years", async () => {
      const f = fixture();
      const g = { ...fixture(), year: f.year };
      await f.store.saveSettlement(f.claim('b', 2), f.month, undefined, f.totals(2, ['b']), {});
      await f.store.saveSettlement(f.claim('a', 1), f.month, 1, f.totals(3, ['b', 'a']), {});
      await f.store.saveSettlement(f.claim('z', 9), `${f.year}-04`, 2, f.totals(12, ['b', 'a', 'z']), {});
      await f.store.saveVoid(f.claim('b', 2), `${f.year}-03-12T00:00:00.000Z`, 'u', 3, f.totals(10, ['a', 'z']), {});
      const months: StoredClaim<Amount>[] = [];
      for await (const c of f.store.claimsOfMonth(f.month)) months.push(c);
      expect(months.map((c) => [c.claimId, c.status])).toEqual([
        ['a', 'settled'],
        ['b', 'voided'],
      ]);
      // A second person in the same year, through the same store.
      const other = { ...f.claim('o', 5), personId: g.personId };
      await f.store.saveSettlement(other, f.month, undefined, { personId: g.personId, paid: 5, claims: ['o'] }, {});
      const years: { personId: string; state: Totals }[] = [];
      for await (const y of f.store.yearsOf(f.year)) years.push(y);
      expect(years.map((y) => y.personId)).toEqual([f.personId, g.personId].sort());
      expect(years.find((y) => y.personId === f.personId)?.state).toEqual(f.totals(10, ['a', 'z']));
    });

    it('hands out copies: changing what was read or written does not change what is stored', async () => {
      const f = fixture();
      const c1 = f.claim('c1', 1200);
      const next = f.totals(1200, ['c1']);
      await f.store.saveSettlement(c1, f.month, undefined, next, {});
      c1.settlement.fen = 1;
      next.claims.push('mutated');
      const read = await f.store.getClaim(f.hospitalId, 'c1');
      read!.settlement.fen = 2;
      expect((await f.store.getClaim(f.hospitalId, 'c1'))?.settlement).toEqual({ fen: 1200 });
      expect((await f.store.getYear(f.personId, f.year))?.state.claims).toEqual(['c1']);
    });
  });
}

/**
 * The one contract of the RefundLedger port: an account is saved at the next version only when nobody saved
 * it since it was read, read back as saved, listed per year, and never changed through a copy handed out.
 */
export function refundLedgerContract(name: string, make: () => RefundLedger): void {
  describe(`RefundLedger contract: ${name}`, () => {
    const figures = (refunded: number, recoverable = 0) => ({
      refunded,
      recoverable,
      lastDue: 300_000,
      lastRefundDue: refunded,
      lastClaims: ['H1/c1'],
      lastRunAt: '2020-01-02T00:00:00.000Z',
      reasons: [],
    });

    it('creates an account once, then saves only on the version read; lists the accounts of the year', async () => {
      const ledger = make();
      const year = 2200 + randomInt(7000);
      const a = newPersonId();
      const b = newPersonId();
      expect(await ledger.getAccount(year, a)).toBeUndefined();
      await ledger.saveAccount(year, a, figures(10_000), undefined);
      // A second creation (another run that also read nothing) loses.
      await expect(ledger.saveAccount(year, a, figures(10_000), undefined)).rejects.toBeInstanceOf(
        RefundAccountMovedError,
      );
      expect(await ledger.getAccount(year, a)).toEqual({ ...figures(10_000), version: 1 });
      await ledger.saveAccount(year, a, figures(10_000, 900), 1);
      // A save on the stale version 1 loses; nothing it carried is stored.
      await expect(ledger.saveAccount(year, a, figures(99_999), 1)).rejects.toBeInstanceOf(RefundAccountMovedError);
      expect(await ledger.getAccount(year, a)).toEqual({ ...figures(10_000, 900), version: 2 });
      await ledger.saveAccount(year, b, figures(300), undefined);
      await ledger.saveAccount(year + 1, a, figures(7), undefined);
      const listed: Record<string, number> = {};
      for await (const { personId, account } of ledger.accountsOf(year)) listed[personId] = account.refunded;
      expect(listed).toEqual({ [a]: 10_000, [b]: 300 });
    });

    it('of concurrent saves on the same version exactly one wins', async () => {
      const ledger = make();
      const year = 2200 + randomInt(7000);
      const personId = newPersonId();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => ledger.saveAccount(year, personId, figures(8_800 + i), undefined)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(RefundAccountMovedError);
      expect((await ledger.getAccount(year, personId))?.version).toBe(1);
    });

    it('hands out copies: changing what was read does not change what is stored', async () => {
      const ledger = make();
      const year = 2200 + randomInt(7000);
      const personId = newPersonId();
      await ledger.saveAccount(year, personId, figures(500), undefined);
      const read = await ledger.getAccount(year, personId);
      read!.lastClaims!.push('mutated');
      read!.refunded = 1;
      expect(await ledger.getAccount(year, personId)).toEqual({ ...figures(500), version: 1 });
    });
  });
}
