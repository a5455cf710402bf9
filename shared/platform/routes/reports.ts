import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

export const REPORTS_ROUTES: RouteDef[] = [];

export const REPORTS_EVENT_FUNCTIONS: EventFunctionDef[] = [
  { fn: 'reports-progress-scheduled', access: { table: 'read', bucket: 'write' }, summary: 'Progress report on the 1st and 15th (cut-off: the previous day)' },
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
