import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

/** Eco-rangers and income programmes (docs/rules.md §6): townships in their own township, the forestry bureau anywhere. */
export const ECOLOGY_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/ecology/rangers',
    fn: 'ecology-ranger-hire',
    roles: ['township', 'forestry-bureau'],
    access: { table: 'write' },
    summary: 'Hire a registered-poor person as an eco-ranger',
  },
  {
    method: 'POST',
    path: '/v1/ecology/rangers/{personId}/release',
    fn: 'ecology-ranger-release',
    roles: ['township', 'forestry-bureau'],
    access: { table: 'write-delete' },
    summary: 'Release a ranger, freeing the post',
  },
  {
    method: 'GET',
    path: '/v1/ecology/rangers',
    fn: 'ecology-rangers-list',
    roles: ['township', 'forestry-bureau', 'finance', 'audit'],
    access: { table: 'read' },
    summary: "A township's rangers and their pay",
  },
  {
    method: 'GET',
    path: '/v1/ecology/quotas',
    fn: 'ecology-quotas',
    roles: ['township', 'forestry-bureau', 'finance', 'poverty-office', 'audit'],
    access: { table: 'read' },
    summary: 'Ranger quotas per township',
  },
  {
    method: 'POST',
    path: '/v1/ecology/pay-runs/{month}',
    fn: 'ecology-pay-run',
    roles: ['forestry-bureau', 'finance'],
    access: { table: 'write' },
    summary: "Record the month's ranger pay (pro rata by month of service)",
  },
  {
    method: 'POST',
    path: '/v1/ecology/income',
    fn: 'ecology-income-record',
    roles: ['forestry-bureau'],
    access: { table: 'write' },
    summary: "Record an income-programme participant's earnings",
  },
  {
    method: 'GET',
    path: '/v1/ecology/income',
    fn: 'ecology-income-progress',
    roles: ['forestry-bureau', 'finance', 'poverty-office', 'audit'],
    access: { table: 'read' },
    summary: 'Income programmes against their targets',
  },
];
export const ECOLOGY_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const ECOLOGY_SCHEDULES: ScheduleDef[] = [];
