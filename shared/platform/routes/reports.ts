import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

/** Progress reports (docs/rules.md §7, R1 八.(二)); the health report's routes are with the claims. */
export const REPORTS_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/reports/progress',
    fn: 'reports-progress-run',
    timeoutSeconds: 29,
    roles: ['housing-office'],
    access: { table: 'read', bucket: { read: [P.progressReports], write: [P.progressReports] } },
    summary: 'Build the progress report for a cut-off date',
  },
  {
    method: 'GET',
    path: '/v1/reports/progress',
    fn: 'reports-progress-list',
    roles: ['housing-office', 'finance', 'poverty-office', 'township', 'audit'],
    access: { bucket: { read: [P.progressReports] } },
    summary: 'Cut-off dates with a progress report',
  },
  {
    method: 'GET',
    path: '/v1/reports/progress/{asOf}',
    fn: 'reports-progress-get',
    roles: ['housing-office', 'finance', 'poverty-office', 'township', 'audit'],
    access: { bucket: { read: [P.progressReports] } },
    summary: 'A progress report with short-lived links to its files',
  },
];

export const REPORTS_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'reports-progress-scheduled',
    access: { table: 'read', bucket: { read: [P.progressReports], write: [P.progressReports] } },
    summary: 'Progress report on the 1st and 15th (cut-off: the previous day)',
  },
];

/** 00:00 Asia/Shanghai on the 1st and 15th of every month [R1 八.(二)]. */
export const REPORTS_SCHEDULES: ScheduleDef[] = [
  {
    name: 'progress-report',
    fn: 'reports-progress-scheduled',
    cron: { minute: '0', hour: '0', day: '1,15' },
    timeZone: 'Asia/Shanghai',
    summary: 'Progress report on the 1st and 15th at 00:00 Asia/Shanghai',
  },
];
