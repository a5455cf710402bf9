import { readFileSync } from 'node:fs';
import { Metrics } from '@aws-lambda-powertools/metrics';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { makeHandler as makeScheduled } from '../../../functions/bulletin-scheduled.js';
import { bulletinTitle, chineseDate, composeBulletin, townshipFigures } from '../../../shared/bulletin/compose.js';
import {
  BulletinClosedError,
  BulletinMovedError,
  type BulletinState,
  type BulletinStore,
  type RevisionRef,
  type Submission,
} from '../../../shared/bulletin/ports.js';
import type { BulletinDeps } from '../../../shared/bulletin/use-cases.js';
import { bulletinXlsx } from '../../../shared/bulletin/xlsx.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { CaseStatus } from '../../../shared/housing/types.js';
import { logger } from '../../../shared/logging/logger.js';
import { emptyFigures, type ProgrammeFigures } from '../../../shared/reports/progress.js';
import type { ReportFile } from '../../../shared/reports/ports.js';
import { memoryHistory } from './fakes.js';

/** R1 figures with the given stages (and money in fen). */
function figures(stages: Partial<Record<CaseStatus, number>>, extra: Partial<ProgrammeFigures> = {}): ProgrammeFigures {
  const f = emptyFigures();
  for (const [s, n] of Object.entries(stages)) f.stages[s as CaseStatus] = n;
  f.cases = Object.values(stages).reduce((a, b) => a + b, 0);
  return { ...f, ...extra };
}
const township = (code: string, name: string, R1: ProgrammeFigures) => ({
  township: code,
  name,
  figures: { R1, R2: emptyFigures() },
});

// A: 4 tasks (1 refused left out), 2 accepted → 50%. B: 2 tasks, 1 accepted → 50% (tied; fewer accepted, so
// after A but the same rank). C: 3 tasks, none accepted → 0%. D: no case, unranked. City: 3 of 9 → 33.33%.
const A = figures(
  { paid: 1, 'final-accepted': 1, 'under-construction': 2, refused: 1 },
  { subsidyCommitted: 1_234_567, subsidyPaid: 1, noHouseSubsidyCommitted: 500_000, late: 2 },
);
const B = figures({ 'subsidy-cancelled': 1, approved: 1 }, { subsidyCommitted: 2 });
const C = figures({ applied: 2, 'village-reviewed': 1 }, { late: 1 });
const D = emptyFigures();
const TOWNSHIPS = [
  township('a', '甲镇', A),
  township('c', '丙镇', C),
  township('d', '丁镇', D),
  township('b', '乙镇', B),
];

const submissionOf = (code: string, figuresSeen = TOWNSHIPS.find((t) => t.township === code)!.figures) => ({
  township: code,
  version: 2,
  submittedAt: '2019-08-14T09:00:00.000Z',
  progress: '进展',
  problems: '问题',
  measures: '措施',
  figures: { R1: townshipFigures(figuresSeen.R1), R2: townshipFigures(figuresSeen.R2) },
});

