import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/roles.js';
import { claimPolicies } from '../claims/policy/index.js';
import type { ClaimPolicy } from '../claims/policy/index.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { maskIdentity } from '../identity/mask.js';
import { toCsv, type ReportTable } from '../reports/formats.js';
import type { ReportFile } from '../reports/ports.js';
import { toXlsx } from '../reports/xlsx.js';
import type { ChronicCertification, Person } from '../roster/types.js';
import {
  chronicNeeds,
  type ChronicNeed,
  type EducationLedger,
  type HealthLedger,
  type HousingLedger,
} from './dynamodb-ledger.js';
import { EDUCATION_POLICIES, type EducationPolicy } from '../education/policy.js';
import { EDUCATION_VARIANT_RULES, simulateEducationYear } from './education.js';
import { HOUSING_POLICIES, type HousingPolicy } from '../housing/policy.js';
import { HOUSING_VARIANT_RULES, simulateHousingYear } from './housing.js';
import { educationResultView, housingResultView } from './view.js';
import {
  HEALTH_VARIANT_RULES,
  HealthYearSimulation,
  SIM_PAYERS,
  type HealthSimulationResult,
  type LedgerClaim,
} from './health.js';
import type { SimulationRecord, SimulationStore } from './store.js';
import { applyVariant } from './variant.js';
import { healthResultView } from './view.js';
import { PAYER_NAMES } from '../claims/payer-names.js';

export interface SimulationDeps {
  health: HealthLedger;
  housing: HousingLedger;
  education: EducationLedger;
  store: SimulationStore;
  now(): Date;
  newId?(): string;
}

export interface SimulationRequest {
  programme: 'health' | 'housing' | 'education';
  year: number;
  variant: { name: string; reason: string; overrides: Record<string, number | null> };
}

const FILES = ['result.json', 'result.csv', 'result.xlsx'] as const;

/** The policy versions in force on some day of the year, or a 400 naming `body.year`. */
export function policiesOf<P extends { effectiveFrom: string; effectiveTo: string }>(
  year: number,
  policies: readonly P[],
  what: string,
): P[] {
  const inYear = policies.filter((p) => p.effectiveFrom <= `${year}-12-31` && `${year}-01-01` <= p.effectiveTo);
  if (inYear.length === 0) {
    const message = `No ${what} policy is in force in ${year}.`;
    throw new ValidationError(message, [{ path: 'body.year', message, code: 'no-policy' }], 'no-policy');
  }
  return inYear;
}

const PAYER_HEADERS: Record<string, string> = { ...PAYER_NAMES, total: '合计(不含配送费)' };

/** The CSV/xlsx tables of a done simulation (yuan; identity numbers masked). */
function tablesOf(view: ReturnType<typeof healthResultView>): ReportTable[] {
  const payerColumns = [...SIM_PAYERS, 'total'].map((key) => ({ key, header: PAYER_HEADERS[key] ?? key }));
  const scenarios = (['recorded', 'baseline', 'variant'] as const).map((s) => ({
    scenario: { recorded: '实际记账', baseline: '现行政策重算', variant: '调整方案' }[s],
    claims: view[s].claims,
    ...view[s].payers,
  }));
  const grouped = (sheet: string, pick: 'byTownship' | 'byHospitalLevel' | 'byDiseaseGroup'): ReportTable => ({
    sheet,
    columns: [
      { key: 'key', header: '分组' },
      { key: 'name', header: '名称' },
      { key: 'scenario', header: '口径' },
      { key: 'claims', header: '结算人次' },
      ...payerColumns,
    ],
    rows: (['recorded', 'baseline', 'variant'] as const).flatMap((s) =>
      view[s][pick].map((g) => ({ key: g.key, name: g.name ?? '', scenario: s, claims: g.claims, ...g.payers })),
    ),
  });
  return [
    {
      sheet: '各支付方合计',
      columns: [{ key: 'scenario', header: '口径' }, { key: 'claims', header: '结算人次' }, ...payerColumns],
      rows: scenarios,
    },
    grouped('按乡镇', 'byTownship'),
    grouped('按医院级别', 'byHospitalLevel'),
    grouped('按病种', 'byDiseaseGroup'),
    {
      sheet: '个人自付变化分布',
      columns: [
        { key: 'fromYuan', header: '变化自(元)' },
        { key: 'toYuan', header: '变化至(元)' },
        { key: 'persons', header: '人数' },
      ],
      rows: view.selfPayChange.histogram.map((b) => ({
        fromYuan: b.fromYuan ?? '',
        toYuan: b.toYuan ?? '',
        persons: b.persons,
      })),
    },
  ];
}

