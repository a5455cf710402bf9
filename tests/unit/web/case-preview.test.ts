import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CaseCard } from '../../../web/src/pages/housing/CaseList.js';
import { casePreview, casePreviewHtml, FIRST_CARD_TIMING } from '../../../web/src/pages/housing/caseCard.js';
import type { CaseView } from '../../../web/src/pages/housing/data.js';
import {
  FIRST_FACT_TIMING,
  progressPreview,
  type Report,
  totalFacts,
  totalsTitle,
} from '../../../web/src/pages/progress/facts.js';

/**
 * The plain-HTML first content the entry paints into the app shell before React (web/src/main.tsx, docs/web.md
 * "Sizes, repeat visits and Lighthouse"): the case cards and the dashboard's totals, in the same words as the
 * React page (one function for both), every text escaped.
 */
function aCase(over: Partial<CaseView> & { caseId: string }): CaseView {
  return {
    policyId: 'housing-2019',
    appliedOn: '2019-03-02',
    township: 'zhonghe',
    village: '中和村',
    householdId: 'H-0001',
    programme: 'R1',
    grade: 'D',
    mode: 'self-build',
    status: 'under-construction',
    lastEventOn: '2019-05-01',
    photos: { pending: 0, accepted: {}, rejected: 0 },
    next: { step: 'preliminary-acceptance', roles: ['township'], actions: [] },
    ...over,
  } as unknown as CaseView;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const reactCard = (c: CaseView) =>
  renderToStaticMarkup(createElement(MemoryRouter, null, createElement(CaseCard, { c, first: true })));
const previewCards = (html: string) =>
  [...html.matchAll(/<div class="boot-card">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);

const CASES = [
  aCase({ caseId: 'c-1', householdId: 'H-0001', lastEventOn: '2019-04-01' }),
  // Late (still building after the 31 August 2019 deadline, as of `today`), a photo refused, nothing to do next.
  aCase({
    caseId: 'c-2',
    householdId: 'H-0002',
    lastEventOn: '2019-06-01',
    photos: { pending: 0, accepted: { before: 1 }, rejected: 1 },
  } as unknown as Partial<CaseView> & { caseId: string }),
  aCase({ caseId: 'c-3', householdId: 'H-0003', lastEventOn: '2019-05-01', status: 'paid', next: undefined }),
];

describe('console: the case list painted before React (pages/housing/caseCard.ts)', () => {
  it('says on each card what the React card says, in the list order (latest step first)', () => {
    const html = casePreviewHtml(CASES, '2019-09-10');
    const cards = previewCards(html);
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => /户 (H-\d+)/.exec(c)?.[1])).toEqual(['H-0002', 'H-0003', 'H-0001']);
    const byId = new Map(CASES.map((c) => [c.householdId, c]));
    for (const card of cards) {
      const c = byId.get(/户 (H-\d+)/.exec(card)?.[1] ?? '')!;
      // The React card takes today's date; the case's lateness does not change between 2019-09-10 and today.
      expect(text(card)).toBe(text(reactCard(c)));
    }
    expect(text(cards[0]!)).toContain('逾期');
    expect(text(cards[0]!)).toContain('有照片未通过');
    expect(text(cards[1]!)).toContain('已办结');
    // The space for the list's five filter fields comes first, so the cards sit where React will draw them.
    expect(html).toMatch(
      /^<div class="boot-space-cases" aria-hidden="true">(<div><\/div>){5}<\/div><p class="boot-muted boot-count" role="status">共 3 户<\/p>/,
    );
  });
  it('links each card to its case and times the first title, as the React list does', () => {
    const html = casePreviewHtml(CASES);
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/cases/c-2', '/cases/c-3', '/cases/c-1']);
    expect(html.match(/elementtiming="([^"]+)"/g)).toEqual([`elementtiming="${FIRST_CARD_TIMING}"`]);
    expect(reactCard(CASES[0]!)).toContain(`elementtiming="${FIRST_CARD_TIMING}"`);
  });
  it('escapes every text and link it writes', () => {
    const html = casePreviewHtml([aCase({ caseId: 'a"b<c>/d', village: '<img src=x onerror=alert(1)>&' })]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;');
    expect(html).toContain('href="/cases/a%22b%3Cc%3E%2Fd"');
  });
  it('paints only a complete first answer: not an empty one, one with more pages, or anything else', () => {
    expect(casePreview({ cases: CASES })).toContain('共 3 户');
    expect(casePreview({ cases: [] })).toBe('');
    expect(casePreview({ cases: CASES, nextToken: 'x' })).toBe('');
    expect(casePreview({ error: 'forbidden' })).toBe('');
    expect(casePreview(null)).toBe('');
  });
});

describe('console: the dashboard totals painted before React (pages/progress/facts.ts)', () => {
  const figures = {
    cases: 40,
    stages: { 'under-construction': 30, 'final-accepted': 4, applied: 6 },
    grades: { C: 10, D: 30, 'no-house': 0 },
    subsidyCommitted: 1000,
    subsidyPaid: 500,
    noHouseSubsidyCommitted: 0,
    noHouseSubsidyPaid: 0,
    late: 3,
    accepted: 4,
    acceptedWithPhotos: 4,
    acceptedWithDocuments: 2,
    filesBehind: 1,
    sales: { count: 0, early: 0, amountDue: 0 },
  };
  const report = {
    asOf: '2019-06-15',
    deadline: '2019-08-31',
    revision: 2,
    programmes: [
      {
        programme: 'R2',
        plan: { households: 9, budget: 1 },
        budget: { planned: 1, committed: 0, paid: 0, remaining: 1, noHouse: { households: 0, committed: 0, paid: 0 } },
        totals: { ...figures, cases: 7 },
      },
      {
        programme: 'R1',
        plan: { C: 265, D: 28, 'no-house': 280, budget: 6406400 },
        budget: {
          planned: 6406400,
          committed: 426480,
          paid: 62464,
          remaining: 1,
          noHouse: { households: 0, committed: 0, paid: 0 },
        },
        totals: figures,
      },
    ],
    townships: [],
  } as unknown as Report;

  it('shows the R1 totals card as the page first does: every figure, in order, the first one timed', () => {
    const html = progressPreview(report);
    const summary = report.programmes.find((p) => p.programme === 'R1')!;
    const facts = totalFacts(report, summary);
    expect(html).toContain(`<div class="boot-card-head">${totalsTitle(report, summary)}</div>`);
    expect(totalsTitle(report, summary)).toContain('（第2版）');
    const shown = [...html.matchAll(/<dt>([^<]*)<\/dt><dd[^>]*>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]]);
    expect(shown).toEqual(facts.map((f) => [f.label, f.value]));
    expect(shown[0]).toEqual(['档案户数', '40']);
    expect(html.match(/elementtiming="([^"]+)"/g)).toEqual([`elementtiming="${FIRST_FACT_TIMING}"`]);
  });
  it('paints nothing for anything but a report with R1', () => {
    expect(progressPreview(null)).toBe('');
    expect(progressPreview({ code: 'NOT_FOUND' })).toBe('');
    expect(progressPreview({ ...report, programmes: report.programmes.slice(0, 1) })).toBe('');
  });
});
