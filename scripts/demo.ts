import { randomInt } from 'node:crypto';
import { makeIdentity } from '../shared/identity/gb11643.js';

/**
 * `npm run demo` — against the running local stack (`npm start`; BASE_URL or PORT to point elsewhere):
 * loads three synthetic persons, posts three realistic claims and prints who pays what, rule by rule.
 */
const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

async function post(path: string, body: unknown, token?: string): Promise<any> {
  const r = await fetch(`${base}${path}`, {
    method: path.startsWith('/v1/roster') ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await r.json();
  if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}
const token = async (claims: Record<string, string>) => (await post('/dev/token', claims)).token as string;

const person = (name: string, birth: string) => ({
  personId: makeIdentity('159997', birth, randomInt(1000)),
  name,
  householdId: `DEMO-${randomInt(1e9)}`,
  township: 'zhonghe',
  village: '示例村',
  registeredFrom: '2016-03-01',
  birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
  insuredYears: [2019],
});

const pad = (s: string, n: number) =>
  s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

function print(title: string, s: any): void {
  console.log(
    `\n${title}\n  claim ${s.claimId} at ${s.hospitalId}: total ${s.amounts.total.toFixed(2)} yuan, tilt ${s.tilt}, policy ${s.policyId}`,
  );
  console.log(`  ${pad('payer', 26)}${pad('amount', 12)}`);
  for (const payer of [
    'basicInsurance',
    'criticalIllnessInsurance',
    'medicalAssistance',
    'commercialInsurance',
    'safetyNetFund',
    'hospital',
    'patient',
    'financeDeliveryFee',
  ]) {
    if (s.amounts[payer]) console.log(`  ${pad(payer, 26)}${s.amounts[payer].toFixed(2).padStart(10)}`);
  }
  console.log(`  ${pad('rule', 28)}${pad('clause', 24)}${pad('payer', 26)}${'amount'.padStart(10)}`);
  for (const step of s.steps)
    console.log(
      `  ${pad(step.rule, 28)}${pad(step.clause.replace(/; docs\/rules.md §2\.3.*/, ' + defaults'), 24)}${pad(step.payer, 26)}${step.amount.toFixed(2).padStart(10)}  ${step.note}`,
    );
}

async function main(): Promise<void> {
  const poverty = await token({ role: 'poverty-office' });
  const a = person('示例甲', '19520314');
  const b = person('示例乙', '19660702');
  const c = person('示例丙', '19480921');
  await post('/v1/roster/persons', { persons: [a, b, c] }, poverty);
  const bureau = await token({ role: 'insurance-bureau' });
  await post(
    `/v1/persons/${c.personId}/chronic-certifications`,
    { disease: 'hypertension', certifiedBy: 'insurance-bureau', from: '2019-01-01' },
    bureau,
  );

  const county = await token({ role: 'hospital', hospitalId: 'zlt-mongolian-chinese' });
  const peoples = await token({ role: 'hospital', hospitalId: 'zlt-peoples' });
  const clinic = await token({ role: 'hospital', hospitalId: 'clinic-zhonghe' });
  const id = () => `DEMO-${Date.now()}-${randomInt(1e6)}`;

  print(
    '1. A general admission over the self-pay cap (county hospital, 30,000 yuan)',
    await post(
      '/v1/claims',
      {
        claimId: id(),
        personId: a.personId,
        kind: 'inpatient',
        admittedOn: '2019-04-01',
        dischargedOn: '2019-04-15',
        diagnosis: { icd10: 'I63.9' },
        referral: { registered: false, emergency: false },
        costs: { total: 30000, outOfCatalogue: 1200, patientExcess: 0, hospitalExcess: 0 },
      },
      county,
    ),
  );
  print(
    '2. A major disease at a designated hospital (gastric cancer, 80,000 yuan)',
    await post(
      '/v1/claims',
      {
        claimId: id(),
        personId: b.personId,
        kind: 'inpatient',
        admittedOn: '2019-05-02',
        dischargedOn: '2019-05-30',
        diagnosis: { icd10: 'C16.9', majorDisease: 'gastric-cancer' },
        referral: { registered: false, emergency: false },
        costs: { total: 80000, outOfCatalogue: 3000, patientExcess: 500, hospitalExcess: 0 },
      },
      peoples,
    ),
  );
  print(
    '3. A chronic-disease medicine delivery (hypertension, 320 yuan)',
    await post(
      '/v1/claims',
      {
        claimId: id(),
        personId: c.personId,
        kind: 'chronic-outpatient',
        servedOn: '2019-06-05',
        diagnosis: { chronicDisease: 'hypertension' },
        costs: { total: 320 },
        deliveries: 1,
      },
      clinic,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(`Is the local stack running? Start it with \`npm start\` (it serves ${base}).`);
  process.exit(1);
});
