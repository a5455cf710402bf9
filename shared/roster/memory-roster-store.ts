import type { Caller } from '../auth/roles.js';
import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import { itemToPerson, itemToPersonWithSetters } from '../data/person-items.js';
import { diffRow, type RowDiff } from './diff.js';
import type { ArrearsFlag } from './eligibility.js';
import type { Village } from './import/check.js';
import { OWNED_FIELDS, SHARED_FIELDS, type LoadingRole } from './ownership.js';
import { ArrearsFlagHeldError, type LoadStamp, type RosterStore } from './ports.js';
import type { PersonRow } from './schemas.js';
import type { ChronicCertification, Person, PersonWithSetters } from './types.js';

const copy = <T>(value: T): T => structuredClone(value);
const byKey = <T>(entries: Iterable<[string, T]>): T[] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

interface StoredFlag extends ArrearsFlag {
  changedBy: string;
  changedOn: string;
}

/**
 * The roster in memory, for use-case tests and as the reference the DynamoDB adapter is held to by the shared
 * contract suite. A person is kept as the table keeps the profile (fields, flags and who set each flag as
 * attributes), so the same codec reads both; a load sets only the loading body's fields and the shared ones,
 * never removing anything; the arrears flag carries the same ownership condition as the table's write.
 */
export class MemoryRosterStore implements RosterStore {
  private readonly profiles = new Map<string, Record<string, unknown>>();
  private readonly certifications = new Map<string, Map<string, ChronicCertification>>();
  private readonly arrears = new Map<string, StoredFlag>();
  private readonly villageLists = new Map<string, Village[]>();

  async getPersons(ids: readonly string[]): Promise<Map<string, Person>> {
    const found = new Map<string, Person>();
    for (const id of new Set(ids)) {
      const item = this.profiles.get(id);
      if (item) found.set(id, copy(itemToPerson(item)));
    }
    return found;
  }

  async upsertRows(
    rows: readonly PersonRow[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp = { at: new Date().toISOString(), via: 'load' },
  ): Promise<RowDiff[]> {
    const current = await this.getPersons(rows.map((r) => r.personId));
    const planned = rows.map((row) => ({ row, diff: diffRow(current.get(row.personId), row, role) }));
    await this.applyRows(planned, role, caller, stamp);
    return planned.map((p) => p.diff);
  }

  async applyRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    for (const { row, diff } of rows) {
      if (diff.change === 'unchanged') continue;
      const item = this.profiles.get(row.personId) ?? {};
      item.personId = row.personId;
      item[`loadedBy_${role}`] = caller.sub;
      const values: Record<string, unknown> = { ...row, ...(row.flags ?? {}) };
      for (const field of [...SHARED_FIELDS, ...OWNED_FIELDS[role]])
        if (values[field] !== undefined) item[field] = copy(values[field]);
      for (const f of diff.flags) item[`flagSet_${f}`] = { by: caller.sub, role, at: stamp.at, via: stamp.via };
      this.profiles.set(row.personId, item);
    }
  }

  /** In memory every write is a merge already: the bulk write is the row-by-row one. */
  importRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void> {
    return this.applyRows(rows, role, caller, stamp);
  }

  async getPerson(personId: string): Promise<Person | undefined> {
    const item = this.profiles.get(personId);
    return item ? copy(itemToPerson(item)) : undefined;
  }

  async getPersonWithSetters(personId: string): Promise<PersonWithSetters | undefined> {
    const item = this.profiles.get(personId);
    return item ? copy(itemToPersonWithSetters(item)) : undefined;
  }

  async getPersonRecord(
    personId: string,
  ): Promise<{ person: Person; certifications: ChronicCertification[] } | undefined> {
    const item = this.profiles.get(personId);
    if (!item) return undefined;
    const certs = byKey(this.certifications.get(personId) ?? []);
    return {
      person: copy(itemToPerson(item)),
      certifications: certs.map((c) => ({ disease: c.disease, certifiedBy: c.certifiedBy, from: c.from })),
    };
  }

  async householdMembers(householdId: string): Promise<PersonWithSetters[]> {
    return byKey(
      [...this.profiles.values()]
        .filter((i) => i.householdId === householdId)
        .map((i): [string, PersonWithSetters] => [`PERSON#${String(i.personId)}`, copy(itemToPersonWithSetters(i))]),
    );
  }

  async searchByName(name: string, township: string | undefined, limit: number): Promise<Person[]> {
    // Across townships, only the reference list's shards are read (as the table's split index is).
    const inScope = (t: unknown) => (township === undefined ? TOWNSHIP_SHARDS.includes(String(t)) : t === township);
    const found = [...this.profiles.values()]
      .filter((i) => inScope(i.township) && String(i.name ?? '').includes(name))
      .map((i): [string, Person] => [`${String(i.township)}#${String(i.personId)}`, copy(itemToPerson(i))]);
    return byKey(found).slice(0, limit);
  }

  async *allPersons(): AsyncGenerator<Person> {
    const listed = [...this.profiles.values()].filter((i) => TOWNSHIP_SHARDS.includes(String(i.township)));
    const all = listed.map((i): [string, Record<string, unknown>] => [
      `${String(i.township)}#${String(i.personId)}`,
      i,
    ]);
    for (const item of byKey(all)) yield copy(itemToPerson(item));
  }

  async putCertification(personId: string, cert: ChronicCertification, _caller: Caller): Promise<void> {
    let certs = this.certifications.get(personId);
    if (!certs) {
      certs = new Map();
      this.certifications.set(personId, certs);
    }
    certs.set(`${cert.disease}#${cert.certifiedBy}`, copy(cert));
  }

  async villages(): Promise<Map<string, Village[]>> {
    return new Map(byKey([...this.villageLists].map(([t, v]): [string, [string, Village[]]] => [t, [t, copy(v)]])));
  }

  async putVillages(township: string, villages: readonly Village[], _caller: Caller, _at: string): Promise<void> {
    this.villageLists.set(township, copy([...villages]));
  }

  async getArrears(householdId: string): Promise<ArrearsFlag | undefined> {
    const f = this.arrears.get(householdId);
    if (!f) return undefined;
    return { flagged: f.flagged, reason: f.reason, flaggedByHospital: f.flaggedByHospital };
  }

  async setArrears(
    householdId: string,
    flag: { flagged: boolean; reason: string },
    caller: Caller,
    on: string,
  ): Promise<ArrearsFlag> {
    const current = this.arrears.get(householdId);
    const byHospital = caller.role === 'hospital';
    const ownsOrUnset =
      current === undefined || current.flagged === false || current.flaggedByHospital === caller.hospitalId;
    if (byHospital && !ownsOrUnset) throw new ArrearsFlagHeldError(!flag.flagged);
    if (flag.flagged) {
      const flaggedByHospital = caller.hospitalId ?? 'insurance-bureau';
      this.arrears.set(householdId, {
        flagged: true,
        reason: flag.reason,
        flaggedByHospital,
        changedBy: caller.sub,
        changedOn: on,
      });
      return { flagged: true, reason: flag.reason, flaggedByHospital };
    }
    this.arrears.set(householdId, {
      ...(current?.flaggedByHospital !== undefined ? { flaggedByHospital: current.flaggedByHospital } : {}),
      flagged: false,
      reason: flag.reason,
      changedBy: caller.sub,
      changedOn: on,
    });
    return { flagged: false, reason: flag.reason };
  }
}
