import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

/**
 * The audit trail (docs/audit.md). Both routes read only: the table (chains, items) and, for verify, the
 * digest bucket. Nothing here can write to the ledger.
 */
export const AUDIT_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/audit/verify',
    fn: 'audit-verify',
    timeoutSeconds: 29,
    roles: ['audit'],
    access: { table: 'read', auditDigests: 'read' },
    summary: 'Recompute every audit chain and compare with the stored items and the locked digest',
  },
  {
    method: 'GET',
    path: '/v1/audit/records',
    fn: 'audit-records',
    roles: ['audit'],
    access: { table: 'read' },
    summary: 'The audit history of a claim, case, student, post, person or hospital',
  },
];

export const AUDIT_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'audit-digest-scheduled',
    access: { table: 'read', auditDigests: 'write' },
    summary: 'Daily digest of every audit chain head into the Object Lock bucket',
  },
];

export const AUDIT_SCHEDULES: ScheduleDef[] = [
  {
    name: 'daily-audit-digest',
    fn: 'audit-digest-scheduled',
    cron: { minute: '0', hour: '1' },
    timeZone: 'Asia/Shanghai',
    summary: 'Audit digest of every chain head daily at 01:00 Asia/Shanghai',
  },
];
