import { describe, expect, it } from 'vitest';
import { GENESIS, headsDigest, itemHash, personRef, recordHash } from '../../../shared/audit/hash.js';
import { maskKeyPart, unmaskKeyPart } from '../../../shared/audit/keys.js';
import { buildDigest, digestIsConsistent, lookupId } from '../../../shared/audit/use-cases.js';
import { checkLinks } from '../../../shared/audit/verify.js';
import type { AuditRecord } from '../../../shared/audit/types.js';

const ID = '15999819800101001X';

function chainOf(n: number, chain = 'c'): AuditRecord[] {
  const out: AuditRecord[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq += 1) {
    const body = {
      chain,
      seq,
      prevHash: prev,
      entity: 'claim' as const,
      entityId: `h/c${seq}`,
      action: 'claim.settled',
      actor: { sub: 's', role: 'hospital' },
      at: `2019-01-0${seq}T00:00:00.000Z`,
      items: [{ pk: `CLAIM#h#c${seq}`, sk: 'CLAIM', hash: itemHash({ seq }) }],
    };
    const r = { ...body, hash: recordHash(body) };
    out.push(r);
    prev = r.hash;
  }
  return out;
}
const headOf = (rs: AuditRecord[]) => ({ chain: 'c', seq: rs.at(-1)!.seq, hash: rs.at(-1)!.hash, at: '' });

describe('canonical hashes', () => {
  it('an item hashes the same whatever its key order, and differently when any attribute differs', () => {
    expect(itemHash({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(itemHash({ b: { d: [1, 2], c: 2 }, a: 1 }));
    expect(itemHash({ a: 1, b: { c: 2, d: [1, 2] } })).not.toBe(itemHash({ a: 1, b: { c: 2, d: [2, 1] } }));
    expect(itemHash({ amount: 100 })).not.toBe(itemHash({ amount: 101 }));
  });

  it('a record hash covers the previous hash, so relinking a record changes its own hash', () => {
    const [r] = chainOf(1);
    const { hash, ...body } = r!;
    expect(recordHash(body)).toBe(hash);
    expect(recordHash({ ...body, prevHash: '1'.repeat(64) })).not.toBe(hash);
  });
});

describe('checkLinks', () => {
  it('a whole chain passes and yields the latest hash of every item it wrote', () => {
    const rs = chainOf(3);
    const { finding, latest } = checkLinks('c', headOf(rs), rs);
    expect(finding).toBeUndefined();
    expect(latest.size).toBe(3);
  });

  it('a record removed from the middle is named at the next record', () => {
    const rs = chainOf(4);
    const { finding } = checkLinks('c', headOf(rs), [rs[0]!, rs[1]!, rs[3]!]);
    expect(finding).toMatchObject({
      seq: 4,
      entityId: 'h/c4',
      reason: 'record 3 missing before record 4 (claim.settled)',
    });
  });

  it('an altered record, and a record re-linked after a deletion with its seq renumbered, are named', () => {
    const rs = chainOf(3);
    const altered = { ...rs[1]!, entityId: 'h/other' };
    expect(checkLinks('c', headOf(rs), [rs[0]!, altered, rs[2]!]).finding).toMatchObject({
      seq: 2,
      reason: 'record 2 (claim.settled) was altered',
    });
    // Record 2 deleted and record 3 renumbered 2 with its hash recomputed: its prevHash still names record 2.
    const { hash: _h, ...body } = { ...rs[2]!, seq: 2 };
    const renumbered = { ...body, hash: recordHash(body) };
    expect(
      checkLinks('c', { ...headOf(rs), seq: 2, hash: renumbered.hash }, [rs[0]!, renumbered]).finding,
    ).toMatchObject({ seq: 2, reason: 'record 2 does not link to record 1' });
  });

  it('a head not at the last record, a lost head, and a chain shorter than its locked digest are named', () => {
    const rs = chainOf(3);
    expect(checkLinks('c', { ...headOf(rs), seq: 2 }, rs).finding?.reason).toBe(
      'the head (record 2) is not the last record (3)',
    );
    expect(checkLinks('c', undefined, rs).finding?.reason).toBe('the head is gone');
    const short = rs.slice(0, 2);
    expect(checkLinks('c', headOf(short), short, { seq: 3, hash: rs[2]!.hash }).finding?.reason).toBe(
      'record 3 of the locked digest is gone (the chain ends at 2)',
    );
    expect(checkLinks('c', headOf(rs), rs, { seq: 2, hash: rs[1]!.hash }).finding).toBeUndefined();
  });
});

describe('digest and keys', () => {
  it('the digest is the hash of the heads in chain order, and detects a changed head', () => {
    const heads = [
      { chain: 'b', seq: 2, hash: 'x', at: '' },
      { chain: 'a', seq: 1, hash: 'y', at: '' },
    ];
    const d = buildDigest(heads, '2019-05-01T17:00:00.000Z');
    expect(d.heads.map((h) => h.chain)).toEqual(['a', 'b']);
    expect(d.digest).toBe(headsDigest([...heads].reverse()));
    expect(digestIsConsistent(d)).toBe(true);
    expect(digestIsConsistent({ ...d, heads: [{ ...d.heads[0]!, seq: 9 }, d.heads[1]!] })).toBe(false);
  });

  it('identity numbers in keys become the person reference and come back through the roster', () => {
    const masked = maskKeyPart(`PERSON#${ID}`);
    expect(masked).toBe(`PERSON#~${personRef(ID)}`);
    expect(masked).not.toContain(ID);
    expect(maskKeyPart('CLAIM#zlt-peoples#C-1')).toBe('CLAIM#zlt-peoples#C-1');
    expect(unmaskKeyPart(masked, (r) => (r === personRef(ID) ? ID : undefined))).toBe(`PERSON#${ID}`);
    expect(unmaskKeyPart(masked, () => undefined)).toBeUndefined();
    expect(lookupId('person', ID)).toBe(personRef(ID));
    expect(lookupId('refund-account', `${ID}/2019`)).toBe(`${personRef(ID)}/2019`);
    expect(lookupId('student', ID)).toBe(personRef(ID));
    expect(lookupId('claim', 'zlt-peoples/C-1')).toBe('zlt-peoples/C-1');
  });
});
