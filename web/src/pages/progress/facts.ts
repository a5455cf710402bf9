import { completion } from '@shared/bulletin/figures';
import { PROGRAMME_NAMES } from '../../i18n/labels';
import { countText, dateText, percentText, yuanText } from '../../lib/format';

/*
 * The dashboard's city totals in words, for the React page (Progress.tsx) and for the plain-HTML card the entry
 * paints into the app shell before the framework has arrived (`progressPreview`, docs/web.md "Sizes, repeat visits
 * and Lighthouse"): one function for both. No React, no antd here.
 */

/** One programme's figures in one township or the city, as GET /v1/reports/progress/{asOf} answers (yuan). */
export interface Figures {
  cases: number;
  stages: Record<string, number>;
  grades: { C: number; D: number; 'no-house': number };
  subsidyCommitted: number;
  subsidyPaid: number;
  noHouseSubsidyCommitted: number;
  noHouseSubsidyPaid: number;
  late: number;
  accepted: number;
  acceptedWithPhotos: number;
  /** Accepted cases whose one-household file holds every document the policy requires (R1 九.(五)). */
  acceptedWithDocuments: number;
  filesBehind: number;
  sales: { count: number; early: number; amountDue: number };
}
export interface ProgrammeSummary {
  programme: 'R1' | 'R2';
  plan: { C?: number; D?: number; 'no-house'?: number; households?: number; budget: number };
  budget: {
    planned: number;
    committed: number;
    paid: number;
    remaining: number;
    noHouse: { households: number; committed: number; paid: number };
  };
  totals: Figures;
}
export interface Report {
  asOf: string;
  deadline: string;
  revision: number;
  programmes: ProgrammeSummary[];
  townships: ({ township: string; name: string } & Record<'R1' | 'R2', Figures>)[];
  files?: { json: string; csv: string; xlsx: string };
}

export interface Fact {
  label: string;
  id: string;
  value: string;
}

/** The first figure (档案户数), timed for the Element Timing API (bench/lighthouse.ts: the page's content). */
export const FIRST_FACT_TIMING = 'total-cases';

/** The totals card's title, e.g. "全市合计 · 建档立卡贫困户（第1版）". */
export const totalsTitle = (report: Report, summary: ProgrammeSummary): string =>
  `全市合计 · ${PROGRAMME_NAMES[summary.programme] ?? ''}（第${report.revision}版）`;

/** The city's figures for one programme, in the order the card shows them. */
export function totalFacts(report: Report, summary: ProgrammeSummary): Fact[] {
  const t = summary.totals;
  const c = completion(t);
  const plan = summary.plan;
  const r1 = summary.programme === 'R1';
  const planHouseholds = r1 ? (plan.C ?? 0) + (plan.D ?? 0) + (plan['no-house'] ?? 0) : (plan.households ?? 0);
  const fact = (label: string, id: string, value: string): Fact => ({ label, id, value });
  return [
    fact('档案户数', 'total-cases', countText(t.cases)),
    fact('改造任务（户）', 'total-tasks', countText(c.tasks)),
    fact('已竣工验收（户）', 'total-accepted', countText(t.accepted)),
    fact('完成率（验收/任务）', 'total-rate', percentText(c.rate)),
    fact(
      '计划户数 · 完成率',
      'total-plan',
      `${countText(planHouseholds)} · ${percentText(planHouseholds ? t.accepted / planHouseholds : null)}`,
    ),
    fact(`逾期未完成（${dateText(report.deadline)}后）`, 'total-late', countText(t.late)),
    ...(r1
      ? [
          fact('C级 / 计划', 'total-C', `${countText(t.grades.C)} / ${countText(plan.C)}`),
          fact('D级 / 计划', 'total-D', `${countText(t.grades.D)} / ${countText(plan.D)}`),
          fact(
            '无房户 / 计划',
            'total-no-house',
            `${countText(t.grades['no-house'])} / ${countText(plan['no-house'])}`,
          ),
        ]
      : [fact('户数 / 计划', 'total-households', `${countText(t.cases)} / ${countText(planHouseholds)}`)]),
    fact('计划投资（元）', 'budget-planned', yuanText(summary.budget.planned)),
    fact('计划内已承诺（元）', 'budget-committed', yuanText(summary.budget.committed)),
    fact('计划内已拨付（元）', 'budget-paid', yuanText(summary.budget.paid)),
    ...(r1
      ? [
          fact(
            '无房户补助 已承诺/已拨付（元，不在计划投资内）',
            'no-house-money',
            `${yuanText(summary.budget.noHouse.committed)} / ${yuanText(summary.budget.noHouse.paid)}`,
          ),
        ]
      : []),
    fact('验收照片齐全', 'total-photos', `${countText(t.acceptedWithPhotos)} / ${countText(t.accepted)}`),
    fact(
      '一户一档材料齐全（已验收户）',
      'total-documents',
      `${countText(t.acceptedWithDocuments)} / ${countText(t.accepted)}`,
    ),
    fact('档案材料逾期未齐（户）', 'total-files-behind', countText(t.filesBehind)),
    fact('兜底房出售（户，其中不满五年）', 'total-sales', `${countText(t.sales.count)}（${countText(t.sales.early)}）`),
    fact('应返还兜底资金（元）', 'total-sales-due', yuanText(t.sales.amountDue)),
  ];
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/**
 * The dashboard's first answer (GET /v1/reports/progress/{asOf}) as the React page first shows it: the city
 * totals card of the first programme (R1), as plain HTML for the app shell (index.html styles the `boot-`
 * classes like the antd card). '' for anything else (no report yet: the page says what to do).
 */
export function progressPreview(body: unknown): string {
  const report = body as Report | null;
  const summary =
    report && Array.isArray(report.programmes) ? report.programmes.find((p) => p.programme === 'R1') : undefined;
  if (!report || !summary) return '';
  const facts = totalFacts(report, summary)
    .map(
      (f) =>
        `<div><dt>${escapeHtml(f.label)}</dt><dd${f.id === FIRST_FACT_TIMING ? ` elementtiming="${FIRST_FACT_TIMING}"` : ''}>${escapeHtml(f.value)}</dd></div>`,
    )
    .join('');
  return `<div class="boot-space-progress" aria-hidden="true"></div><section class="boot-totals"><div class="boot-card-head">${escapeHtml(totalsTitle(report, summary))}</div><dl class="boot-facts">${facts}</dl></section>`;
}
