import type { RouteDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';
import { ROLES } from '../../auth/roles.js';

const P = BUCKET_PREFIXES;

/** Reference data every signed-in role reads. */
const EVERY_ROLE = ROLES;

/** Skeleton routes: health, OpenAPI, reference data, hospitals, roster and eligibility (docs/rules.md §1, §3.1). */
export const CORE_ROUTES: RouteDef[] = [
  { method: 'GET', path: '/v1/health', fn: 'health', roles: 'public', access: {}, summary: 'Liveness check' },
  {
    method: 'GET',
    path: '/v1/health/ready',
    fn: 'health-ready',
    roles: 'public',
    access: { table: 'read', bucket: { list: [P.readinessProbe] } },
    summary: 'Readiness: the table and the bucket answer',
    publicBecause:
      'monitoring probes it without a token; it reads one fixed probe key of the table and lists the empty health/ prefix of the bucket, and answers only ready or unavailable, so it reveals no stored data',
  },
  {
    method: 'GET',
    path: '/v1/openapi.json',
    fn: 'openapi',
    roles: 'public',
    access: {},
    summary: 'This API described as OpenAPI 3.1',
  },
  {
    method: 'GET',
    path: '/v1/reference/townships',
    fn: 'reference-townships',
    roles: EVERY_ROLE,
    access: {},
    summary: 'Townships and street offices in reference order',
  },
  {
    method: 'GET',
    path: '/v1/reference/diseases',
    fn: 'reference-diseases',
    roles: EVERY_ROLE,
    access: {},
    summary: 'Major and chronic disease lists',
  },
  {
    method: 'GET',
    path: '/v1/hospitals',
    fn: 'hospitals-list',
    roles: EVERY_ROLE,
    access: { table: 'read' },
    summary: 'The hospital registry',
  },
  {
    method: 'PUT',
    path: '/v1/hospitals/{hospitalId}',
    fn: 'hospitals-put',
    roles: ['insurance-bureau'],
    access: { table: 'write' },
    summary: 'Create or replace a hospital',
  },
  {
    method: 'GET',
    path: '/v1/hospitals/{hospitalId}/machine-clients',
    fn: 'machine-clients-list',
    roles: ['insurance-bureau', 'audit'],
    access: { table: 'read' },
    summary: 'The billing systems (OAuth clients) registered to a hospital',
  },
  {
    method: 'PUT',
    path: '/v1/hospitals/{hospitalId}/machine-clients/{clientId}',
    fn: 'machine-client-put',
    roles: ['insurance-bureau'],
    access: { table: 'write' },
    summary: "Register a billing system's OAuth client id to a hospital",
  },
  {
    method: 'DELETE',
    path: '/v1/hospitals/{hospitalId}/machine-clients/{clientId}',
    fn: 'machine-client-delete',
    roles: ['insurance-bureau'],
    access: { table: 'write-delete' },
    summary: "Revoke a billing system's registration",
  },
  {
    method: 'PUT',
    path: '/v1/roster/persons',
    fn: 'roster-load',
    roles: ['poverty-office', 'civil-affairs', 'disabled-federation'],
    access: { table: 'write' },
    summary: 'Load roster rows (each body writes only its own fields)',
  },
  {
    method: 'GET',
    path: '/v1/persons/{personId}/eligibility',
    fn: 'eligibility-get',
    roles: ['hospital', 'insurance-bureau', 'audit'],
    machineScope: 'eligibility/read',
    access: { table: 'read' },
    summary: 'Registered-poor status and pay-after-treatment at a hospital',
    memoryMb: 1024,
  },
  {
    method: 'POST',
    path: '/v1/persons/{personId}/chronic-certifications',
    fn: 'chronic-certify',
    roles: ['health-commission', 'insurance-bureau'],
    access: { table: 'write' },
    summary: 'Certify a chronic disease for a person',
  },
  {
    method: 'POST',
    path: '/v1/households/{householdId}/arrears-flag',
    fn: 'arrears-flag',
    roles: ['hospital', 'insurance-bureau'],
    access: { table: 'write' },
    summary: 'Flag or clear a household for malicious arrears',
  },
];
