import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimFacts } from '../claims/types.js';
import type { CaseStore } from '../housing/ports.js';
import type { HousingCase } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { batchGetItems } from '../data/batch-get.js';
import { mapLimit, startLimit } from '../data/concurrency.js';
import { queryItems } from '../data/query.js';
import type { HospitalRegistry } from '../reference/ports.js';
import type { Hospital } from '../reference/types.js';
import type { PersonDirectory } from '../roster/ports.js';
import { CHRONIC_CERTIFIERS, type ChronicCertification, type Person } from '../roster/types.js';
import type { LedgerClaim } from './health.js';
import type { StudentLedger } from './education.js';
import type { EducationStore } from '../education/ports.js';

/** What the health simulation reads; read-only by construction (the function's grant is table read). */
export interface HealthLedger {
  /**
   * Every claim (settled or voided) whose service date is in the year: one read per month, January first, all
   * started at once (a few in flight), so the first months can be settled while the later ones are read.
   */
  claimMonths(year: number): Promise<LedgerClaim[]>[];
  persons(): AsyncIterable<Person>;
  /** The certifications of each person for each disease asked (the engine reads only the claim's disease's). */
  certifications(wanted: readonly ChronicNeed[]): Promise<Map<string, ChronicCertification[]>>;
  hospitals(): Promise<Hospital[]>;
}

/** Months read at once (in calendar order): twelve Queries on gsi1 `CLAIMS#<yyyy-mm>`, each paged. */
const MONTHS_IN_FLIGHT = 4;
/** BatchGets of certifications (100 keys each) in flight. */
const CERTIFICATION_BATCHES_IN_FLIGHT = 4;

/**
 * The DynamoDB adapter: the year's claims by twelve paged Queries on gsi1 (the health report's month
 * partitions; never a Scan), projected to what settling again needs (not the steps of the bill); the
 * roster by the gsi2 `PERSONS#<township>` Queries (one per township); the certifications a chronic claim can
 * use by BatchGet (each person and disease with a delivery, both certifiers' keys: 50 persons a request).
 */
export class DynamoDbHealthLedger implements HealthLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly roster: PersonDirectory,
    private readonly registry: HospitalRegistry,
  ) {}

  claimMonths(year: number): Promise<LedgerClaim[]>[] {
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    return startLimit(months, MONTHS_IN_FLIGHT, async (month) => {
      const out: LedgerClaim[] = [];
      for await (const item of queryItems(this.client, {
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `CLAIMS#${month}` },
        ProjectionExpression:
          'hospitalId, claimId, personId, #st, settledAt, voidedAt, yearVersion, facts, ' +
          '#s.serviceDate, #s.kind, #s.#r, #s.tilt, #s.amounts, #s.indicators, #s.yearDelta, #s.policyId',
        ExpressionAttributeNames: { '#st': 'status', '#s': 'settlement', '#r': 'rule' },
      })) {
        out.push(item as unknown as LedgerClaim);
      }
      return out;
    });
  }

  persons(): AsyncIterable<Person> {
    return this.roster.allPersons();
  }

  async certifications(wanted: readonly ChronicNeed[]): Promise<Map<string, ChronicCertification[]>> {
    const keys = wanted.flatMap(({ personId, disease }) =>
      CHRONIC_CERTIFIERS.map((by) => ({ pk: `PERSON#${personId}`, sk: `CHRONIC#${disease}#${by}` })),
    );
    const out = new Map<string, ChronicCertification[]>(wanted.map((w) => [w.personId, []]));
    for (const i of await batchGetItems(this.client, this.table, keys, { inFlight: CERTIFICATION_BATCHES_IN_FLIGHT }))
      out.get(String(i.pk).slice('PERSON#'.length))?.push({
        disease: i.disease as string,
        certifiedBy: i.certifiedBy as ChronicCertification['certifiedBy'],
        from: i.from as string,
      });
    return out;
  }

  hospitals(): Promise<Hospital[]> {
    return this.registry.list();
  }
}

/** A person and a chronic disease they had a delivery for: the certifications the engine will look at. */
export interface ChronicNeed {
  personId: string;
  disease: string;
}

/** Each person and disease of the chronic-outpatient claims given, once. */
export const chronicNeeds = (claims: readonly { personId: string; facts?: ClaimFacts }[]): ChronicNeed[] => {
  const needs = new Map<string, ChronicNeed>();
  for (const c of claims) {
    const disease = c.facts?.kind === 'chronic-outpatient' ? c.facts.diagnosis.chronicDisease : undefined;
    if (disease) needs.set(`${c.personId}#${disease}`, { personId: c.personId, disease });
  }
  return [...needs.values()];
};

/** What the housing budget simulation reads: the cases of every township. */
export interface HousingLedger {
  casesOfYear(year: number): Promise<HousingCase[]>;
}

/** Pages through each township's cases with the housing case store's list (a Query per township; never a Scan). */
export class DynamoDbHousingLedger implements HousingLedger {
  constructor(private readonly cases: Pick<CaseStore, 'list'>) {}

  async casesOfYear(year: number): Promise<HousingCase[]> {
    const pages = await mapLimit(TOWNSHIP_CODES, 4, async (township) => {
      const out: HousingCase[] = [];
      let token: Record<string, unknown> | undefined;
      do {
        const page = await this.cases.list(township, {}, 500, token);
        for (const c of page.cases) if (c.appliedOn.startsWith(`${year}-`)) out.push(c);
        token = page.lastKey;
      } while (token);
      return out;
    });
    return pages.flat();
  }
}

/** What the education budget simulation reads: every registered student with the ledger of payments. */
export interface EducationLedger {
  studentsWithLedgers(): Promise<StudentLedger[]>;
}

/**
 * Reads through the education store's port: the register (a Query per township), then each student's
 * bundle (one Query each, 8 in flight). Students with nothing paid are dropped before the simulation.
 */
export class StoreEducationLedger implements EducationLedger {
  constructor(private readonly store: Pick<EducationStore, 'allStudents' | 'bundle'>) {}

  async studentsWithLedgers(): Promise<StudentLedger[]> {
    const students = await this.store.allStudents();
    const bundles = await mapLimit(students, 8, (s) => this.store.bundle(s.studentId));
    return bundles.flatMap((b) => (b && b.ledger.length > 0 ? [{ student: b.student, ledger: b.ledger }] : []));
  }
}
