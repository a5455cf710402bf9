import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

export const HOUSING_ROUTES: RouteDef[] = [];
export const HOUSING_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const HOUSING_SCHEDULES: ScheduleDef[] = [];
