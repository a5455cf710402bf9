import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

/** Health claims (docs/rules.md §3, the claims and reconciliation routes of docs/openapi.json). */
export const CLAIMS_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    path: '/v1/claims',
    fn: 'claims-month',
    roles: ['hospital', 'insurance-bureau', 'audit'],
    access: { table: 'read' },
    summary: "A hospital's claims of a month with totals per payer",
  },
  {
    method: 'POST',
    path: '/v1/claims',
    fn: 'claims-post',
    roles: ['hospital'],
    machineScope: 'claims/write',
    access: { table: 'write' },
    summary: 'Settle a claim at discharge (one-stop settlement)',
    memoryMb: 1024,
  },
  {
    method: 'GET',
    path: '/v1/claims/{claimId}',
    fn: 'claims-get',
    roles: ['hospital', 'insurance-bureau', 'audit'],
    machineScope: 'claims/read',
    access: { table: 'read' },
    summary: 'A settlement',
    memoryMb: 1024,
  },
  {
    method: 'POST',
    path: '/v1/claims/{claimId}/void',
    fn: 'claims-void',
    roles: ['hospital'],
    machineScope: 'claims/write',
    access: { table: 'write' },
    summary: "Void a claim and reverse its effect on the person's year",
    memoryMb: 1024,
  },
  {
    method: 'POST',
    path: '/v1/reconciliations/{year}',
    fn: 'reconciliation-run',
    timeoutSeconds: 29,
    roles: ['insurance-bureau'],
    access: { table: 'write', bucket: { read: [P.reconciliation], write: [P.reconciliation] } },
    summary: 'Run the yearly self-pay cap reconciliation',
  },
  {
    method: 'GET',
    path: '/v1/reconciliations/{year}',
    fn: 'reconciliation-get',
    roles: ['insurance-bureau', 'audit'],
    access: { table: 'read', bucket: { read: [P.reconciliation] } },
    summary: 'The reconciliation of a year',
  },
  {
    method: 'POST',
    path: '/v1/reports/health/{month}',
    fn: 'reports-health-run',
    timeoutSeconds: 29,
    roles: ['insurance-bureau', 'health-commission'],
    access: { table: 'read', bucket: { read: [P.healthReports], write: [P.healthReports] } },
    summary: "Build a month's health report",
  },
  {
    method: 'GET',
    path: '/v1/reports/health/{month}',
    fn: 'reports-health-get',
    roles: ['insurance-bureau', 'health-commission', 'poverty-office', 'finance', 'audit'],
    access: { bucket: { read: [P.healthReports] } },
    summary: "A month's health report",
  },
  {
    method: 'GET',
    path: '/v1/contributions/{personId}',
    fn: 'contributions-get',
    roles: ['insurance-bureau', 'audit'],
    access: { table: 'read' },
    summary: "A person's 2019 insurance contribution and who pays it",
  },
];

export const CLAIMS_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'reports-health-scheduled',
    access: { table: 'read', bucket: { read: [P.healthReports], write: [P.healthReports] } },
    summary: 'Health report of the month just ended',
  },
  {
    fn: 'reconciliation-scheduled',
    access: { table: 'write', bucket: { read: [P.reconciliation], write: [P.reconciliation] } },
    summary: 'Yearly reconciliation of the previous year',
  },
];

/** Early January [H 三.(二).5.6)]: 2 January at 00:00 Asia/Shanghai reconciles the year just ended. */
export const CLAIMS_SCHEDULES: ScheduleDef[] = [
  {
    name: 'monthly-health-report',
    fn: 'reports-health-scheduled',
    cron: { minute: '0', hour: '0', day: '1' },
    timeZone: 'Asia/Shanghai',
    summary: 'Health report of the previous month on the 1st at 00:00 Asia/Shanghai',
  },
  {
    name: 'yearly-reconciliation',
    fn: 'reconciliation-scheduled',
    cron: { minute: '0', hour: '0', day: '2', month: '1' },
    timeZone: 'Asia/Shanghai',
    summary: 'Yearly reconciliation on 2 January at 00:00 Asia/Shanghai',
  },
];
