import type { EventFunctionDef, RouteDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

const LOADERS = ['poverty-office', 'civil-affairs', 'disabled-federation'] as const;

/** Roster import from the offices' spreadsheets, village registry (docs/rules.md §3.1, H 三.(一)). */
export const ROSTER_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/roster/imports',
    fn: 'roster-import-create',
    roles: LOADERS,
    access: { table: 'write', bucket: { write: [P.rosterImports] } },
    summary: 'Start a roster import: a presigned upload for the xlsx or CSV file',
  },
  {
    method: 'GET',
    path: '/v1/roster/imports',
    fn: 'roster-import-list',
    roles: LOADERS,
    access: { table: 'read' },
    summary: "The office's latest imports and remembered column mapping",
  },
  {
    method: 'GET',
    path: '/v1/roster/imports/{importId}',
    fn: 'roster-import-get',
    roles: [...LOADERS, 'audit'],
    access: { table: 'read', bucket: { read: [P.rosterExports] } },
    summary: 'An import: progress, dry-run counts, rejected rows and their workbook',
  },
  {
    method: 'PUT',
    path: '/v1/roster/imports/{importId}/mapping',
    fn: 'roster-import-mapping',
    roles: LOADERS,
    access: { table: 'write', bucket: { write: [P.rosterImports] } },
    summary: 'Map the columns (remembered per office) and check the file again',
  },
  {
    method: 'POST',
    path: '/v1/roster/imports/{importId}/confirm',
    fn: 'roster-import-confirm',
    roles: LOADERS,
    access: { table: 'write', bucket: { write: [P.rosterImports] } },
    summary: 'Load a checked import (or resume a failed load)',
  },
  {
    method: 'GET',
    path: '/v1/reference/villages',
    fn: 'reference-villages',
    roles: [...LOADERS, 'township', 'audit'],
    access: { table: 'read' },
    summary: "Each township's registered villages",
  },
  {
    method: 'PUT',
    path: '/v1/reference/villages/{township}',
    fn: 'reference-villages-put',
    roles: ['poverty-office'],
    access: { table: 'write' },
    summary: "Replace a township's village list",
  },
];

/** Reading one person, one household (一户一档) and searching the roster. */
export const PERSON_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    path: '/v1/persons',
    fn: 'persons-search',
    roles: [...LOADERS, 'township', 'insurance-bureau', 'audit'],
    access: { table: 'read' },
    summary: 'Search the roster by identity number, household or name',
  },
  {
    method: 'GET',
    path: '/v1/persons/{personId}',
    fn: 'person-get',
    roles: [...LOADERS, 'township', 'insurance-bureau', 'audit'],
    access: { table: 'read' },
    summary: 'A person with who set each flag and when',
  },
  {
    method: 'GET',
    path: '/v1/households/{householdId}',
    fn: 'household-get',
    roles: ['poverty-office', 'township', 'audit'],
    access: { table: 'read' },
    summary: 'One household at a glance: members, claims, housing, education, rangers, totals',
  },
];

export const ROSTER_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'roster-import-worker',
    access: { table: 'write', bucket: { read: [P.rosterImports], write: [P.rosterExports] } },
    trigger: { s3ObjectCreated: { prefix: BUCKET_PREFIXES.rosterImports } },
    summary: 'Check (dry run) and load an uploaded roster sheet, chunk by chunk with a checkpoint',
  },
];
