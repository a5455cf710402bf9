import type { EventFunctionDef, RouteDef, ScheduleDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

/** Readers of a published bulletin: it is circulated to the whole city [R1/R2 八.(二) 向全市通报]. */
const READERS = ['housing-office', 'township', 'poverty-office', 'finance', 'audit'] as const;

/**
 * The 1st/15th bulletin (通报): township submissions, the office's draft and publication [R1/R2 八.(二)]. Two
 * functions serve the six routes, one per access level (reads; writes), so the stack stays under
 * CloudFormation's 500 resources; each route keeps its own roles and contract.
 */
export const BULLETIN_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/bulletins/{asOf}/submissions',
    fn: 'bulletin-write',
    timeoutSeconds: 29,
    roles: ['township'],
    access: { table: 'write', bucket: { read: [P.bulletins], write: [P.bulletins] } },
    summary: "A township's figures and narrative for a cut-off (resubmission keeps the history)",
  },
  {
    method: 'GET',
    path: '/v1/bulletins/{asOf}/submissions',
    fn: 'bulletin-read',
    timeoutSeconds: 29,
    roles: ['housing-office', 'township', 'poverty-office', 'audit'],
    access: { table: 'read', bucket: { read: [P.bulletins] } },
    summary: 'Who submitted for a cut-off (township staff: their own, with its figures and history)',
  },
  {
    method: 'POST',
    path: '/v1/bulletins/{asOf}/draft',
    fn: 'bulletin-write',
    timeoutSeconds: 29,
    roles: ['housing-office'],
    access: { table: 'write', bucket: { read: [P.bulletins], write: [P.bulletins] } },
    summary: 'Build the draft bulletin for a cut-off',
  },
  {
    method: 'POST',
    path: '/v1/bulletins/{asOf}/publish',
    fn: 'bulletin-write',
    timeoutSeconds: 29,
    roles: ['housing-office'],
    access: { table: 'write', bucket: { read: [P.bulletins], write: [P.bulletins] } },
    summary: 'Publish the bulletin for a cut-off (a correction makes the next revision)',
  },
  {
    method: 'GET',
    path: '/v1/bulletins/{asOf}',
    fn: 'bulletin-read',
    timeoutSeconds: 29,
    roles: READERS,
    access: { table: 'read', bucket: { read: [P.bulletins] } },
    summary: 'A bulletin with a short-lived link to its xlsx',
  },
  {
    method: 'GET',
    path: '/v1/bulletins',
    fn: 'bulletin-read',
    timeoutSeconds: 29,
    roles: READERS,
    access: { table: 'read', bucket: { read: [P.bulletins] } },
    summary: 'Cut-offs with a bulletin',
  },
];

export const BULLETIN_EVENT_FUNCTIONS: EventFunctionDef[] = [
  {
    fn: 'bulletin-scheduled',
    access: { table: 'write', bucket: { read: [P.bulletins], write: [P.bulletins] } },
    summary: 'Draft bulletin on the 1st and 15th, and a notice that it is ready',
  },
];

/** 00:30 Asia/Shanghai on the 1st and 15th: after the progress report of 00:00 [R1 八.(二)]. */
export const BULLETIN_SCHEDULES: ScheduleDef[] = [
  {
    name: 'bulletin-draft',
    fn: 'bulletin-scheduled',
    cron: { minute: '30', hour: '0', day: '1,15' },
    timeZone: 'Asia/Shanghai',
    summary: 'Draft bulletin on the 1st and 15th at 00:30 Asia/Shanghai',
  },
];
