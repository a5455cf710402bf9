import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENESIS, recordHash } from '../../../shared/audit/hash.js';
import type { AuditRecord, ChainHead } from '../../../shared/audit/types.js';
import { checkLinks } from '../../../shared/audit/verify.js';
import { AUDIT_ENTITIES } from '../../../shared/audit/types.js';
import {
  actionName,
  ENTITIES,
  entityName,
  reasonText,
  shortHash,
  summaryEntries,
  timeText,
} from '../../../web/src/pages/audit/text.js';

/** The audit page's Chinese (web/src/pages/audit/text.ts) held to what the server writes. */
const shared = resolve(import.meta.dirname, '../../../shared');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const record = (seq: number, prevHash: string, action = 'claim.settled'): AuditRecord => {
  const body = {
    chain: 'c',
    seq,
    prevHash,
    entity: 'claim' as const,
    entityId: 'zlt-peoples/C-1',
    action,
    actor: { sub: 's', role: 'hospital' },
    at: '2019-08-15T06:03:00.000Z',
    items: [],
  };
  return { ...body, hash: recordHash(body) };
};
const headOf = (r: AuditRecord): ChainHead => ({ chain: 'c', seq: r.seq, hash: r.hash, at: r.at });
const hasEnglish = (text: string) => /\b(record|chain|head|missing|deleted|matches|altered|link|digest)\b/.test(text);

describe('the audit page’s words', () => {
  it('names every action a store writes in Chinese (case steps from the case pages’ list)', () => {
    const actions = new Set<string>();
    for (const file of sources(shared))
      for (const m of readFileSync(file, 'utf8').matchAll(
        /'((?:claim|case|photo|education|ranger|hospital|roster|reconciliation)\.[a-z-]+)'/g,
      ))
        actions.add(m[1] as string);
    expect(actions.size).toBeGreaterThanOrEqual(11);
    for (const a of [...actions, 'photo.accepted', 'photo.rejected', 'case.applied'])
      expect(actionName(a), a).not.toBe(a);
    expect(actionName('case.village-review', { 'village-review': '村民代表评议' })).toBe('档案：村民代表评议');
  });

  it('names every entity verify or the history may answer with', () => {
    for (const e of [...AUDIT_ENTITIES, 'chain']) expect(entityName(e), e).not.toBe(e);
    // The look-up offers the four the issue names first.
    expect(ENTITIES.slice(0, 4).map((e) => e.value)).toEqual(['claim', 'case', 'student', 'post']);
  });

  it('translates each finding verify makes of a chain, computed by the server’s own check', () => {
    const r1 = record(1, GENESIS);
    const r2 = record(2, r1.hash, 'claim.voided');
    const r3 = record(3, r2.hash);
    const findings = [
      checkLinks('c', headOf(r3), [r1, r3]).finding, // record 2 deleted
      checkLinks('c', headOf(r2), [r1, { ...r2, action: 'claim.settled' }]).finding, // altered
      checkLinks('c', headOf(r2), [r1, record(2, GENESIS)]).finding, // re-linked
      checkLinks('c', headOf(r1), [r1, r2]).finding, // head behind
      checkLinks('c', undefined, [r1]).finding, // head gone
      checkLinks('c', headOf(r1), [r1], { seq: 2, hash: r2.hash }).finding, // rolled back past the lock
      checkLinks('c', headOf(r2), [r1, r2], { seq: 2, hash: r3.hash }).finding, // differs from the lock
    ].map((f) => f?.reason as string);
    expect(findings.map((f) => reasonText(f))).toEqual([
      '第 2 条记录缺失（在第 3 条之前）',
      '第 2 条记录（结算）被改动',
      '第 2 条记录未链接到第 1 条',
      '链头指向第 1 条记录，但最后一条是第 2 条',
      '链头已被删除',
      '每日锁定摘要中的第 2 条记录已不存在（记录链止于第 1 条），记录链被回滚',
      '第 2 条记录与每日锁定摘要不符',
    ]);
    for (const f of findings) expect(hasEnglish(reasonText(f)), f).toBe(false);
  });

  it('translates the findings on stored items (edited, deleted, person gone)', () => {
    expect(
      reasonText(
        'PERSON#~81a84c2b39ed0155575b / PROFILE no longer matches record 1 (roster.loaded): d83101289d58… recorded, 8efc021b3385… stored',
      ),
    ).toBe('PERSON#~81a84c2b39ed0155575b / PROFILE 与第 1 条记录（名单加载）登记的内容不符，存储的数据已被改动');
    expect(reasonText('CLAIM#zlt-peoples#C-1 / CLAIM was deleted (record 3, claim.voided, has a0369614d3f9…)')).toBe(
      'CLAIM#zlt-peoples#C-1 / CLAIM 已被删除（第 3 条记录，作废结算）',
    );
    expect(reasonText('PERSON#~81a84c2b39ed0155575b / YEAR#2019: the person it names is no longer on the roster')).toBe(
      'PERSON#~81a84c2b39ed0155575b / YEAR#2019 所指的人员已不在名单中',
    );
    expect(reasonText('the chain in the locked digest is gone')).toBe('每日锁定摘要中的这条记录链已不存在');
  });

  it('shows times in Beijing time as 2019年8月15日 HH:mm, hashes short, amounts in yuan', () => {
    expect(timeText('2019-08-15T06:03:00.000Z')).toBe('2019年8月15日 14:03');
    expect(timeText('2019-08-14T16:00:00.000Z')).toBe('2019年8月15日 00:00');
    expect(shortHash('d7ec41fc1b03d3aae6266be8e57bfab5d57b0caf735075fd2458455f3fd6024e')).toBe('d7ec41fc…024e');
    expect(shortHash(null)).toBe('已删除');
    // 26,667 fen is 266.67 yuan (a ranger's April pay).
    expect(summaryEntries({ month: '2019-04', amount: 26667, days: 30 })).toEqual([
      ['月份', '2019-04'],
      ['金额（元）', '266.67'],
      ['在岗天数', '30'],
    ]);
  });
});
