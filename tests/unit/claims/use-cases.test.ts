import { describe, expect, it } from 'vitest';
import { claimEngine } from '../../../shared/claims/engine-port.js';
import { MemoryClaimStore } from '../../../shared/claims/memory-claim-store.js';
import type { StoredClaim } from '../../../shared/claims/ports.js';
import { claimBodySchema, type ClaimBody } from '../../../shared/claims/schemas.js';
import type { ClaimFacts, PersonYear, Settlement } from '../../../shared/claims/types.js';
import { getClaim, postClaim, voidClaim, type ClaimDeps } from '../../../shared/claims/use-cases.js';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../../shared/errors.js';
import { H, poor } from './fixtures.js';

/**
 * The claim use cases over the in-memory ports (held to the same contract as the DynamoDB adapter by
 * tests/support/contracts/claim-store.ts): replays, lost races and retry exhaustion, without a table.
 */
type Deps = ClaimDeps<ClaimFacts, PersonYear, Settlement>;

const hospitalCaller = { sub: 'clerk-1', role: 'hospital', hospitalId: H.peoples.hospitalId } as const;

const body = (claimId: string, totalYuan: number, dischargedOn = '2019-03-10'): ClaimBody =>
  claimBodySchema.parse({
    claimId,
    personId: poor.personId,
    kind: 'inpatient',
    admittedOn: '2019-03-02',
    dischargedOn,
    diagnosis: { icd10: 'K35.9' },
    costs: { total: totalYuan },
  });

/** The store of each test, with an optional hook run before every settlement write (to stage a rival). */
class StagedStore extends MemoryClaimStore<Settlement, PersonYear> {
  beforeSave?: (attempt: number) => Promise<void>;
  saves = 0;

  override async saveSettlement(...args: Parameters<MemoryClaimStore<Settlement, PersonYear>['saveSettlement']>) {
    this.saves += 1;
    await this.beforeSave?.(this.saves);
    return super.saveSettlement(...args);
  }
}

function setup(retry: Deps['retry'] = { attempts: 80, baseMs: 0, capMs: 1 }) {
  const roster = { poorListed: true };
  const store = new StagedStore((id) =>
    id === poor.personId && roster.poorListed ? { person: poor, certifications: [] } : { certifications: [] },
  );
  const deps: Deps = {
    store,
    engine: claimEngine,
    hospital: async (id) => Object.values(H).find((h) => h.hospitalId === id),
    now: () => new Date('2019-03-10T08:00:00Z'),
    retry,
  };
  return { store, deps, roster };
}

/** What the engine alone gives for the claims taken in this order on an empty year. */
function settledInOrder(bodies: ClaimBody[]) {
  let year = claimEngine.emptyYear(poor.personId, 2019);
  const settlements: Settlement[] = [];
  for (const b of bodies) {
    const out = claimEngine.settle(claimEngine.toFacts(b, H.peoples.hospitalId), year, poor, H.peoples, []);
    settlements.push(out.settlement);
    year = out.nextPersonYear;
  }
  return { settlements, year };
}

