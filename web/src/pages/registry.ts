import type { Role } from '@shared/auth/roles';
import type { ComponentType } from 'react';

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
  },
  { path: '/cases/new', title: '新建档案', roles: ['township'], nav: true, load: () => import('./housing/NewCase') },
  { path: '/cases/:caseId', title: '档案详情', roles: HOUSING_READERS, load: () => import('./housing/CaseDetail') },
  {
    path: '/simulations',
    title: '政策测算',
    roles: ['insurance-bureau', 'finance', 'poverty-office', 'audit'],
    nav: true,
    load: () => import('./simulation/Simulation'),
  },
];

export const mayOpen = (page: Pick<PageDef, 'roles'>, role: Role): boolean =>
  page.roles === 'all' || page.roles.includes(role);
