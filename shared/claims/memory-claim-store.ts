import type { ChronicCertification, Person } from '../roster/types.js';
import {
  ClaimExistsError,
  RefundAccountMovedError,
  YearMovedError,
  type ClaimContext,
  type ClaimStore,
  type RefundAccount,
  type RefundAccountFigures,
  type RefundLedger,
  type StoredClaim,
  type StoredYear,
} from './ports.js';

/** The person's side of the claim context (in production it sits in the same partition as the years). */
export type PersonPartition = (personId: string) => { person?: Person; certifications: ChronicCertification[] };

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The claim store in memory, for use-case tests and as the reference the DynamoDB adapter is held to by the
 * shared contract suite. Each write checks its conditions and applies all of its changes before yielding,
 * which is what a DynamoDB transaction gives; values are copied in and out, as a round trip through the
 * table would.
 */
export class MemoryClaimStore<S, Y> implements ClaimStore<S, Y> {
  private readonly claims = new Map<string, { claim: StoredClaim<S>; month: string; voidedBy?: string }>();
  private readonly years = new Map<string, StoredYear<Y> & { personId: string; year: number }>();
  /** Every write applied, in order (tests read it to see that nothing was stored). */
  writes = 0;

  constructor(private readonly people: PersonPartition = () => ({ certifications: [] })) {}

  private static claimKey = (hospitalId: string, claimId: string) => `${hospitalId}#${claimId}`;
  private static yearKey = (personId: string, year: number) => `${personId}#${year}`;

  async load(personId: string, year: number): Promise<ClaimContext<Y>> {
    const stored = await this.getYear(personId, year);
    const { person, certifications } = copy(this.people(personId));
    return {
      ...(person ? { person } : {}),
      certifications,
      ...(stored ? { year: stored } : {}),
    };
  }

  async getClaim(hospitalId: string, claimId: string): Promise<StoredClaim<S> | undefined> {
    const entry = this.claims.get(MemoryClaimStore.claimKey(hospitalId, claimId));
    return entry ? copy(entry.claim) : undefined;
  }

  async getYear(personId: string, year: number): Promise<StoredYear<Y> | undefined> {
    const stored = this.years.get(MemoryClaimStore.yearKey(personId, year));
    return stored ? { version: stored.version, state: copy(stored.state) } : undefined;
  }

  private yearMatches(personId: string, year: number, expectedVersion: number | undefined): boolean {
    const stored = this.years.get(MemoryClaimStore.yearKey(personId, year));
    return expectedVersion === undefined ? stored === undefined : stored?.version === expectedVersion;
  }

  private putYear(personId: string, year: number, expectedVersion: number | undefined, state: Y): void {
    const version = (expectedVersion ?? 0) + 1;
    this.years.set(MemoryClaimStore.yearKey(personId, year), { personId, year, version, state: copy(state) });
  }

  async saveSettlement(
    claim: StoredClaim<S>,
    month: string,
    expectedVersion: number | undefined,
    next: Y,
    _figures: Record<string, unknown>,
  ): Promise<void> {
    const key = MemoryClaimStore.claimKey(claim.hospitalId, claim.claimId);
    if (this.claims.has(key)) throw new ClaimExistsError();
    if (!this.yearMatches(claim.personId, claim.year, expectedVersion)) throw new YearMovedError();
    this.claims.set(key, { claim: { ...copy(claim), yearVersion: (expectedVersion ?? 0) + 1 }, month });
    this.putYear(claim.personId, claim.year, expectedVersion, next);
    this.writes += 1;
  }

  async saveVoid(
    claim: StoredClaim<S>,
    voidedAt: string,
    by: string,
    expectedVersion: number,
    next: Y,
    _figures: Record<string, unknown>,
  ): Promise<void> {
    const entry = this.claims.get(MemoryClaimStore.claimKey(claim.hospitalId, claim.claimId));
    if (entry?.claim.status !== 'settled' || entry.voidedBy !== undefined) throw new ClaimExistsError();
    if (!this.yearMatches(claim.personId, claim.year, expectedVersion)) throw new YearMovedError();
    entry.claim = { ...entry.claim, status: 'voided', voidedAt };
    entry.voidedBy = by;
    this.putYear(claim.personId, claim.year, expectedVersion, next);
    this.writes += 1;
  }

  async *yearsOf(year: number): AsyncGenerator<{ personId: string; state: Y }> {
    const rows = [...this.years.values()].filter((y) => y.year === year);
    rows.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    for (const row of rows) yield { personId: row.personId, state: copy(row.state) };
  }

  async *claimsOfMonth(month: string): AsyncGenerator<StoredClaim<S>> {
    const rows = [...this.claims.entries()].filter(([, e]) => e.month === month);
    rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, e] of rows) yield copy(e.claim);
  }
}

/** The refund ledger in memory: the same compare-and-set on the account's version as the table's condition. */
export class MemoryRefundLedger implements RefundLedger {
  private readonly accounts = new Map<string, { year: number; personId: string; account: RefundAccount }>();

  async getAccount(year: number, personId: string): Promise<RefundAccount | undefined> {
    const row = this.accounts.get(`${year}#${personId}`);
    return row ? copy(row.account) : undefined;
  }

  async *accountsOf(year: number): AsyncGenerator<{ personId: string; account: RefundAccount }> {
    const rows = [...this.accounts.values()].filter((r) => r.year === year);
    rows.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    for (const r of rows) yield { personId: r.personId, account: copy(r.account) };
  }

  async saveAccount(
    year: number,
    personId: string,
    figures: RefundAccountFigures,
    expectedVersion: number | undefined,
  ): Promise<void> {
    const key = `${year}#${personId}`;
    const current = this.accounts.get(key);
    if (current?.account.version !== expectedVersion) throw new RefundAccountMovedError();
    this.accounts.set(key, { year, personId, account: copy({ ...figures, version: (expectedVersion ?? 0) + 1 }) });
  }
}
