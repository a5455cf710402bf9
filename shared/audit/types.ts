import type { Caller } from '../auth/roles.js';

/**
 * The tamper-evident audit trail (docs/audit.md). Every ledger write that moves money or changes a decision
 * appends one record to a chain, in the same DynamoDB transaction as the write itself.
 */

/** What a record is about: the thing whose history `GET /v1/audit/records` answers. */
export const AUDIT_ENTITIES = [
  'claim',
  'refund-account',
  'case',
  'photo',
  'student',
  'post',
  'person',
  'hospital',
  'roster',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Who made the change, as the token said: subject, role and scope. Never a name or identity number. */
export interface Actor {
  sub: string;
  role: string;
  township?: string;
  hospitalId?: string;
  clientId?: string;
}

/** The system itself (scheduled runs, imports confirmed earlier) when no person is behind the write. */
export const SYSTEM_ACTOR: Actor = { sub: 'system', role: 'system' };

export function actorOf(caller: Caller | undefined): Actor {
  if (!caller) return SYSTEM_ACTOR;
  return {
    sub: caller.sub,
    role: caller.role,
    ...(caller.township ? { township: caller.township } : {}),
    ...(caller.hospitalId ? { hospitalId: caller.hospitalId } : {}),
    ...(caller.clientId ? { clientId: caller.clientId } : {}),
  };
}

/** One item the audited write leaves in the table: its key and the canonical hash of the whole item (null: deleted). */
export interface AuditedItem {
  pk: string;
  sk: string;
  hash: string | null;
  /**
   * The item's own `version` as written, for items that more than one chain writes (a person's roster item:
   * any load or import may change it). Verify compares such an item with the record of the highest version
   * across all chains, not with the last record of one chain.
   */
  v?: number;
}

/** What a store asks the trail to append with its write. */
export interface AuditEntry {
  chain: string;
  entity: AuditEntity;
  /** Ids only: a claim is `<hospitalId>/<claimId>`; anything keyed by a person uses `personRef` (a hash). */
  entityId: string;
  /** What happened: `claim.settled`, `claim.voided`, `case.step`, … */
  action: string;
  actor: Actor;
  at: string;
  /** The items as written (full items with pk/sk), or `{ pk, sk, deleted: true }` for a delete. */
  items: readonly (Record<string, unknown> | { pk: string; sk: string; deleted: true })[];
  /** A short fact worth reading in the history without the item (amounts in fen, the step, the verdict). */
  summary?: Record<string, string | number | boolean>;
  /**
   * The items carry a `version` that every write bumps under a condition, and more than one chain writes
   * them (roster lanes): each is recorded with its version (`AuditedItem.v`).
   */
  versioned?: boolean;
}

/** A stored record (docs/audit.md, "Records"). */
export interface AuditRecord {
  chain: string;
  seq: number;
  prevHash: string;
  hash: string;
  entity: AuditEntity;
  entityId: string;
  action: string;
  actor: Actor;
  at: string;
  items: AuditedItem[];
  summary?: Record<string, string | number | boolean>;
}

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
  at: string;
}

/** One broken link, as verify reports it: the first per chain. */
export interface Break {
  chain: string;
  entity: AuditEntity | 'chain';
  entityId: string;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  records: number;
  digest?: { key: string; at: string; chains: number } | undefined;
  broken: Break[];
}
