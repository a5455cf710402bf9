import type { RouteDef } from '../types.js';
import { BUCKET_PREFIXES } from '../../data/bucket-prefixes.js';

const P = BUCKET_PREFIXES;

/**
 * What-if simulations (docs/simulation.md). The run reads the ledger and writes only its own files: the
 * grant is table read, so the function cannot change a settled figure even by mistake.
 */
export const SIMULATION_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/simulations',
    fn: 'simulations-post',
    timeoutSeconds: 29,
    roles: ['insurance-bureau', 'finance', 'poverty-office'],
    access: { table: 'read', bucket: { read: [P.simulations], write: [P.simulations] } },
    summary: 'Simulate a year under a policy variant (what-if) and compare with the ledger',
  },
  {
    method: 'GET',
    path: '/v1/simulations/{simulationId}',
    fn: 'simulations-get',
    roles: ['insurance-bureau', 'finance', 'poverty-office', 'audit'],
    access: { bucket: { read: [P.simulations] } },
    summary: 'A simulation: status and, when done, recorded, baseline and variant figures',
  },
];
