import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimFacts } from '../claims/types.js';
import type { CaseStore } from '../housing/ports.js';
import type { HousingCase } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { mapLimit } from '../data/concurrency.js';
import { queryItems } from '../data/query.js';
import type { HospitalRegistry } from '../reference/ports.js';
import type { Hospital } from '../reference/types.js';
import type { PersonDirectory } from '../roster/ports.js';
import type { ChronicCertification, Person } from '../roster/types.js';
import type { LedgerClaim } from './health.js';
import type { StudentLedger } from './education.js';
import type { EducationStore } from '../education/ports.js';

/** What the health simulation reads; read-only by construction (the function's grant is table read). */
export interface HealthLedger {
  /** Every claim (settled or voided) whose service date is in the year. */
  claimsOfYear(year: number): Promise<LedgerClaim[]>;
  persons(): AsyncIterable<Person>;
  certifications(personIds: readonly string[]): Promise<Map<string, ChronicCertification[]>>;
  hospitals(): Promise<Hospital[]>;
}

/** Months read at once: twelve Queries on gsi1 `CLAIMS#<yyyy-mm>`, each paged. */
const MONTHS_IN_FLIGHT = 4;
const PERSONS_IN_FLIGHT = 8;

/**
 * The DynamoDB adapter: the year's claims by twelve paged Queries on gsi1 (the health report's month
 * partitions; never a Scan), projected to what settling again needs (not the steps of the bill); the
 * roster by the gsi2 `PERSONS#<township>` Queries (one per township); certifications by one Query per
 * person who has a chronic claim.
 */
export class DynamoDbHealthLedger implements HealthLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly roster: PersonDirectory,
    private readonly registry: HospitalRegistry,
  ) {}

  async claimsOfYear(year: number): Promise<LedgerClaim[]> {
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const pages = await mapLimit(months, MONTHS_IN_FLIGHT, async (month) => {
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
    return pages.flat();
  }

  persons(): AsyncIterable<Person> {
    return this.roster.allPersons();
  }

  async certifications(personIds: readonly string[]): Promise<Map<string, ChronicCertification[]>> {
    const out = new Map<string, ChronicCertification[]>();
    await mapLimit(personIds, PERSONS_IN_FLIGHT, async (personId) => {
      const certs: ChronicCertification[] = [];
      for await (const i of queryItems(this.client, {
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
        ExpressionAttributeValues: { ':pk': `PERSON#${personId}`, ':c': 'CHRONIC#' },
      }))
        certs.push({
          disease: i.disease as string,
          certifiedBy: i.certifiedBy as ChronicCertification['certifiedBy'],
          from: i.from as string,
        });
      out.set(personId, certs);
    });
    return out;
  }

  hospitals(): Promise<Hospital[]> {
    return this.registry.list();
  }
}

/** Persons whose claims need their chronic certifications (chronic-outpatient claims). */
export const personsWithChronicClaims = (claims: readonly { personId: string; facts?: ClaimFacts }[]): string[] => [
  ...new Set(claims.filter((c) => c.facts?.kind === 'chronic-outpatient').map((c) => c.personId)),
];

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
