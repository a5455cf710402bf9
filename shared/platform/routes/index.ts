import { routeKey, type EventFunctionDef, type RouteDef, type ScheduleDef } from '../types.js';
import { CORE_ROUTES } from './core.js';
import { CLAIMS_EVENT_FUNCTIONS, CLAIMS_ROUTES, CLAIMS_SCHEDULES } from './claims.js';
import { HOUSING_EVENT_FUNCTIONS, HOUSING_ROUTES, HOUSING_SCHEDULES } from './housing.js';
import { REPORTS_EVENT_FUNCTIONS, REPORTS_ROUTES, REPORTS_SCHEDULES } from './reports.js';
import { EDUCATION_EVENT_FUNCTIONS, EDUCATION_ROUTES, EDUCATION_SCHEDULES } from './education.js';
import { ECOLOGY_EVENT_FUNCTIONS, ECOLOGY_ROUTES, ECOLOGY_SCHEDULES } from './ecology.js';
import { SIMULATION_ROUTES } from './simulations.js';
import { PERSON_ROUTES, ROSTER_EVENT_FUNCTIONS, ROSTER_ROUTES } from './roster.js';
import { AUDIT_EVENT_FUNCTIONS, AUDIT_ROUTES, AUDIT_SCHEDULES } from './audit.js';
import { BULLETIN_EVENT_FUNCTIONS, BULLETIN_ROUTES, BULLETIN_SCHEDULES } from './bulletins.js';

/** Every deployed HTTP route. `/dev/token` is not here: it exists only in the local gateway. */
export const ROUTES: readonly RouteDef[] = [
  ...CORE_ROUTES,
  ...CLAIMS_ROUTES,
  ...HOUSING_ROUTES,
  ...REPORTS_ROUTES,
  ...BULLETIN_ROUTES,
  ...EDUCATION_ROUTES,
  ...ECOLOGY_ROUTES,
  ...SIMULATION_ROUTES,
  ...ROSTER_ROUTES,
  ...PERSON_ROUTES,
  ...AUDIT_ROUTES,
];

export const EVENT_FUNCTIONS: readonly EventFunctionDef[] = [
  ...CLAIMS_EVENT_FUNCTIONS,
  ...HOUSING_EVENT_FUNCTIONS,
  ...REPORTS_EVENT_FUNCTIONS,
  ...BULLETIN_EVENT_FUNCTIONS,
  ...EDUCATION_EVENT_FUNCTIONS,
  ...ECOLOGY_EVENT_FUNCTIONS,
  ...ROSTER_EVENT_FUNCTIONS,
  ...AUDIT_EVENT_FUNCTIONS,
];

export const SCHEDULES: readonly ScheduleDef[] = [
  ...CLAIMS_SCHEDULES,
  ...HOUSING_SCHEDULES,
  ...REPORTS_SCHEDULES,
  ...BULLETIN_SCHEDULES,
  ...EDUCATION_SCHEDULES,
  ...ECOLOGY_SCHEDULES,
  ...AUDIT_SCHEDULES,
];

const byKey = new Map(ROUTES.map((r) => [routeKey(r), r]));

export function routeByKey(key: string): RouteDef | undefined {
  return byKey.get(key);
}
