import { actorOf } from '../audit/types.js';
import type { Caller } from '../auth/roles.js';
import { assertHospitalScope } from '../auth/scope.js';
import { DEFAULT_RETRY, retryOnConflict, RetryableConflict, type RetryOptions } from '../retry.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { Hospital } from '../reference/types.js';
import { requestHash } from '../data/canonical.js';
import { ClaimExistsError, YearMovedError, type ClaimEngine, type ClaimStore, type StoredClaim } from './ports.js';
import type { ClaimBody } from './schemas.js';

export interface ClaimDeps<F, Y, S> {
  store: ClaimStore<S, Y>;
  engine: ClaimEngine<F, Y, S>;
  hospital(hospitalId: string): Promise<Hospital | undefined>;
  now(): Date;
  /** How lost races are retried before the caller gets 429 (default DEFAULT_RETRY). */
  retry?: RetryOptions;
}

export interface ClaimOutcome<S> {
  created: boolean;
  claim: StoredClaim<S>;
}

/** The engine names claim fields (`dischargedOn`); the answer names them where they are in the request. */
function atBody<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.message,
        error.details.map((d) => ({ ...d, path: d.path.startsWith('body.') ? d.path : `body.${d.path}` })),
        error.code,
      );
    }
    throw error;
  }
}

/**
 * Settles a claim exactly once (docs/rules.md §3.3–3.4): the same claim again returns the first settlement, a
 * different body under a used claimId is 409, and concurrent claims for one person serialise on the
 * person-year's version (a lost race reads again and settles again).
 */
export async function postClaim<F, Y, S>(
  deps: ClaimDeps<F, Y, S>,
  caller: Caller,
  body: ClaimBody,
): Promise<ClaimOutcome<S>> {
  const hospitalId = caller.hospitalId;
  if (!hospitalId) throw new ForbiddenError('Only a hospital posts claims.');
  if (body.hospitalId !== undefined && body.hospitalId !== hospitalId) {
    throw new ForbiddenError(`The body names hospital ${body.hospitalId}, but the token is for ${hospitalId}.`);
  }
  const facts = atBody(() => deps.engine.toFacts(body, hospitalId));
  const hash = requestHash(facts);
  const serviceDate = atBody(() => deps.engine.serviceDate(facts));
  const year = Number(serviceDate.slice(0, 4));
  // Started now, awaited with the first read: the hospital costs no round trip of its own.
  const hospitalLookup = deps.hospital(hospitalId);
  hospitalLookup.catch(() => undefined);

  const replay = (stored: StoredClaim<S>): ClaimOutcome<S> => {
    if (stored.requestHash !== hash) {
      throw new ConflictError('claim-conflict', `Claim ${body.claimId} was already posted with a different body.`);
    }
    return { created: false, claim: stored };
  };

  return retryOnConflict(async () => {
    // One round trip: the person's partition (and the store's read-ahead) and the hospital, in parallel. The
    // claim itself is not read: a claim id already taken is found by the write, which then answers the replay.
    const [ctx, hospital] = await Promise.all([deps.store.load(body.personId, year), hospitalLookup]);
    const settled = await refusedUnlessStored(() => {
      if (!hospital) throw new NotFoundError(`Hospital ${hospitalId} is not in the registry.`, 'hospital-not-found');
      const person = ctx.person;
      if (!person) throw new NotFoundError('No person with this identity number is on the roster.', 'person-not-found');
      const current = ctx.year?.state ?? deps.engine.emptyYear(body.personId, year);
      return atBody(() => deps.engine.settle(facts, current, person, hospital, ctx.certifications));
    });
    if ('replayed' in settled) return settled.replayed;
    const { settlement, nextPersonYear } = settled;
    const claim: StoredClaim<S> = {
      hospitalId,
      claimId: body.claimId,
      personId: body.personId,
      year,
      requestHash: hash,
      status: 'settled',
      settledAt: deps.now().toISOString(),
      settlement,
      facts,
    };
    try {
      await deps.store.saveSettlement(
        claim,
        serviceDate.slice(0, 7),
        ctx.year?.version,
        nextPersonYear,
        deps.engine.yearFigures(nextPersonYear),
        actorOf(caller),
        ctx.readAhead,
      );
      return { created: true, claim };
    } catch (error) {
      if (error instanceof ClaimExistsError) {
        const stored = await deps.store.getClaim(hospitalId, body.claimId);
        if (stored) return replay(stored);
      }
      if (error instanceof YearMovedError || error instanceof ClaimExistsError) throw new RetryableConflict();
      throw error;
    }
  }, deps.retry ?? DEFAULT_RETRY);

  /**
   * The settlement, or — when it is refused (no such person or hospital any more, a cap or rule that now
   * refuses it) — the first settlement of a claim already stored under this id: a hospital's retry of a settled
   * claim gets the first answer whatever has changed since, as when the claim was read first.
   */
  async function refusedUnlessStored<T>(settle: () => T): Promise<T | { replayed: ClaimOutcome<S> }> {
    try {
      return settle();
    } catch (error) {
      const stored = await deps.store.getClaim(hospitalId as string, body.claimId);
      if (stored) return { replayed: replay(stored) };
      throw error;
    }
  }
}

