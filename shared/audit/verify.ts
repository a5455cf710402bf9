import { mapLimit } from '../data/concurrency.js';
import { GENESIS, itemHash, recordHash } from './hash.js';
import { hasPersonRef, unmaskKeyPart } from './keys.js';
import type { AuditRecord, Break, ChainHead, VerifyReport } from './types.js';

/** A locked digest as the digest job wrote it (docs/audit.md, "Digest"). */
export interface Digest {
  at: string;
  digest: string;
  heads: { chain: string; seq: number; hash: string }[];
}

/** What verify reads: the trail's chains, the current items, the latest locked digest, the roster's ids. */
export interface VerifySource {
  heads(): Promise<ChainHead[]>;
  /** One chain's head, read consistently. */
  head(chain: string): Promise<ChainHead | undefined>;
  records(chain: string): AsyncIterable<AuditRecord>;
  item(pk: string, sk: string): Promise<Record<string, unknown> | undefined>;
  latestDigest(): Promise<{ key: string; digest: Digest } | undefined>;
  /** personRef → identity number, for keys a record names by reference (built only when one is met). */
  personIds(): Promise<Map<string, string>>;
}

interface Finding extends Break {
  seq: number;
}

interface Latest {
  record: AuditRecord;
  hash: string | null;
  v?: number;
}

/** The roster item of a person (the entity a finding on it names, by reference). */
const PERSON_ITEM = /^PERSON#~([0-9a-f]{20})$/;

const short = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : 'deleted');

/**
 * The links of one chain, pure: seqs 1..n without a gap, each record's hash recomputed, each prevHash the
 * hash of the record before, the head pointing at the last record, and (when a locked digest names the
 * chain) the record at the digest's seq still carrying the digest's hash. Returns the first finding and the
 * latest recorded hash of every item the chain wrote.
 */
export function checkLinks(
  chain: string,
  head: ChainHead | undefined,
  records: readonly AuditRecord[],
  locked?: { seq: number; hash: string },
): { finding?: Finding; latest: Map<string, Latest> } {
  const latest = new Map<string, Latest>();
  let prev = GENESIS;
  let expected = 1;
  const name = (r: AuditRecord | undefined) =>
    r ? { entity: r.entity, entityId: r.entityId } : { entity: 'chain' as const, entityId: chain };
  for (const r of records) {
    if (r.seq !== expected) {
      return {
        latest,
        finding: {
          chain,
          ...name(r),
          seq: r.seq,
          reason: `record ${expected}${r.seq > expected + 1 ? `–${r.seq - 1}` : ''} missing before record ${r.seq} (${r.action})`,
        },
      };
    }
    const { hash, ...body } = r;
    if (recordHash(body) !== hash)
      return {
        latest,
        finding: { chain, ...name(r), seq: r.seq, reason: `record ${r.seq} (${r.action}) was altered` },
      };
    if (r.prevHash !== prev)
      return {
        latest,
        finding: { chain, ...name(r), seq: r.seq, reason: `record ${r.seq} does not link to record ${r.seq - 1}` },
      };
    for (const i of r.items)
      latest.set(`${i.pk}\u0000${i.sk}`, { record: r, hash: i.hash, ...(i.v !== undefined ? { v: i.v } : {}) });
    prev = hash;
    expected += 1;
  }
  const last = records.at(-1);
  if (locked) {
    const atLock = records.find((r) => r.seq === locked.seq);
    if (!atLock || atLock.hash !== locked.hash)
      return {
        latest,
        finding: {
          chain,
          ...name(atLock ?? last),
          seq: locked.seq,
          reason: atLock
            ? `record ${locked.seq} differs from the locked digest`
            : `record ${locked.seq} of the locked digest is gone (the chain ends at ${last?.seq ?? 0})`,
        },
      };
  }
  if (!head || head.seq !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? GENESIS))
    return {
      latest,
      finding: {
        chain,
        ...name(last),
        seq: (last?.seq ?? 0) + 1,
        reason: head ? `the head (record ${head.seq}) is not the last record (${last?.seq ?? 0})` : 'the head is gone',
      },
    };
  return { latest };
}

/**
 * Recomputes every chain and compares each item a chain wrote with the table and the chains with the
 * latest locked digest: `ok` only when nothing differs; `broken` holds the first finding of each chain.
 *
 * Most items belong to one chain, and are compared with that chain's last record of them. An item recorded
 * with its version (`v`: a person's roster item, which any load or import lane may write) is compared with
 * the record of its highest version over all chains, once every chain has been read.
 */