describe('composing the bulletin (pure) [R1/R2 八.(二)]', () => {
  const b = composeBulletin({
    asOf: '2019-08-15',
    policy: HOUSING_2019,
    townships: TOWNSHIPS,
    late: [
      {
        caseId: 'HC-1',
        programme: 'R1',
        township: 'c',
        village: '东村',
        householderId: '152103195001011234',
        status: 'applied',
        name: '张三丰',
      },
    ],
    submissions: [submissionOf('a'), { ...submissionOf('b'), figures: submissionOf('c').figures }],
  });
  const r1 = b.programmes[0]!;

  it('titles name the city, the programme and the cut-off in Chinese', () => {
    expect(chineseDate('2019-08-05')).toBe('2019年8月5日');
    expect(r1.title).toBe('扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日）');
    expect(b.programmes[1]!.title).toBe(bulletinTitle('R2', '2019-08-15'));
    expect(b.title).toBe('扎兰屯市农村危房改造工作进度通报（截至2019年8月15日）');
  });

  it('ranks by completion rate; equal rates share a rank (more accepted first); no task: unranked, last', () => {
    expect(r1.rows.map((r) => [r.township, r.rank, r.tasks, r.accepted, r.completionRate])).toEqual([
      ['a', 1, 4, 2, 0.5],
      ['b', 1, 2, 1, 0.5],
      ['c', 3, 3, 0, 0],
      ['d', null, 0, 0, null],
    ]);
    expect(r1.rows[0]!.started).toBe(4); // paid + final-accepted + 2 under construction
  });

  it('names as laggards the townships below the city rate (3/9), lowest first', () => {
    expect(r1.totals).toMatchObject({ tasks: 9, accepted: 3, completionRate: 0.3333 });
    expect(r1.laggards).toEqual([{ township: 'c', name: '丙镇', completionRate: 0 }]);
  });

  it('sums money in fen before turning it to yuan; the no-house part apart; the plan completion rate', () => {
    // 1,234,567 + 2 fen = 12,345.69 yuan; paid 1 fen = 0.01 yuan; no-house 5,000.00 yuan.
    expect(r1.totals).toMatchObject({ committed: 12_345.69, paid: 0.01, noHouseCommitted: 5000, noHousePaid: 0 });
    expect(r1.plan).toMatchObject({ households: 573, budget: 6_406_400 });
    expect(r1.totals.planCompletionRate).toBe(0.0052); // 3 / 573
    expect(r1.totals.late).toBe(3);
  });

  it('names late cases masked, lists non-submitters in the reference order, flags changed figures', () => {
    expect(r1.lateCases).toEqual([
      {
        township: 'c',
        townshipName: '丙镇',
        village: '东村',
        householder: '张**',
        identity: '152103********1234',
        status: 'applied',
      },
    ]);
    expect(b.programmes[1]!.lateCases).toEqual([]);
    expect(b.missing).toEqual([
      { township: 'c', name: '丙镇' },
      { township: 'd', name: '丁镇' },
    ]);
    expect(b.narratives.map((n) => [n.township, n.figuresChanged])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('the workbook: money #,##0.00 under (元), rates as percent, "—" where no rate, a plan row, print setup on every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await bulletinXlsx({ ...b, status: 'published', revision: 3 }, new Date('2019-08-15T00:00:00Z'))) as never,
    );
    const s = wb.getWorksheet('R1进度')!;
    expect(s.getCell('C1').value).toBe('改造进度(户)');
    expect(s.getCell('I1').value).toBe('补助资金');
    expect(s.getCell('J2').value).toBe('已拨付补助(元)');
    expect(s.getCell('F6').value).toBe('—'); // 丁镇 has no task
    expect(s.getCell('F3').value).toBe(0.5);
    expect(s.getCell('F3').numFmt).toBe('0.0%');
    expect(s.getCell('I7').value).toBe(12_345.69);
    expect(s.getCell('I7').numFmt).toBe('#,##0.00');
    expect(s.getCell('B8').value).toBe('2019年计划(投资不含无房户)');
    expect(s.getCell('B9').value).toBe('其中无房户补助(不在计划投资内)');
    expect(s.getCell('I9').value).toBe(5000);
    expect(s.headerFooter.oddHeader).toContain('第3版');
    const late = wb.getWorksheet('逾期案件')!;
    expect(late.getRow(2).values).toEqual([
      undefined,
      1,
      'R1',
      '丙镇',
      '东村',
      '张**',
      '152103********1234',
      '已申请',
      '',
      '',
    ]);
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    }
  });
});

/** The bulletin store's conditions in memory (the DynamoDB adapter is exercised by the integration tests). */
class MemoryBulletinStore implements BulletinStore {
  states = new Map<string, BulletinState>();
  subs = new Map<string, Submission>();
  async state(asOf: string) {
    return this.states.get(asOf);
  }
  async submissions(asOf: string) {
    return [...this.subs.values()].filter((s) => s.asOf === asOf);
  }
  async submission(asOf: string, township: string) {
    return this.subs.get(`${asOf}/${township}`);
  }
  async submit(next: Submission, expected: number) {
    if (this.states.get(next.asOf)?.closedAt) throw new BulletinClosedError();
    if ((this.subs.get(`${next.asOf}/${next.township}`)?.version ?? 0) !== expected) throw new BulletinMovedError();
    this.subs.set(`${next.asOf}/${next.township}`, next);
  }
  async close(asOf: string, at: string) {
    const s = this.states.get(asOf) ?? { asOf, revisions: [] };
    const closed = { ...s, closedAt: s.closedAt ?? at };
    this.states.set(asOf, closed);
    return closed;
  }
  async addRevision(asOf: string, ref: RevisionRef, n: number) {
    const s = this.states.get(asOf)!;
    if (s.revisions.length !== n) throw new BulletinMovedError();
    s.revisions.push(ref);
  }
  async setDraft(asOf: string, draft: { prefix: string; builtAt: string }) {
    this.states.set(asOf, { ...(this.states.get(asOf) ?? { asOf, revisions: [] }), draft });
  }
  async list() {
    return [...this.states.values()];
  }
}

