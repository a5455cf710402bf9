import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

/** Education aid (docs/rules.md §5, docs/rules.md §5): the education bureau writes; audit and finance read. */
export const EDUCATION_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/education/students',
    fn: 'education-student-put',
    roles: ['education-bureau'],
    access: { table: 'write' },
    summary: 'Register a student of a registered-poor, 低保 or orphan family',
  },
  {
    method: 'GET',
    path: '/v1/education/students/{studentId}',
    fn: 'education-student-get',
    roles: ['education-bureau', 'finance', 'audit'],
    access: { table: 'read' },
    summary: 'A student with payments and totals',
  },
  {
    method: 'POST',
    path: '/v1/education/students/{studentId}/verifications',
    fn: 'education-verify',
    roles: ['education-bureau'],
    access: { table: 'write' },
    summary: 'Record that a student was confirmed at school this semester',
  },
  {
    method: 'GET',
    path: '/v1/education/verifications',
    fn: 'education-verifications',
    roles: ['education-bureau', 'audit'],
    access: { table: 'read' },
    summary: 'Who is verified for a semester and who is not',
  },
  {
    method: 'POST',
    path: '/v1/education/payments',
    fn: 'education-payment',
    roles: ['education-bureau'],
    access: { table: 'write' },
    summary: 'Pay an entitlement (idempotent by paymentId)',
  },
  {
    method: 'POST',
    path: '/v1/education/opening-balances',
    fn: 'education-opening-balance',
    roles: ['education-bureau'],
    access: { table: 'write' },
    summary: 'Enter a payment made before the system, so the caps count it (idempotent by paymentId)',
  },
];
export const EDUCATION_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const EDUCATION_SCHEDULES: ScheduleDef[] = [];
