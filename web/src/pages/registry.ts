import type { Role } from '@shared/auth/roles';
import type { ComponentType } from 'react';
import type { Session } from '../auth/session';
import { bestMatch } from './match';
import { TOWNSHIPS } from '@shared/reference/townships';
import { caseListHeading, firstCasesPath } from './housing/caseQuery';
import { DEFAULT_CUT_OFF, progressHeading, progressReportPath } from './progress/cutOff';

/**
 * Every page of the console (docs/web.md "Adding a page"). Each page is its own chunk, loaded when first
 * opened. `roles` decides who sees it in the menu and who may open it; `nav` puts it in the menu.
 */
export interface PageDef {
  path: string;
  title: string;
  roles: readonly Role[] | 'all';
  nav?: boolean;
  load: () => Promise<{ default: ComponentType }>;
  /**
   * The GET requests (path and query) the page makes first when a visit lands on it, so the entry can start them
   * while the framework is still loading (lib/early.ts). Each must be written exactly as the typed client writes
   * it (tests/unit/web/early.test.ts checks).
   */
  first?: (session: Session, search: URLSearchParams) => string[];
  /**
   * The page's heading (its h1) as the page renders it, for a landing page the entry paints into the static app
   * shell before the framework arrives (main.tsx); the page's own h1 uses the same function.
   */
  heading?: (session: Session, search: URLSearchParams) => string;
  /**
   * Loads the writer of the page's first content as plain HTML, from the body of its first early request
   * (`first`), which the entry paints into the app shell before it loads the framework (main.tsx); React replaces
   * it. The writer returns '' when there is nothing to show. A module of its own (no React, no antd), fetched
   * alongside the request, so the entry of every other page stays small.
   */
  preview?: () => Promise<(body: unknown) => string>;
}

const HOUSING_READERS: Role[] = [
  'township',
  'housing-office',
  'poverty-office',
  'civil-affairs',
  'disabled-federation',
  'finance',
  'audit',
];

export const PAGES: PageDef[] = [
  { path: '/queues', title: '待办队列', roles: ['housing-office'], nav: true, load: () => import('./housing/Queues') },
  {
    path: '/cases',
    title: '危房改造档案',
    roles: HOUSING_READERS,
    nav: true,
    load: () => import('./housing/CaseList'),
    // A clerk's own township (city-wide roles choose one first, or read all sixteen: not started early).
    first: (session) => (session.township ? [firstCasesPath(session.township)] : []),
    heading: (session) => caseListHeading(TOWNSHIPS.find((t) => t.code === session.township)?.name),
    preview: () => import('./housing/caseCard').then((m) => m.casePreview),
  },
  { path: '/cases/new', title: '新建档案', roles: ['township'], nav: true, load: () => import('./housing/NewCase') },
  { path: '/cases/:caseId', title: '档案详情', roles: HOUSING_READERS, load: () => import('./housing/CaseDetail') },
  {
    path: '/progress',
    title: '工程进度',
    roles: ['township', 'housing-office', 'poverty-office', 'finance', 'audit'],
    nav: true,
    load: () => import('./progress/Progress'),
    first: (_session, search) => [progressReportPath(search.get('asOf') ?? DEFAULT_CUT_OFF)],
    heading: (_session, search) => progressHeading(search.get('asOf') ?? DEFAULT_CUT_OFF),
    preview: () => import('./progress/facts').then((m) => m.progressPreview),
  },
  {
    path: '/bulletins',
    title: '进度通报',
    roles: ['township', 'housing-office', 'poverty-office', 'finance', 'audit'],
    nav: true,
    load: () => import('./bulletin/Bulletins'),
  },
  {
    path: '/simulations',
    title: '政策测算',
    roles: ['insurance-bureau', 'finance', 'poverty-office', 'audit'],
    nav: true,
    load: () => import('./simulation/Simulation'),
  },
  { path: '/desk', title: '就诊结算', roles: ['hospital'], nav: true, load: () => import('./desk/Desk') },
  {
    path: '/desk/month',
    title: '月度结算',
    roles: ['hospital', 'insurance-bureau', 'audit'],
    nav: true,
    load: () => import('./desk/ClaimMonth'),
  },
  {
    path: '/desk/claims/:claimId',
    title: '结算单',
    roles: ['hospital', 'insurance-bureau', 'audit'],
    load: () => import('./desk/ClaimSlip'),
  },
  {
    path: '/roster/import',
    title: '名单导入',
    roles: ['poverty-office', 'civil-affairs', 'disabled-federation'],
    nav: true,
    load: () => import('./roster/RosterImport'),
  },
  {
    path: '/persons',
    title: '人员查询',
    roles: ['poverty-office', 'civil-affairs', 'disabled-federation', 'township', 'insurance-bureau', 'audit'],
    nav: true,
    load: () => import('./roster/PersonSearch'),
  },
  {
    path: '/households',
    title: '一户一档',
    roles: ['poverty-office', 'township', 'audit'],
    nav: true,
    load: () => import('./roster/HouseholdLookup'),
  },
  {
    path: '/households/:householdId',
    title: '一户一档',
    roles: ['poverty-office', 'township', 'audit'],
    load: () => import('./roster/Household'),
  },
  {
    path: '/hospitals',
    title: '定点医疗机构',
    roles: ['insurance-bureau', 'health-commission', 'audit'],
    nav: true,
    load: () => import('./bureau/Hospitals'),
  },
  {
    path: '/reconciliation',
    title: '年度封顶核算',
    roles: ['insurance-bureau', 'audit'],
    nav: true,
    load: () => import('./bureau/Reconciliation'),
  },
  {
    path: '/health-report',
    title: '健康扶贫月报',
    roles: ['insurance-bureau', 'health-commission', 'poverty-office', 'finance', 'audit'],
    nav: true,
    load: () => import('./bureau/HealthReport'),
  },
  {
    path: '/contributions',
    title: '参保缴费查询',
    roles: ['insurance-bureau', 'audit'],
    nav: true,
    load: () => import('./bureau/Contributions'),
  },
  {
    path: '/rangers',
    title: '生态护林员',
    roles: ['township', 'forestry-bureau', 'finance', 'audit'],
    nav: true,
    load: () => import('./ecology/Rangers'),
  },
  {
    path: '/education',
    title: '教育扶贫',
    roles: ['education-bureau', 'finance', 'audit'],
    nav: true,
    load: () => import('./education/Education'),
  },
  { path: '/audit', title: '审计追踪', roles: ['audit'], nav: true, load: () => import('./audit/AuditTrail') },
  {
    path: '/finance',
    title: '待支付资金',
    roles: ['finance', 'audit'],
    nav: true,
    load: () => import('./finance/Finance'),
  },
];

/** The page a path opens (`/cases/new` before `/cases/:caseId`, as the router ranks them), if any. */
export const pageAt = (pathname: string): PageDef | undefined => bestMatch(PAGES, pathname);

export const mayOpen = (page: Pick<PageDef, 'roles'>, role: Role): boolean =>
  page.roles === 'all' || page.roles.includes(role);
