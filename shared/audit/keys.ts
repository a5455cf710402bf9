import { personRef } from './hash.js';

/**
 * Item keys as a record names them. A key holding an identity number (PERSON#<id>, a refund account of a
 * person…) names it by `~<personRef>` instead, so no record carries an identity number in clear
 * (docs/audit.md, "What a record holds"); verify maps references back through the roster.
 */
const IDENTITY = /(?<![0-9A-Za-z~])(\d{17}[\dX])(?![0-9A-Za-z])/g;
const REF = /~([0-9a-f]{20})/g;

export const maskKeyPart = (part: string): string => part.replace(IDENTITY, (id) => `~${personRef(id)}`);

export const hasPersonRef = (part: string): boolean => /~[0-9a-f]{20}/.test(part);

/** Replaces every `~<personRef>` with the identity number `lookup` gives (undefined when one is unknown). */
export function unmaskKeyPart(part: string, lookup: (ref: string) => string | undefined): string | undefined {
  let missing = false;
  const out = part.replace(REF, (_m, ref: string) => {
    const id = lookup(ref);
    if (!id) missing = true;
    return id ?? '';
  });
  return missing ? undefined : out;
}

/** The chain head and the records of a chain share one item collection. */
export const chainPk = (chain: string): string => `AUDIT#${chain}`;
export const HEAD_SK = 'HEAD';
export const recordSk = (seq: number): string => `REC#${String(seq).padStart(10, '0')}`;
/** Heads are indexed over this many gsi1 partitions, so the digest reads them by Query without a hot key. */
export const HEAD_SHARDS = 16;
export const headShard = (chain: string): string => {
  let h = 0;
  for (const c of chain) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `AUDITHEADS#${String(h % HEAD_SHARDS).padStart(2, '0')}`;
};
/** Records of one claim, case, student, post…, newest last (gsi2). */
export const entityPartition = (entity: string, entityId: string): string => `AUDITOF#${entity}#${entityId}`;