export async function verifyTrail(source: VerifySource, concurrency = 8): Promise<VerifyReport> {
  const [heads, locked] = await Promise.all([source.heads(), source.latestDigest()]);
  const lockedHeads = new Map((locked?.digest.heads ?? []).map((h) => [h.chain, h]));
  const chains = [...new Set([...heads.map((h) => h.chain), ...lockedHeads.keys()])].sort();
  let ids: Promise<Map<string, string>> | undefined;
  let records = 0;

  /** Compares one item with what a record says of it; a finding names the record's entity (or the person). */
  const checkItem = async (chain: string, key: string, { record, hash }: Latest): Promise<Finding | undefined> => {
    const [mpk, msk] = key.split('\u0000') as [string, string];
    let pk: string | undefined = mpk;
    let sk: string | undefined = msk;
    if (hasPersonRef(mpk) || hasPersonRef(msk)) {
      ids ??= source.personIds();
      const map = await ids;
      pk = unmaskKeyPart(mpk, (r) => map.get(r));
      sk = unmaskKeyPart(msk, (r) => map.get(r));
    }
    const person = msk === 'PROFILE' ? PERSON_ITEM.exec(mpk)?.[1] : undefined;
    const named = person
      ? { entity: 'person' as const, entityId: person }
      : { entity: record.entity, entityId: record.entityId };
    const where = `${mpk} / ${msk}`;
    if (pk === undefined || sk === undefined)
      return { chain, ...named, seq: record.seq, reason: `${where}: the person it names is no longer on the roster` };
    const current = await source.item(pk, sk);
    const now = current ? itemHash(current) : null;
    if (now === hash) return undefined;
    return {
      chain,
      ...named,
      seq: record.seq,
      reason:
        now === null
          ? `${where} was deleted (record ${record.seq}, ${record.action}, has ${short(hash)})`
          : `${where} no longer matches record ${record.seq} (${record.action}): ${short(hash)} recorded, ${short(now)} stored`,
    };
  };

  const checkChain = async (
    chain: string,
  ): Promise<{ finding?: Finding; head?: ChainHead; count: number; versioned: [string, Latest][] }> => {
    // The head first (consistently), then the records: a write landing in between only adds records after
    // the head, which this pass leaves to the next.
    const head = await source.head(chain);
    const list: AuditRecord[] = [];
    for await (const r of source.records(chain)) if (!head || r.seq <= head.seq) list.push(r);
    if (!head && list.length === 0)
      return {
        finding: { chain, entity: 'chain', entityId: chain, seq: 0, reason: 'the chain in the locked digest is gone' },
        count: 0,
        versioned: [],
      };
    const { finding, latest } = checkLinks(chain, head, list, lockedHeads.get(chain));
    const own = [...latest.entries()].filter(([, l]) => l.v === undefined);
    const versioned = [...latest.entries()].filter(([, l]) => l.v !== undefined);
    const itemFindings = await mapLimit(own, 4, ([key, l]) => checkItem(chain, key, l));
    const first = [finding, ...itemFindings]
      .filter((f): f is Finding => f !== undefined)
      .sort((a, b) => a.seq - b.seq)[0];
    return { ...(first ? { finding: first } : {}), ...(head ? { head } : {}), count: list.length, versioned };
  };

  // Items recorded with a version: the record of the highest version over all chains, and its chain.
  const versioned = new Map<string, Latest & { chain: string }>();
  const collect = (chain: string, entries: readonly [string, Latest][]) => {
    for (const [key, l] of entries) {
      const seen = versioned.get(key);
      if (!seen || (seen.v ?? 0) < (l.v ?? 0)) versioned.set(key, { ...l, chain });
    }
  };
  const seenHeads = new Map<string, ChainHead | undefined>();

  const findings = await mapLimit(chains, concurrency, async (chain): Promise<Finding | undefined> => {
    // A finding while the chain is being written to (an item rewritten after the records were read) is checked
    // again; one that stays with the head unmoved is real.
    for (let attempt = 0; ; attempt += 1) {
      const { finding, head, count, versioned: entries } = await checkChain(chain);
      const settle = () => {
        records += count;
        collect(chain, entries);
        seenHeads.set(chain, head);
        return finding;
      };
      if (!finding || attempt >= 3) return settle();
      const again = await source.head(chain);
      if (again?.seq === head?.seq && again?.hash === head?.hash) return settle();
    }
  });

  // The versioned items, against the table. A mismatch may be a write that landed after its chain was read
  // (its record is in a chain read earlier, or a new chain): chains whose head moved are read again and the
  // item compared with the newest record, up to 3 times, before it is reported.
  let versionFindings: Finding[] = [];
  let pending = [...versioned.entries()];
  for (let round = 0; pending.length > 0; round += 1) {
    const checked = await mapLimit(pending, 8, async ([key, l]) => ({
      key,
      finding: await checkItem(l.chain, key, l),
    }));
    const failed = checked.filter((c) => c.finding !== undefined);
    versionFindings = failed.map((c) => c.finding as Finding);
    if (failed.length === 0 || round >= 3) break;
    const moved = (await source.heads()).filter((h) => {
      const seen = seenHeads.get(h.chain);
      return !seen || seen.seq !== h.seq || seen.hash !== h.hash;
    });
    if (moved.length === 0) break;
    await mapLimit(moved, concurrency, async (h) => {
      const list: AuditRecord[] = [];
      for await (const r of source.records(h.chain)) list.push(r);
      const latest = new Map<string, Latest>();
      for (const r of list)
        for (const i of r.items)
          if (i.v !== undefined) latest.set(`${i.pk}\u0000${i.sk}`, { record: r, hash: i.hash, v: i.v });
      collect(h.chain, [...latest.entries()]);
      seenHeads.set(h.chain, h);
    });
    pending = failed.map((c) => [c.key, versioned.get(c.key) as Latest & { chain: string }]);
  }

  // The first finding of each chain, the versioned items' findings included.
  const firstOf = new Map<string, Finding>();
  for (const f of [...findings, ...versionFindings]) {
    if (!f) continue;
    const seen = firstOf.get(f.chain);
    if (!seen || f.seq < seen.seq) firstOf.set(f.chain, f);
  }
  const broken = [...firstOf.values()]
    .sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0))
    .map(({ chain, entity, entityId, reason }) => ({ chain, entity, entityId, reason }));
  return {
    ok: broken.length === 0,
    chains: chains.length,
    records,
    digest: locked ? { key: locked.key, at: locked.digest.at, chains: locked.digest.heads.length } : undefined,
    broken,
  };
}
