import { isLate } from '@shared/housing/apply';
import type { HousingCase } from '@shared/housing/types';
import {
  GRADE_NAMES,
  MODE_NAMES,
  PROGRAMME_SHORT,
  roleName,
  STATUS_NAMES,
  STEP_NAMES,
  townshipName,
} from '../../i18n/labels';
import { todayIso } from '../../lib/format';
import type { CaseView } from './data';

/*
 * A case card's words, for the React card (CaseList.tsx `CaseCard`) and for the plain-HTML cards the entry paints
 * into the app shell before the framework has arrived (`casePreviewHtml`, docs/web.md "Sizes, repeat visits and
 * Lighthouse"): one function for both, so the first cards a clerk sees say what the React cards will say. No React,
 * no antd here: the entry imports it.
 */

/** Late against the plan's deadline (31 August 2019) as of today: the same rule as the progress report. */
export const caseIsLate = (c: CaseView, today: string = todayIso()): boolean =>
  isLate(c as unknown as HousingCase, today);

/** Who must act next, in words: "待 市危改办 危房鉴定". */
export function nextText(c: CaseView): string {
  if (!c.next) return '已办结';
  return `待${c.next.roles.map(roleName).join('或')}：${STEP_NAMES[c.next.step] ?? c.next.step}`;
}

export type CardTone = 'blue' | 'red' | 'orange';
export interface CaseCardText {
  href: string;
  title: string;
  line: string;
  tags: { tone: CardTone; text: string }[];
  next: string;
  /** Someone must act (the next step is shown in bold). */
  waiting: boolean;
}

export function caseCardText(c: CaseView, today?: string): CaseCardText {
  const tags: CaseCardText['tags'] = [{ tone: 'blue', text: STATUS_NAMES[c.status] ?? c.status }];
  if (caseIsLate(c, today)) tags.push({ tone: 'red', text: '逾期' });
  if (c.photos.rejected > 0) tags.push({ tone: 'orange', text: '有照片未通过' });
  return {
    href: `/cases/${encodeURIComponent(c.caseId)}`,
    title: `${c.village} · 户 ${c.householdId}`,
    line: `${townshipName(c.township)} · ${PROGRAMME_SHORT[c.programme]} · ${GRADE_NAMES[c.grade]} · ${MODE_NAMES[c.mode]}`,
    tags,
    next: nextText(c),
    waiting: !!c.next,
  };
}

/** The list's order: the case with the latest step first. */
export const byLatestStep = (a: CaseView, b: CaseView): number => (a.lastEventOn < b.lastEventOn ? 1 : -1);

/** The list's count line, "共 12 户". */
export const caseCountText = (n: number): string => `共 ${n} 户`;

/** Names the first case card's title for the Element Timing API (bench/lighthouse.ts reads when it painted). */
export const FIRST_CARD_TIMING = 'case-card';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/**
 * The case list's first cards as plain HTML, for the app shell (index.html styles the `boot-` classes like the
 * React cards): the space the page's filter form will take, the count, then every case of the first response in the list's order, each title a link to the
 * case. Every text is escaped; the first title carries `elementtiming` as the React card's does.
 */
export function casePreviewHtml(cases: CaseView[], today?: string): string {
  const cards = [...cases].sort(byLatestStep).map((c, i) => {
    const t = caseCardText(c, today);
    const timing = i === 0 ? ` elementtiming="${FIRST_CARD_TIMING}"` : '';
    const tags = t.tags.map((g) => `<span class="boot-tag boot-tag-${g.tone}">${escapeHtml(g.text)}</span>`).join('');
    return (
      `<div class="boot-card"><a class="boot-card-title" href="${escapeHtml(t.href)}"${timing}>${escapeHtml(t.title)}</a>` +
      `<span class="boot-muted">${escapeHtml(t.line)}</span><span class="boot-tags">${tags}</span>` +
      `<span${t.waiting ? ' class="boot-strong"' : ''}>${escapeHtml(t.next)}</span></div>`
    );
  });
  if (cards.length === 0) return '';
  return `<div class="boot-space-cases" aria-hidden="true">${'<div></div>'.repeat(5)}</div><p class="boot-muted boot-count" role="status">${caseCountText(cases.length)}</p><div class="boot-cards">${cards.join('')}</div>`;
}

/** The case list's first response as plain-HTML cards; only a complete one (with more pages the count would change). */
export function casePreview(body: unknown): string {
  const b = body as { cases?: CaseView[]; nextToken?: string } | null;
  return b && Array.isArray(b.cases) && !b.nextToken ? casePreviewHtml(b.cases) : '';
}
