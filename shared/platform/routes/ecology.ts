import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';

export const ECOLOGY_ROUTES: RouteDef[] = [];
export const ECOLOGY_EVENT_FUNCTIONS: EventFunctionDef[] = [];
export const ECOLOGY_SCHEDULES: ScheduleDef[] = [];
