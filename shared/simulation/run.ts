import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/roles.js';
import { claimPolicies } from '../claims/policy/index.js';
import type { ClaimPolicy } from '../claims/policy/index.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { maskIdentity } from '../identity/mask.js';
import { toCsv, type ReportTable } from '../reports/formats.js';
import type { ReportFile } from '../reports/report-store.js';
import { toXlsx } from '../reports/xlsx.js';
import type { ChronicCertification, Person } from '../roster/types.js';
import { personsWithChronicClaims, type HealthLedger } from './dynamodb-ledger.js';
import { HEALTH_VARIANT_RULES, simulateHealthYear, SIM_PAYERS, type HealthSimulationResult } from './health.js';
import type { SimulationRecord, SimulationStore } from './store.js';
import { applyVariant } from './variant.js';
import { healthResultView } from './view.js';

export interface SimulationDeps {
  health: HealthLedger;
  store: SimulationStore;
  now(): Date;
  newId?(): string;
}

export interface SimulationRequest {
  programme: 'health';
  year: number;
  variant: { name: string; reason: string; overrides: Record<string, number | null> };
}

const FILES = ['result.json', 'result.csv', 'result.xlsx'] as const;

/** The policy versions in force on some day of the year, or a 400 naming `body.year`. */
export function healthPoliciesOf(year: number, policies: readonly ClaimPolicy[] = claimPolicies): ClaimPolicy[] {
  const inYear = policies.filter((p) => p.effectiveFrom <= `${year}-12-31` && `${year}-01-01` <= p.effectiveTo);
  if (inYear.length === 0) {
    const message = `No health-claims policy is in force in ${year}.`;
    throw new ValidationError(message, [{ path: 'body.year', message, code: 'no-policy' }], 'no-policy');
  }
  return inYear;
}

const PAYER_HEADERS: Record<string, string> = {
  basicInsurance: '基本医保',
  criticalIllnessInsurance: '大病保险',
  medicalAssistance: '医疗救助',
  commercialInsurance: '商业补充保险',
  safetyNetFund: '大病保障基金',
  hospital: '医院承担',
  patient: '个人自付',
  financeDeliveryFee: '财政配送费',
  total: '合计(不含配送费)',
};

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

/** Reads the year from the ledger (never writes it) and simulates it. */
export async function runHealthSimulation(
  ledger: HealthLedger,
  year: number,
  baseline: readonly ClaimPolicy[],
  variant: readonly ClaimPolicy[] | undefined,
): Promise<HealthSimulationResult> {
  const [claims, hospitals, persons] = await Promise.all([
    ledger.claimsOfYear(year),
    ledger.hospitals(),
    (async () => {
      const map = new Map<string, Person>();
      for await (const p of ledger.persons()) map.set(p.personId, p);
      return map;
    })(),
  ]);
  const certifications: Map<string, readonly ChronicCertification[]> = await ledger.certifications(
    personsWithChronicClaims(claims),
  );
  return simulateHealthYear({
    year,
    claims,
    persons,
    hospitals: new Map(hospitals.map((h) => [h.hospitalId, h])),
    certifications,
    baseline,
    ...(variant ? { variant } : {}),
  });
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
  const baseline = healthPoliciesOf(request.year);
  const overrides = request.variant.overrides;
  const { policies: variantPolicies, applied } = applyVariant(baseline, overrides, HEALTH_VARIANT_RULES);
  const record: SimulationRecord = {
    simulationId: deps.newId?.() ?? randomUUID(),
    programme: request.programme,
    year: request.year,
    status: 'running',
    variant: request.variant,
    applied,
    policyIds: baseline.map((p) => p.id),
    createdBy: { sub: caller.sub, role: caller.role },
    createdAt: deps.now().toISOString(),
  };
  await deps.store.put(record);
  try {
    const result = await runHealthSimulation(
      deps.health,
      request.year,
      baseline,
      Object.keys(overrides).length > 0 ? variantPolicies : undefined,
    );
    const view = healthResultView(result);
    const json = JSON.stringify(view);
    const tables = [...tablesOf(view), inconsistencyTable(result)];
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
  const figures = result as Record<string, unknown> & { variant: Record<string, unknown> };
  return { ...record, ...figures, variant: { ...record.variant, ...figures.variant }, files };
}
