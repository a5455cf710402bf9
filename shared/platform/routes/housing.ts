import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

const CASE_READERS = [
  'township',
  'housing-office',
  'poverty-office',
  'civil-affairs',
  'disabled-federation',
  'finance',
  'audit',
] as const;
const STEP_TAKERS = [
  'township',
  'housing-office',
  'poverty-office',
  'civil-affairs',
  'disabled-federation',
  'finance',
] as const;

/** Housing renovation (docs/rules.md §4, docs/rules.md §4). Which step each role takes is the workflow table's. */
export const HOUSING_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/housing/cases',
    fn: 'housing-case-create',
    roles: ['township'],
    access: { table: 'write' },
    summary: "Open a household's renovation case",
  },
  {
    method: 'GET',
    path: '/v1/housing/cases',
    fn: 'housing-case-list',
    roles: CASE_READERS,
    access: { table: 'read', pageTokens: true },
    summary: 'List cases by township, programme and status',
  },
  {
    method: 'GET',
    path: '/v1/housing/cases/{caseId}',
    fn: 'housing-case-get',
    roles: CASE_READERS,
    access: { table: 'read' },
    summary: 'One household, one file: case, history, photos',
  },
  {
    method: 'POST',
    path: '/v1/housing/cases/{caseId}/events',
    fn: 'housing-case-event',
    roles: STEP_TAKERS,
    access: { table: 'write' },
    summary: 'Move a case one step',
  },
  {
    method: 'POST',
    path: '/v1/housing/cases/{caseId}/photos',
    fn: 'housing-photo-request',
    roles: ['township', 'housing-office'],
    access: { table: 'write', bucket: { write: [P.photoUploads] } },
    summary: 'A presigned upload for one photo',
  },
  {
    method: 'GET',
    path: '/v1/housing/cases/{caseId}/photos/{photoId}',
    fn: 'housing-photo-get',
    roles: CASE_READERS,
    access: { table: 'read', bucket: { read: [P.evidence], readVersions: [P.evidence] } },
    summary: "A photo's check result and a short-lived link",
  },
];

export const HOUSING_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'photo-uploaded',
    access: {
      table: 'write',
      bucket: { read: [P.photoUploads], write: [P.evidence], delete: [P.photoUploads] },
    },
    trigger: { s3ObjectCreated: { prefix: BUCKET_PREFIXES.photoUploads } },
    summary: 'Check an uploaded photo by content and attach it, or delete it',
  },
];

export const HOUSING_SCHEDULES: ScheduleDef[] = [
  {
    name: 'photo-sweep',
    fn: 'photo-uploaded',
    cron: { minute: '30', hour: '3' },
    timeZone: 'Asia/Shanghai',
    summary: 'Daily at 03:30 Asia/Shanghai: check again every photo upload left undecided for 30 minutes or more',
  },
];
