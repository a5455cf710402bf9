import type { RouteDef } from '../types.js';

const EVERY_ROLE = [
  'hospital', 'township', 'poverty-office', 'insurance-bureau', 'health-commission', 'housing-office',
  'education-bureau', 'forestry-bureau', 'finance', 'civil-affairs', 'disabled-federation', 'audit',
] as const;

/** Skeleton routes: health, OpenAPI, reference data, hospitals, roster and eligibility (SPEC §1, §3.1). */
export const CORE_ROUTES: RouteDef[] = [
  { method: 'GET', path: '/v1/health', fn: 'health', roles: 'public', access: {}, summary: 'Liveness check' },
  { method: 'GET', path: '/v1/openapi.json', fn: 'openapi', roles: 'public', access: {}, summary: 'This API described as OpenAPI 3.1' },
  { method: 'GET', path: '/v1/reference/townships', fn: 'reference-townships', roles: EVERY_ROLE, access: {}, summary: 'Townships and street offices in reference order' },
  { method: 'GET', path: '/v1/reference/diseases', fn: 'reference-diseases', roles: EVERY_ROLE, access: {}, summary: 'Major and chronic disease lists' },
  { method: 'GET', path: '/v1/hospitals', fn: 'hospitals-list', roles: EVERY_ROLE, access: { table: 'read' }, summary: 'The hospital registry' },
  { method: 'PUT', path: '/v1/hospitals/{hospitalId}', fn: 'hospitals-put', roles: ['insurance-bureau'], access: { table: 'write' }, summary: 'Create or replace a hospital' },
  { method: 'PUT', path: '/v1/roster/persons', fn: 'roster-load', roles: ['poverty-office', 'civil-affairs', 'disabled-federation'], access: { table: 'write' }, summary: 'Load roster rows (each body writes only its own fields)' },
  { method: 'GET', path: '/v1/persons/{personId}/eligibility', fn: 'eligibility-get', roles: ['hospital', 'insurance-bureau', 'audit'], access: { table: 'read' }, summary: 'Registered-poor status and pay-after-treatment at a hospital' },
  { method: 'POST', path: '/v1/persons/{personId}/chronic-certifications', fn: 'chronic-certify', roles: ['health-commission', 'insurance-bureau'], access: { table: 'write' }, summary: 'Certify a chronic disease for a person' },
  { method: 'POST', path: '/v1/households/{householdId}/arrears-flag', fn: 'arrears-flag', roles: ['hospital', 'insurance-bureau'], access: { table: 'write' }, summary: 'Flag or clear a household for malicious arrears' },
];
