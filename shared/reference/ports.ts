import type { Caller } from '../auth/roles.js';
import type { Hospital } from './types.js';

/** The hospital registry: the shipped list overlaid by what the insurance bureau stored. */
export interface HospitalRegistry {
  list(): Promise<Hospital[]>;
  get(hospitalId: string): Promise<Hospital | undefined>;
  put(hospital: Hospital, caller: Caller): Promise<void>;
}