function inconsistencyTable(result: HealthSimulationResult): ReportTable {
  return {
    sheet: '账实不符',
    columns: [
      { key: 'hospitalId', header: '医疗机构编码' },
      { key: 'claimId', header: '结算单号' },
      { key: 'personId', header: '身份证号(脱敏)' },
      { key: 'reason', header: '原因' },
      { key: 'payer', header: '支付方' },
      { key: 'recorded', header: '记账(元)' },
      { key: 'baseline', header: '重算(元)' },
    ],
    rows: result.inconsistencies.flatMap((i) =>
      SIM_PAYERS.filter((p) => i.recorded[p] !== i.baseline[p]).map((p) => ({
        hospitalId: i.hospitalId,
        claimId: i.claimId,
        personId: maskIdentity(i.personId),
        reason: i.reason,
        payer: PAYER_HEADERS[p] ?? p,
        recorded: i.recorded[p] / 100,
        baseline: i.baseline[p] / 100,
      })),
    ),
  };
}

function housingTables(view: ReturnType<typeof housingResultView>): ReportTable[] {
  const columns = [
    { key: 'key', header: '分组' },
    { key: 'cases', header: '户数' },
    { key: 'recordedCommitted', header: '已核定补助(元)' },
    { key: 'recordedPaid', header: '已拨付(元)' },
    { key: 'baseline', header: '现行标准重算(元)' },
    { key: 'variant', header: '调整方案(元)' },
    { key: 'change', header: '增减(元)' },
  ];
  return [
    {
      sheet: '按项目',
      columns: [...columns, { key: 'plannedInvestment', header: '计划投资(元)' }],
      rows: view.budget.byProgramme,
    },
    { sheet: '按乡镇', columns, rows: view.budget.byTownship },
    { sheet: '按补助标准', columns, rows: view.budget.byRule },
    {
      sheet: '账实不符',
      columns: [
        { key: 'caseId', header: '案卷号' },
        { key: 'township', header: '乡镇' },
        { key: 'recorded', header: '已核定(元)' },
        { key: 'baseline', header: '重算(元)' },
        { key: 'note', header: '说明' },
      ],
      rows: view.budget.inconsistencies.items,
    },
  ];
}

function educationTables(view: ReturnType<typeof educationResultView>): ReportTable[] {
  const columns = [
    { key: 'key', header: '分组' },
    { key: 'payments', header: '笔数' },
    { key: 'recorded', header: '实际发放(元)' },
    { key: 'baseline', header: '现行标准重算(元)' },
    { key: 'variant', header: '调整方案(元)' },
    { key: 'change', header: '增减(元)' },
  ];
  return [
    { sheet: '按资助项目', columns, rows: view.education.byType },
    { sheet: '按乡镇', columns, rows: view.education.byTownship },
    {
      sheet: '账实不符',
      columns: [
        { key: 'paymentId', header: '发放单号' },
        { key: 'studentId', header: '身份证号(脱敏)' },
        { key: 'recorded', header: '实际发放(元)' },
        { key: 'baseline', header: '重算(元)' },
        { key: 'note', header: '说明' },
      ],
      rows: view.education.inconsistencies.items,
    },
  ];
}

/** Persons settled between two yields to the event loop, so the reads in flight keep moving meanwhile. */
const PERSONS_PER_SLICE = 400;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the year from the ledger (never writes it) and simulates it, month by month as the reads arrive: the
 * roster, the registry and the months' reads start together; each month's chronic claimants' certifications are
 * read as soon as that month is, and a month is settled once it and the months before it are in.
 */
export async function runHealthSimulation(
  ledger: HealthLedger,
  year: number,
  baseline: readonly ClaimPolicy[],
  variant: readonly ClaimPolicy[] | undefined,
): Promise<HealthSimulationResult> {
  const months = ledger.claimMonths(year);
  // Each person and disease's certifications, read once: with the first month that has a delivery for them.
  const certified = new Map<string, Promise<readonly ChronicCertification[]>>();
  const withCertifications = months.map(async (read) => {
    const claims = await read;
    const needs = chronicNeeds(claims);
    const key = (n: ChronicNeed) => `${n.personId}#${n.disease}`;
    const wanted = needs.filter((n) => !certified.has(key(n)));
    if (wanted.length > 0) {
      const batch = ledger.certifications(wanted);
      for (const n of wanted)
        certified.set(
          key(n),
          batch.then((m) => (m.get(n.personId) ?? []).filter((c) => c.disease === n.disease)),
        );
    }
    const certifications = new Map<string, ChronicCertification[]>();
    for (const n of needs) {
      const list = certifications.get(n.personId) ?? [];
      list.push(...(await (certified.get(key(n)) as Promise<readonly ChronicCertification[]>)));
      certifications.set(n.personId, list);
    }
    return { claims, certifications };
  });
  for (const m of withCertifications) m.catch(() => undefined);
  const [hospitals, persons] = await Promise.all([
    ledger.hospitals(),
    (async () => {
      const map = new Map<string, Person>();
      for await (const p of ledger.persons()) map.set(p.personId, p);
      return map;
    })(),
  ]);
  const simulation = new HealthYearSimulation({
    year,
    persons,
    hospitals: new Map(hospitals.map((h) => [h.hospitalId, h])),
    baseline,
    ...(variant ? { variant } : {}),
  });
  for (const month of withCertifications) {
    const { claims, certifications } = await month;
    // A person's claims of the month stay together; persons are settled a slice at a time.
    const byPerson = new Map<string, LedgerClaim[]>();
    for (const c of claims) {
      const list = byPerson.get(c.personId);
      if (list) list.push(c);
      else byPerson.set(c.personId, [c]);
    }
    const groups = [...byPerson.values()];
    for (let i = 0; i < groups.length; i += PERSONS_PER_SLICE) {
      simulation.add(groups.slice(i, i + PERSONS_PER_SLICE).flat(), certifications);
      await yieldToIo();
    }
  }
  return simulation.finish();
}