function deps(): BulletinDeps & { store: MemoryBulletinStore; written: Map<string, ReportFile> } {
  const written = new Map<string, ReportFile>();
  return {
    cases: memoryHistory({}),
    people: { getPerson: async () => undefined },
    store: new MemoryBulletinStore(),
    files: {
      put: async (prefix, files) => {
        for (const f of files) written.set(`${prefix}${f.name}`, f);
      },
      readJson: async (prefix, name) => JSON.parse(String(written.get(`${prefix}${name}`)!.body)),
      link: async (prefix, name) => `memory://${prefix}${name}`,
    },
    now: () => new Date('2019-08-15T00:30:00+08:00'),
    newId: () => 'x',
    written,
  };
}

describe('the scheduled run on the 1st and 15th', () => {
  it('builds the draft for the previous day, names who has not submitted, logs a line and emits the metrics; nothing is published', async () => {
    const d = deps();
    d.store.subs.set('2019-08-15/zhonghe', {
      asOf: '2019-08-15',
      township: 'zhonghe',
      version: 1,
      submittedAt: '2019-08-14T10:00:00.000Z',
      submittedBy: { sub: 's', role: 'township', township: 'zhonghe' },
      progress: '进展',
      problems: '无',
      measures: '督促',
      figures: { R1: townshipFigures(emptyFigures()), R2: townshipFigures(emptyFigures()) },
      history: [],
    });
    const metrics = new Metrics({ namespace: 'Test', serviceName: 'bulletin' });
    const added = vi.spyOn(metrics, 'addMetric');
    const published = vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const info = vi.spyOn(logger, 'info');
    const event = JSON.parse(
      readFileSync(new URL('../../../events/scheduler-bulletin-draft.json', import.meta.url), 'utf8'),
    );
    const result = await makeScheduled(() => d, metrics)(event);

    expect(result.asOf).toBe('2019-08-15'); // 16:30 UTC on the 14th is 00:30 on the 15th in Shanghai
    expect(result.submitted).toBe(1);
    expect(result.missing).toHaveLength(15);
    expect(result.missing).not.toContain('中和镇');
    expect(info).toHaveBeenCalledWith(
      'bulletin draft ready for the housing office',
      expect.objectContaining({ asOf: '2019-08-15', submitted: 1 }),
    );
    expect(added).toHaveBeenCalledWith('BulletinDraftBuilt', 'Count', 1);
    expect(added).toHaveBeenCalledWith('BulletinTownshipsMissing', 'Count', 15);
    expect(published).toHaveBeenCalled();
    const state = d.store.states.get('2019-08-15')!;
    expect(state.revisions).toEqual([]);
    expect(state.closedAt).toBeUndefined(); // a draft does not close submissions
    expect(d.written.has(`${state.draft!.prefix}bulletin.xlsx`)).toBe(true);
    info.mockRestore();
  });
});

describe('the bulletin contracts', () => {
  it('each route has an example that its own schemas accept', async () => {
    const { BULLETIN_CONTRACTS } = await import('../../../shared/bulletin/contracts.js');
    for (const c of Object.values(BULLETIN_CONTRACTS)) {
      const examples = c.examples as { request?: unknown; response?: unknown } | undefined;
      expect(examples?.response, c.route).toBeDefined();
      const out = c.success.schema?.safeParse(examples?.response);
      expect(out?.success, `${c.route}: ${JSON.stringify(out?.error?.issues)}`).toBe(true);
      if ('body' in c && c.body && examples?.request !== undefined) {
        expect(c.body.safeParse(examples.request).success, c.route).toBe(true);
      }
    }
  });
});
