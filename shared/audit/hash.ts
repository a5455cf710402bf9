import { createHash } from 'node:crypto';
import { canonicalJson } from '../data/canonical.js';
import type { AuditRecord, ChainHead } from './types.js';

/**
 * Hash canonicalisation (docs/audit.md, "Hashes"): SHA-256, hex, of the canonical JSON of a value — object
 * keys sorted by code unit, no whitespace, undefined members dropped, numbers as JavaScript prints them
 * (DynamoDB returns what was stored, so a stored item hashes the same when read back).
 */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The hash of a whole stored item, every attribute included (keys and index keys too). */
export const itemHash = (item: Record<string, unknown>): string => sha256(canonicalJson(item));

/** The first record of a chain links to this. */
export const GENESIS = '0'.repeat(64);

/** A record's own hash covers everything in it except the hash itself, including the previous record's hash. */
export function recordHash(record: Omit<AuditRecord, 'hash'>): string {
  const { chain, seq, prevHash, entity, entityId, action, actor, at, items, summary } = record;
  return sha256(canonicalJson({ chain, seq, prevHash, entity, entityId, action, actor, at, items, summary }));
}

/**
 * A person's id (an identity number) never appears in a record or a chain name: it is replaced by this
 * reference, the first 20 hex digits of SHA-256 over a fixed prefix and the id.
 */
export const personRef = (personId: string): string => sha256(`zlt-person:${personId}`).slice(0, 20);

/** The digest over all chain heads: SHA-256 of the canonical JSON of the heads in chain order. */
export function headsDigest(heads: readonly ChainHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  return sha256(canonicalJson(sorted.map(({ chain, seq, hash }) => ({ chain, seq, hash }))));
}