/**
 * `POST /v1/simulations`: validates the variant (nothing is stored when it does not fit), stores the
 * record as running with who asked and why, runs the year, stores result.json/csv/xlsx and the record as
 * done — or as failed, with the error, before the error goes on to the caller.
 */
export async function startSimulation(
  deps: SimulationDeps,
  caller: Caller,
  request: SimulationRequest,
): Promise<SimulationRecord> {
  const overrides = request.variant.overrides;
  const changed = Object.keys(overrides).length > 0;
  let baselineIds: string[];
  let applied: SimulationRecord['applied'];
  let compute: () => Promise<{ json: string; tables: ReportTable[] }>;
  if (request.programme === 'housing') {
    const baseline = policiesOf<HousingPolicy>(request.year, HOUSING_POLICIES, 'housing');
    const variant = applyVariant(baseline, overrides, HOUSING_VARIANT_RULES);
    baselineIds = baseline.map((p) => p.id);
    applied = variant.applied;
    compute = async () => {
      const result = simulateHousingYear({
        year: request.year,
        cases: await deps.housing.casesOfYear(request.year),
        baseline: new Map(baseline.map((p) => [p.id, p])),
        ...(changed ? { variant: new Map(variant.policies.map((p) => [p.id, p])) } : {}),
      });
      const view = housingResultView(result);
      return { json: JSON.stringify(view), tables: housingTables(view) };
    };
  } else if (request.programme === 'education') {
    const baseline = policiesOf<EducationPolicy>(request.year, EDUCATION_POLICIES, 'education');
    const variant = applyVariant(baseline, overrides, EDUCATION_VARIANT_RULES);
    baselineIds = baseline.map((p) => p.id);
    applied = variant.applied;
    compute = async () => {
      const result = simulateEducationYear({
        year: request.year,
        students: await deps.education.studentsWithLedgers(),
        // Every version (a payment is decided by its academic year, which may start the year before).
        baseline: EDUCATION_POLICIES,
        ...(changed
          ? { variant: EDUCATION_POLICIES.map((p) => variant.policies.find((v) => v.id === p.id) ?? p) }
          : {}),
      });
      const view = educationResultView(result);
      return { json: JSON.stringify(view), tables: educationTables(view) };
    };
  } else {
    const baseline = policiesOf<ClaimPolicy>(request.year, claimPolicies, 'health-claims');
    const variant = applyVariant(baseline, overrides, HEALTH_VARIANT_RULES);
    baselineIds = baseline.map((p) => p.id);
    applied = variant.applied;
    compute = async () => {
      const result = await runHealthSimulation(
        deps.health,
        request.year,
        baseline,
        changed ? variant.policies : undefined,
      );
      const view = healthResultView(result);
      return { json: JSON.stringify(view), tables: [...tablesOf(view), inconsistencyTable(result)] };
    };
  }
  const record: SimulationRecord = {
    simulationId: deps.newId?.() ?? randomUUID(),
    programme: request.programme,
    year: request.year,
    status: 'running',
    variant: request.variant,
    applied,
    policyIds: baselineIds,
    createdBy: { sub: caller.sub, role: caller.role },
    createdAt: deps.now().toISOString(),
  };
  await deps.store.put(record);
  try {
    const { json, tables } = await compute();
    const files: ReportFile[] = [
      { name: FILES[0], body: json, contentType: 'application/json; charset=utf-8' },
      { name: FILES[1], body: toCsv(tables), contentType: 'text/csv; charset=utf-8' },
      {
        name: FILES[2],
        body: await toXlsx(tables, new Date(record.createdAt)),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    ];
    await deps.store.putFiles(record.simulationId, files);
    const done: SimulationRecord = { ...record, status: 'done', finishedAt: deps.now().toISOString() };
    await deps.store.put(done);
    return done;
  } catch (error) {
    const failed: SimulationRecord = {
      ...record,
      status: 'failed',
      finishedAt: deps.now().toISOString(),
      error: error instanceof Error ? error.message : String(error),
    };
    await deps.store.put(failed).catch(() => undefined);
    throw error;
  }
}

/** `GET /v1/simulations/{id}`: the record and, when done, the figures and short-lived links to the files. */
export async function readSimulation(deps: Pick<SimulationDeps, 'store'>, simulationId: string) {
  const record = await deps.store.get(simulationId);
  if (!record) throw new NotFoundError(`No simulation ${simulationId}.`, 'simulation-not-found');
  if (record.status !== 'done') return record;
  const [result, files] = await Promise.all([deps.store.result(simulationId), deps.store.links(simulationId, FILES)]);
  const figures = result as Record<string, unknown> & { variant?: Record<string, unknown> };
  return { ...record, ...figures, variant: { ...record.variant, ...figures.variant }, files };
}
