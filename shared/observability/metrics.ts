import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * The business metrics an operator watches, as CloudWatch embedded-metric-format lines (Powertools
 * Metrics): claims settled and refused (by reason), yuan settled per payer, report runs, photo verdicts,
 * roster rows. **Dimensions are closed sets — a payer, a reason code, a report kind, a verdict — never a
 * person, a household, a hospital or a claim id**: personal data must not reach metrics, and every
 * distinct dimension value is a separately billed metric. Values that identify someone belong in the
 * masked logs, not here.
 *
 * Emitted only by code that runs in a function; published once per invocation by `flushMetrics`
 * (shared/http/api-handler.ts, and the event handlers). Locally `POWERTOOLS_METRICS_DISABLED` may silence them.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Zhalantun',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'zhalantun-platform',
});

/** The metric names, one place, so the dashboard and alarms (infra/lib/operations.ts) name the same. */
export const METRIC = {
  claimsSettled: 'ClaimsSettled',
  claimsRefused: 'ClaimsRefused',
  settledYuan: 'SettledYuan',
  reportRuns: 'ReportRuns',
  photoVerdicts: 'PhotoVerdicts',
  rosterRows: 'RosterRows',
  rosterImportSteps: 'RosterImportSteps',
} as const;

/** A metric with its own closed-set dimension, published at once (EMF allows one dimension set per line). */
type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

/**
 * One single-metric emitter per dimension name, made on first use and reused: `singleMetric()` builds a new
 * Metrics object (console, environment, configuration) each time, which a claim paid once per payer. A single
 * metric publishes at once and clears its dimensions, so the next use starts clean.
 */
const singles = new Map<string, Metrics>();
function single(key: string): Metrics {
  let emitter = singles.get(key);
  if (!emitter) {
    emitter = metrics.singleMetric();
    singles.set(key, emitter);
  }
  return emitter;
}

function withDimension(name: string, dimension: string, value: string, amount: number, unit: Unit = MetricUnit.Count) {
  const emitter = single(dimension);
  emitter.addDimension(dimension, value);
  emitter.addMetric(name, unit, amount);
}

const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const;

/** A settled claim: one count, and the yuan each payer bears (amounts in fen inside, yuan in the metric). */
export function recordSettlement(amounts: Record<(typeof PAYERS)[number], number>): void {
  metrics.addMetric(METRIC.claimsSettled, MetricUnit.Count, 1);
  for (const payer of PAYERS) {
    const fen = amounts[payer];
    if (fen > 0) withDimension(METRIC.settledYuan, 'payer', payer, fen / 100, MetricUnit.NoUnit);
  }
}

/** A claim refused, by the API error code (a closed set: `person-not-registered`, `claim-conflict`, …). */
export function recordClaimRefused(code: string): void {
  withDimension(METRIC.claimsRefused, 'reason', code, 1);
}

export function recordReportRun(kind: 'progress' | 'health' | 'reconciliation', trigger: 'schedule' | 'api'): void {
  const emitter = single('report+trigger');
  emitter.addDimensions({ report: kind, trigger });
  emitter.addMetric(METRIC.reportRuns, MetricUnit.Count, 1);
}

export function recordPhotoVerdict(verdict: string): void {
  withDimension(METRIC.photoVerdicts, 'verdict', verdict, 1);
}

export function recordRosterRows(accepted: number, rejected: number): void {
  if (accepted > 0) withDimension(METRIC.rosterRows, 'outcome', 'accepted', accepted);
  if (rejected > 0) withDimension(METRIC.rosterRows, 'outcome', 'rejected', rejected);
}

/** A step of a roster import ended with the job in this status (a closed set: checked, loaded, failed…). */
export function recordImportStep(status: string): void {
  withDimension(METRIC.rosterImportSteps, 'status', status, 1);
}

/** Publishes what the invocation stored (no warning when it stored nothing). */
export function flushMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
