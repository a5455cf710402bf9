import type { Caller } from '../auth/roles.js';
import { SHIPPED_HOSPITALS } from './hospitals.js';
import type { HospitalRegistry } from './ports.js';
import type { Hospital } from './types.js';

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The hospital registry in memory, for use-case tests and as the reference the DynamoDB adapter is held to
 * by the shared contract suite: the shipped list overlaid by what was stored, a stored entry replacing the
 * shipped one with the same id and others following the shipped list in id order.
 */
export class MemoryHospitalStore implements HospitalRegistry {
  private readonly stored = new Map<string, Hospital>();

  async list(): Promise<Hospital[]> {
    const merged = SHIPPED_HOSPITALS.map((h) => this.stored.get(h.hospitalId) ?? h);
    const added = [...this.stored.values()]
      .filter((h) => !SHIPPED_HOSPITALS.some((s) => s.hospitalId === h.hospitalId))
      .sort((a, b) => (a.hospitalId < b.hospitalId ? -1 : a.hospitalId > b.hospitalId ? 1 : 0));
    return [...merged, ...added].map(copy);
  }

  async get(hospitalId: string): Promise<Hospital | undefined> {
    const found = this.stored.get(hospitalId) ?? SHIPPED_HOSPITALS.find((h) => h.hospitalId === hospitalId);
    return found ? copy(found) : undefined;
  }

  async put(hospital: Hospital, _caller: Caller): Promise<void> {
    this.stored.set(hospital.hospitalId, copy(hospital));
  }
}