/** The hospital whose claim a caller reads or voids: its own for hospitals, `?hospitalId=` for the bureau and audit. */
function claimOwner(caller: Caller, requested: string | undefined): string {
  if (caller.role === 'hospital') {
    if (requested && requested !== caller.hospitalId) assertHospitalScope(caller, requested);
    if (!caller.hospitalId) throw new ForbiddenError('The hospital token names no hospital.');
    return caller.hospitalId;
  }
  if (!requested)
    throw new NotFoundError(
      'Name the hospital with ?hospitalId= (claim ids are unique per hospital).',
      'claim-not-found',
    );
  return requested;
}

export async function getClaim<F, Y, S>(
  deps: ClaimDeps<F, Y, S>,
  caller: Caller,
  claimId: string,
  hospitalId?: string,
): Promise<StoredClaim<S>> {
  const owner = claimOwner(caller, hospitalId);
  const claim = await deps.store.getClaim(owner, claimId);
  if (!claim) throw new NotFoundError(`No claim ${claimId} for hospital ${owner}.`, 'claim-not-found');
  return claim;
}

/**
 * Voids a claim: reverses its effect on the person's year in the same transaction that marks it voided
 * and appends the void record. Voiding again answers the voided claim (idempotent).
 */
export async function voidClaim<F, Y, S>(
  deps: ClaimDeps<F, Y, S>,
  caller: Caller,
  claimId: string,
  hospitalId?: string,
): Promise<StoredClaim<S>> {
  const owner = claimOwner(caller, hospitalId);
  return retryOnConflict(async () => {
    const claim = await deps.store.getClaim(owner, claimId);
    if (!claim) throw new NotFoundError(`No claim ${claimId} for hospital ${owner}.`, 'claim-not-found');
    if (claim.status === 'voided') return claim;
    const year = await deps.store.getYear(claim.personId, claim.year);
    if (!year) throw new Error('a settled claim without its person-year');
    let next: Y;
    try {
      next = deps.engine.reverse(year.state, claim.settlement);
    } catch (error) {
      // A stored claim whose effect is not in its stored year is our inconsistency, not the caller's input.
      throw new Error(`cannot reverse claim ${claim.hospitalId}/${claim.claimId}: ${(error as Error).message}`);
    }
    const voidedAt = deps.now().toISOString();
    try {
      await deps.store.saveVoid(
        claim,
        voidedAt,
        caller.sub,
        year.version,
        next,
        deps.engine.yearFigures(next),
        actorOf(caller),
      );
      return { ...claim, status: 'voided', voidedAt };
    } catch (error) {
      if (error instanceof ClaimExistsError || error instanceof YearMovedError) throw new RetryableConflict();
      throw error;
    }
  }, deps.retry ?? DEFAULT_RETRY);
}
