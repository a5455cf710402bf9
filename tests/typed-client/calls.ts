/**
 * Calls a console or hospital system would write against a client generated from docs/openapi.json
 * (openapi-typescript + openapi-fetch). tests/unit/core/typed-client.test.ts generates the types and
 * compiles this file with the project's strict settings: no `as`, no `any`, no non-null assertion.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './.generated/schema.js';

type Schemas = components['schemas'];
const api = createClient<paths>({ baseUrl: 'http://127.0.0.1:0' });

export async function settle(): Promise<number> {
  // diagnosis, referral and deliveries have server defaults: a client may leave them out.
  const { data, error } = await api.POST('/v1/claims', {
    body: {
      claimId: 'ZLT-RM-2019-000123',
      personId: '159999195001010018',
      kind: 'inpatient',
      admittedOn: '2019-04-02',
      dischargedOn: '2019-04-11',
      costs: { total: 23456.78, outOfCatalogue: 1000, patientExcess: 0, hospitalExcess: 0 },
    },
  });
  if (error) {
    switch (error.error.code) {
      case 'claim-conflict':
      case 'person-not-found':
      case 'hospital-not-found':
      case 'too-many-requests':
      case 'no-policy':
        return -1;
      default:
        return -2;
    }
  }
  const parts: number[] = [
    data.amounts.basicInsurance,
    data.amounts.criticalIllnessInsurance,
    data.amounts.medicalAssistance,
    data.amounts.commercialInsurance,
    data.amounts.safetyNetFund,
    data.amounts.hospital,
    data.amounts.patient,
  ];
  const rule: Schemas['Settlement']['rule'] = data.rule;
  return rule === 'self-pay-cap' ? parts.reduce((a, b) => a + b, 0) : data.steps.length;
}

export async function caseHistory(caseId: string): Promise<string[]> {
  const { data } = await api.GET('/v1/housing/cases/{caseId}', { params: { path: { caseId } } });
  if (!data) return [];
  const lines: string[] = [`${data.status}: committed ${data.subsidy.committed} yuan`];
  for (const entry of data.history) {
    // Each history entry is typed by its step: the fields of that step, money in yuan.
    switch (entry.type) {
      case 'payment':
        lines.push(`paid ${entry.data.amount} to ${entry.data.account}`);
        break;
      case 'final-acceptance':
        lines.push(`accepted ${entry.data.builtArea} m², subsidy ${entry.data.subsidy}`);
        break;
      case 'village-notice':
        lines.push(`notice ${entry.data.from}–${entry.data.to} (${entry.data.days} days)`);
        break;
      default:
        lines.push(`${entry.type} by ${entry.actor.role}`);
    }
  }
  for (const photo of data.photoList) lines.push(`${photo.kind}: ${photo.status}`);
  return lines;
}

export async function reports(): Promise<string[]> {
  const out: string[] = [];
  const progress = await api.GET('/v1/reports/progress/{asOf}', { params: { path: { asOf: '2019-06-30' } } });
  if (progress.data) {
    for (const p of progress.data.programmes) out.push(`${p.programme} ${p.totals.stages.paid} ${p.budget.remaining}`);
    // Township staff get no links: the files hold every township.
    if (progress.data.files) out.push(progress.data.files.xlsx);
  }
  const health = await api.GET('/v1/reports/health/{month}', { params: { path: { month: '2019-05' } } });
  if (health.data) {
    out.push(`${health.data.indicators.majorDiseaseEffectiveRatio.percent ?? 'n/a'}`, health.data.files.csv);
    for (const h of health.data.hospitals) out.push(`${h.hospitalId} ${h.patient} ${h.overLimit}`);
  }
  const recon = await api.GET('/v1/reconciliations/{year}', { params: { path: { year: 2019 } } });
  if (recon.data) out.push(`${recon.data.refundTotal}`, ...recon.data.rows.map((r) => `${r.personId} ${r.refund}`));
  return out;
}

export async function roster(rows: Schemas['PersonRow'][]): Promise<number> {
  const { data } = await api.PUT('/v1/roster/persons', { body: { persons: rows } });
  const eligibility = await api.GET('/v1/persons/{personId}/eligibility', {
    params: { path: { personId: '159999195001010018' }, query: { on: '2019-08-15' } },
  });
  const year: number = eligibility.data?.year.year ?? 2019;
  const fieldCodes = (data?.rejected ?? []).map((r) => r.error.code === 'field-not-owned');
  return year + fieldCodes.length;
}

export async function programmes(): Promise<number> {
  const hire = await api.POST('/v1/ecology/rangers', {
    body: { personId: '159999195001010018', township: 'zhonghe', from: '2019-07-01' },
  });
  if (hire.error) return hire.error.error.code === 'quota-full' ? 0 : -1;
  const income = await api.POST('/v1/ecology/income', {
    body: {
      programme: 'forestry-industry',
      participantId: 'P-1',
      householdId: 'HH-1',
      people: 3,
      earnings: 5200.5,
    },
  });
  const earnings: number = income.data?.earnings ?? 0;
  return hire.data.pay.amount + earnings;
}
