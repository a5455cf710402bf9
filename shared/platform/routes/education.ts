import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

export const EDUCATION_ROUTES: RouteDef[] = [];
export const EDUCATION_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const EDUCATION_SCHEDULES: ScheduleDef[] = [];
