import { headsDigest, personRef } from './hash.js';
import type { ChainHead } from './types.js';
import type { Digest } from './verify.js';

/** The digest over every chain head at `at` (docs/audit.md, "Digest"). */
export function buildDigest(heads: readonly ChainHead[], at: string): Digest {
  const sorted = [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  return {
    at,
    digest: headsDigest(sorted),
    heads: sorted.map(({ chain, seq, hash }) => ({ chain, seq, hash })),
  };
}

/** A digest is self-consistent when its digest is the hash of its heads. */
export const digestIsConsistent = (d: Digest): boolean =>
  headsDigest(d.heads.map((h) => ({ ...h, at: d.at }))) === d.digest;

/**
 * The entity id a history is looked up by: ids as the API knows them, except that anything keyed by a
 * person (a person's roster entry, a student, a refund account) is named by the person's reference, never the
 * identity number (docs/audit.md).
 */
export function lookupId(entity: string, entityId: string): string {
  if (entity === 'person' || entity === 'student')
    return /^\d{17}[\dX]$/.test(entityId) ? personRef(entityId) : entityId;
  if (entity === 'refund-account') {
    const m = /^(\d{17}[\dX])\/(\d{4})$/.exec(entityId);
    return m?.[1] ? `${personRef(m[1])}/${m[2]}` : entityId;
  }
  return entityId;
}