describe('postClaim over the in-memory ports', () => {
  it('settles once: the same claim again answers the first settlement and writes nothing', async () => {
    const { store, deps } = setup();
    const first = await postClaim(deps, hospitalCaller, body('C-1', 23456.78));
    expect(first.created).toBe(true);
    const again = await postClaim(deps, hospitalCaller, body('C-1', 23456.78));
    // The replay is the stored claim: the first answer plus the year version it produced.
    expect(again).toEqual({ created: false, claim: { ...first.claim, yearVersion: 1 } });
    expect(store.writes).toBe(1);
    expect(first.claim.settlement).toEqual(settledInOrder([body('C-1', 23456.78)]).settlements[0]);
  });

  it('refuses a different body under a used claim id (409 claim-conflict) and keeps the first', async () => {
    const { store, deps } = setup();
    const first = await postClaim(deps, hospitalCaller, body('C-1', 1000));
    const err = await postClaim(deps, hospitalCaller, body('C-1', 1001)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ status: 409, code: 'claim-conflict' });
    expect(await getClaim(deps, hospitalCaller, 'C-1')).toEqual({ ...first.claim, yearVersion: 1 });
    expect(store.writes).toBe(1);
  });

  it('a lost race on the person-year reads again and settles on top of the winner: nothing lost', async () => {
    const { store, deps } = setup();
    const rival = body('C-RIVAL', 8000, '2019-03-09');
    const mine = body('C-MINE', 12000);
    store.beforeSave = async (n) => {
      if (n !== 1) return;
      // Between our read and our write, another claim of the same person is settled.
      const out = await postClaim(
        { ...deps, store: Object.assign(store, { beforeSave: undefined }) },
        hospitalCaller,
        rival,
      );
      expect(out.created).toBe(true);
    };
    const outcome = await postClaim(deps, hospitalCaller, mine);
    expect(outcome.created).toBe(true);
    // Our first write failed on the year's version; the retry read the rival's year and settled again.
    expect(store.saves).toBe(3);
    const expected = settledInOrder([rival, mine]);
    expect(outcome.claim.settlement).toEqual(expected.settlements[1]);
    expect(outcome.claim.settlement).not.toEqual(settledInOrder([mine]).settlements[0]);
    expect(await store.getYear(poor.personId, 2019)).toEqual({ version: 2, state: expected.year });
    expect((await store.getClaim(H.peoples.hospitalId, 'C-MINE'))?.yearVersion).toBe(2);
  });

  it('the same claim posted twice at once: the loser answers the winner’s settlement (a replay, not an error)', async () => {
    const { store, deps } = setup();
    const mine = body('C-TWICE', 5000);
    let rivalOutcome: Awaited<ReturnType<typeof postClaim>> | undefined;
    store.beforeSave = async (n) => {
      if (n !== 1) return;
      rivalOutcome = await postClaim(
        { ...deps, store: Object.assign(store, { beforeSave: undefined }) },
        hospitalCaller,
        mine,
      );
    };
    const outcome = await postClaim(deps, hospitalCaller, mine);
    expect(rivalOutcome?.created).toBe(true);
    expect(outcome).toEqual({ created: false, claim: { ...rivalOutcome!.claim, yearVersion: 1 } });
    expect(store.writes).toBe(1);
  });

  it('the same claim id with another body at once: the loser gets 409, not a second settlement', async () => {
    const { store, deps } = setup();
    store.beforeSave = async (n) => {
      if (n !== 1) return;
      await postClaim(
        { ...deps, store: Object.assign(store, { beforeSave: undefined }) },
        hospitalCaller,
        body('C-X', 700),
      );
    };
    await expect(postClaim(deps, hospitalCaller, body('C-X', 900))).rejects.toMatchObject({ code: 'claim-conflict' });
    expect((await store.getClaim(H.peoples.hospitalId, 'C-X'))?.settlement).toEqual(
      settledInOrder([body('C-X', 700)]).settlements[0],
    );
  });

  it('gives up with 429 when the person-year keeps moving, having written nothing of its own', async () => {
    const { store, deps } = setup({ attempts: 4, baseMs: 0, capMs: 0 });
    let rivals = 0;
    store.beforeSave = async () => {
      // Every attempt loses: a rival claim of the same person lands between read and write.
      rivals += 1;
      const inner = store.beforeSave;
      store.beforeSave = undefined;
      await postClaim(deps, hospitalCaller, body(`C-R${rivals}`, 100 + rivals));
      store.beforeSave = inner;
    };
    const err = await postClaim(deps, hospitalCaller, body('C-MINE', 12000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooManyRequestsError);
    expect(err).toMatchObject({ status: 429, code: 'too-many-requests' });
    expect(rivals).toBe(4);
    expect(await store.getClaim(H.peoples.hospitalId, 'C-MINE')).toBeUndefined();
    expect((await store.getYear(poor.personId, 2019))?.version).toBe(4);
  });

  it('a settled claim sent again after its person left the roster answers the first settlement, not 404', async () => {
    // The claim is not read before settling (the write finds a used id); a refusal checks for a stored claim
    // first, so a hospital's retry gets the first answer whatever changed since — and a changed body still 409.
    const { store, deps, roster } = setup();
    const first = await postClaim(deps, hospitalCaller, body('C-1', 5000));
    roster.poorListed = false;
    const again = await postClaim(deps, hospitalCaller, body('C-1', 5000));
    expect(again).toEqual({ created: false, claim: { ...first.claim, yearVersion: 1 } });
    const changed = await postClaim(deps, hospitalCaller, body('C-1', 5001)).catch((e: unknown) => e);
    expect(changed).toMatchObject({ status: 409, code: 'claim-conflict' });
    await expect(postClaim(deps, hospitalCaller, body('C-2', 5000))).rejects.toBeInstanceOf(NotFoundError);
    expect(store.writes).toBe(1);
  });

  it('answers 404 for a person not on the roster and stores nothing', async () => {
    const { store, deps } = setup();
    const stranger = { ...body('C-S', 100), personId: '11010519491231003X' };
    await expect(postClaim(deps, hospitalCaller, stranger)).rejects.toBeInstanceOf(NotFoundError);
    expect(store.writes).toBe(0);
  });
});

describe('voidClaim over the in-memory ports', () => {
  it('reverses the claim out of the year, and a second void answers the voided claim', async () => {
    const { store, deps } = setup();
    const a = await postClaim(deps, hospitalCaller, body('C-A', 8000, '2019-03-09'));
    await postClaim(deps, hospitalCaller, body('C-B', 12000));
    const voided = await voidClaim(deps, hospitalCaller, 'C-A');
    expect(voided).toMatchObject({ status: 'voided', voidedAt: '2019-03-10T08:00:00.000Z' });
    const year = await store.getYear(poor.personId, 2019);
    expect(year?.version).toBe(3);
    // The year now holds C-B alone, exactly as settled (its figures are not recomputed by a void).
    const afterB = settledInOrder([body('C-A', 8000, '2019-03-09'), body('C-B', 12000)]).year;
    expect(year?.state).toEqual(claimEngine.reverse(afterB, a.claim.settlement));
    const again: StoredClaim<Settlement> = await voidClaim(deps, hospitalCaller, 'C-A');
    expect(again).toEqual(await store.getClaim(H.peoples.hospitalId, 'C-A'));
    expect((await store.getYear(poor.personId, 2019))?.version).toBe(3);
  });
});
