import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

export const CLAIMS_ROUTES: RouteDef[] = [];
export const CLAIMS_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const CLAIMS_SCHEDULES: ScheduleDef[] = [];
