import { isIsoDate, monthOf, yearOf, type IsoDate } from '../../dates.js';
import { ValidationError, type ErrorDetail } from '../../errors.js';
import { applyBp, minFen, positive, type BasisPoints, type Fen } from '../../money.js';
import type { Hospital } from '../../reference/types.js';
import { isRegisteredOn, type ChronicCertification, type Person } from '../../roster/types.js';
import { resolveOn } from '../../policy/parameter.js';
import { requireClaimPolicy } from '../policy/index.js';
import type { ClaimParameters, ClaimPolicy, Payer, TargetRule, TopUpPayer } from '../policy/parameters.js';
import type {
  ClaimFacts,
  PersonYear,
  SettleResult,
  Settlement,
  SettlementAmounts,
  SettlementRule,
  SettlementStep,
  YearDelta,
} from '../types.js';
import { claimBenefit, criticalIllnessTable } from './critical-illness.js';
import { applyYearDelta, emptyYearDelta } from './person-year.js';

/**
 * The one-stop settlement of one claim (docs/rules.md §3.2), pure: no I/O, no clock, no globals. The caller loads
 * the person's year, the person, the hospital, the policy in force on the claim's date (`policyForClaim`)
 * and the person's chronic certifications, stores `nextPersonYear` with the settlement and adds
 * `settledAt`. Every rule cites its clause; docs/claims-engine.md explains each interpretation.
 */

const DEFAULTS = 'docs/rules.md §2.3';
/** Upper bound on a claim's total (10^11 fen = 1 billion yuan): keeps every fen × bp product a safe integer. */
const MAX_TOTAL: Fen = 100_000_000_000;

/** The date a claim is settled on: discharge for inpatient care, service otherwise (docs/rules.md §2). */
export function serviceDateOf(claim: Pick<ClaimFacts, 'kind' | 'dischargedOn' | 'servedOn'>): IsoDate {
  const date = claim.kind === 'inpatient' ? claim.dischargedOn : claim.servedOn;
  if (!date) throw invalid([{ path: serviceDateField(claim), message: 'is required' }]);
  return date;
}

/** The request field the settlement date comes from, for error details. */
export function serviceDateField(claim: Pick<ClaimFacts, 'kind'>): 'dischargedOn' | 'servedOn' {
  return claim.kind === 'inpatient' ? 'dischargedOn' : 'servedOn';
}

/** The policy in force on the claim's date, or ValidationError `no-policy` with the date field as path. */
export function policyForClaim(
  claim: Pick<ClaimFacts, 'kind' | 'dischargedOn' | 'servedOn'>,
  policies?: readonly ClaimPolicy[],
): ClaimPolicy {
  return requireClaimPolicy(serviceDateOf(claim), serviceDateField(claim), policies);
}

function invalid(details: ErrorDetail[]): ValidationError {
  return new ValidationError('The claim cannot be settled as posted.', details);
}

const yuanText = (fen: Fen): string => {
  const sign = fen < 0 ? '−' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
};
const pct = (bp: BasisPoints): string => `${bp / 100}%`;

/** Input that cannot be settled at all (the HTTP schema rejects it earlier; the engine does not trust that). */
function validate(
  claim: ClaimFacts,
  year: PersonYear,
  person: Person,
  hospital: Hospital,
  policy: ClaimPolicy,
): IsoDate {
  const problems: ErrorDetail[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (claim.kind === 'inpatient') {
    if (!claim.admittedOn || !isIsoDate(claim.admittedOn))
      problem('admittedOn', 'must be a date for an inpatient claim');
    if (!claim.dischargedOn || !isIsoDate(claim.dischargedOn))
      problem('dischargedOn', 'must be a date for an inpatient claim');
    if (claim.admittedOn && claim.dischargedOn && claim.admittedOn > claim.dischargedOn)
      problem('dischargedOn', 'must not be before admittedOn');
  } else {
    if (!claim.servedOn || !isIsoDate(claim.servedOn)) problem('servedOn', `must be a date for a ${claim.kind} claim`);
    if (claim.kind === 'chronic-outpatient' && !claim.diagnosis.chronicDisease)
      problem('diagnosis.chronicDisease', 'is required for a chronic-outpatient claim');
  }
  if (claim.deliveries !== 0 && claim.deliveries !== 1) problem('deliveries', 'must be 0 or 1');
  if (claim.deliveries === 1 && claim.kind !== 'chronic-outpatient')
    problem('deliveries', 'a delivery belongs to a chronic-outpatient claim');
  if (claim.diagnosis.cataractEyes && claim.kind !== 'inpatient')
    problem('diagnosis.cataractEyes', 'cataract surgery is an inpatient claim');
  const c = claim.costs;
  for (const key of ['total', 'outOfCatalogue', 'patientExcess', 'hospitalExcess'] as const) {
    if (!Number.isSafeInteger(c[key]) || c[key] < 0)
      problem(`costs.${key}`, 'must be a non-negative whole number of fen');
  }
  if (c.total > MAX_TOTAL) problem('costs.total', 'is implausibly large');
  if (c.outOfCatalogue + c.patientExcess + c.hospitalExcess > c.total)
    problem('costs', 'outOfCatalogue + patientExcess + hospitalExcess must not exceed total');
  if (claim.personId !== person.personId) problem('personId', 'does not match the person given');
  if (claim.hospitalId !== hospital.hospitalId) problem('hospitalId', 'does not match the hospital given');
  if (problems.length > 0) throw invalid(problems);

  const date = serviceDateOf(claim);
  if (!(policy.effectiveFrom <= date && date <= policy.effectiveTo)) {
    const message = `Policy ${policy.id} is not in force on ${date}.`;
    throw new ValidationError(message, [{ path: serviceDateField(claim), message, code: 'no-policy' }], 'no-policy');
  }
  if (year.personId !== claim.personId || year.year !== yearOf(date)) {
    throw invalid([
      {
        path: serviceDateField(claim),
        message: `the person-year given is ${year.personId} ${year.year}, not the claim's`,
      },
    ]);
  }
  return date;
}

/** Accumulates the parts and the steps that explain them; a payer's steps always add up to its part. */
class Bill {
  readonly amounts: Record<Payer, Fen> = {
    basicInsurance: 0,
    criticalIllnessInsurance: 0,
    medicalAssistance: 0,
    commercialInsurance: 0,
    safetyNetFund: 0,
    hospital: 0,
    patient: 0,
    financeDeliveryFee: 0,
  };
  readonly steps: SettlementStep[] = [];

  pay(payer: Payer, amount: Fen, rule: string, clause: string, note: string, always = false): void {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`engine invariant: ${rule} pays ${amount}`);
    if (amount === 0 && !always) return;
    this.amounts[payer] += amount;
    this.steps.push({ rule, clause, payer, amount, note });
  }

  explain(rule: string, clause: string, amount: Fen, note: string): void {
    this.steps.push({ rule, clause, payer: 'none', amount, note });
  }
}

interface Context {
  claim: ClaimFacts;
  date: IsoDate;
  year: PersonYear;
  person: Person;
  hospital: Hospital;
  p: ClaimParameters;
  bill: Bill;
  delta: YearDelta;
}

interface Outcome {
  tilt: boolean;
  rule: SettlementRule;
  deductible: Fen;
  compliant: Fen;
  indicators: Settlement['indicators'];
}

const REGISTERED = 'H 三.(一)';

/** Splits the top-up among the payers in the policy's order; the last takes what remains [docs/rules.md §2.3]. */
function payTopUp(ctx: Context, topUp: Fen): void {
  const order = ctx.p.topUp.order.value;
  let remaining = topUp;
  order.forEach((payer, i) => {
    const last = i === order.length - 1;
    const bp = ctx.p.topUp.shareOfRemainder[payer].value;
    const share = last ? remaining : applyBp(remaining, bp);
    const note = last
      ? `the rest of the top-up ${yuanText(topUp)}`
      : `${pct(bp)} of ${yuanText(remaining)} (the top-up ${i === 0 ? '' : 'left by the payers before, '}${yuanText(topUp)})`;
    ctx.bill.pay(payer, share, 'top-up', `H 三.(二).5.3); ${DEFAULTS} ("Who pays the top-up")`, note);
    remaining -= share;
  });
}

function settleInpatient(ctx: Context): Outcome {
  const { claim, date, year, person, hospital, p, bill, delta } = ctx;
  const level = hospital.level;

  // Step 1: tilt eligibility [H 三.(一), H 三.(二).5.1)].
  const registered = isRegisteredOn(person, date);
  const needsReferral = !hospital.inCounty && p.tilt.referralRequiredLevels.value.includes(level);
  const referred = claim.referral.registered || claim.referral.emergency;
  const tilt = registered && (!needsReferral || referred);
  bill.explain(
    'tilt-eligibility',
    needsReferral ? 'H 三.(二).5.1)' : REGISTERED,
    0,
    !registered
      ? `not registered poor on ${date}: standard basic and critical-illness settlement only`
      : !tilt
        ? `${hospital.name} is a ${level} hospital outside the county and the claim has no registered referral or emergency report: no poverty tilt`
        : needsReferral
          ? `registered poor on ${date}; ${claim.referral.registered ? 'registered referral' : 'emergency report'} to a ${level} hospital outside the county: tilts apply`
          : `registered poor on ${date}: tilts apply`,
  );

  const { total, outOfCatalogue, patientExcess, hospitalExcess } = claim.costs;
  let inCatalogue = total - outOfCatalogue - patientExcess - hospitalExcess;

  // Step 2: hospital-borne costs [H 三.(二).5.2), 5.6), 5.7)]. Without tilt the share limit is still
  // computed so that `compliant` means the same everywhere, but nothing is hospital-borne.
  const limitBp =
    hospital.grade === 'tertiary' && hospital.secondaryOutOfCatalogueLimit
      ? p.outOfCatalogue.tertiaryHeldToSecondary.value
      : p.outOfCatalogue.limit[hospital.grade].value;
  const limit = applyBp(total, limitBp);
  const outOfCatalogueExcess = positive(outOfCatalogue - limit);
  let outOfCatalogueAllowed = outOfCatalogue - outOfCatalogueExcess;
  const programme = p.cataract;
  const cataractProgramme =
    tilt &&
    hospital.cataractProgramme &&
    !!claim.diagnosis.cataractEyes &&
    programme.programmeFrom.value <= date &&
    date <= programme.programmeTo.value;
  if (tilt) {
    bill.pay(
      'hospital',
      outOfCatalogueExcess,
      'out-of-catalogue-limit',
      'H 三.(二).5.2)',
      `out-of-catalogue ${yuanText(outOfCatalogue)} above ${pct(limitBp)} of total ${yuanText(total)} = ${yuanText(limit)}`,
    );
    bill.pay(
      'hospital',
      hospitalExcess,
      'hospital-excess',
      'H 三.(二).5.6)',
      'excess from unreasonable examination, treatment or medication, borne by the hospital',
    );
    if (cataractProgramme) {
      const eyes = claim.diagnosis.cataractEyes ?? 0;
      const cap = programme.perEyeLimit.value * eyes;
      const excess = positive(inCatalogue + outOfCatalogueAllowed - cap);
      const fromInCatalogue = minFen(excess, inCatalogue);
      inCatalogue -= fromInCatalogue;
      outOfCatalogueAllowed -= excess - fromInCatalogue;
      bill.pay(
        'hospital',
        excess,
        'cataract-programme-limit',
        'H 三.(二).5.7)',
        `compliant cost above ${yuanText(programme.perEyeLimit.value)} × ${eyes} eye(s) = ${yuanText(cap)}, taken off in-catalogue cost first`,
      );
    }
  }

  // Step 3: the patient's own excess, outside every cap [H 三.(二).5.6)].
  bill.pay(
    'patient',
    patientExcess,
    'patient-excess',
    'H 三.(二).5.6)',
    "excess from the patient's or family's own behaviour, outside every cap",
  );
  if (!tilt) {
    bill.pay('patient', outOfCatalogue, 'out-of-catalogue', 'H 三.(二).5.1)', 'out-of-catalogue cost, no poverty tilt');
    bill.pay(
      'patient',
      hospitalExcess,
      'hospital-excess',
      'H 三.(二).5.1)',
      'without the poverty tilt no cost is hospital-borne',
    );
  }

  // Step 4: compliant cost.
  const compliant = inCatalogue + outOfCatalogueAllowed;
  bill.explain(
    'compliant-cost',
    'H 三.(二).5.6)',
    compliant,
    `in-catalogue ${yuanText(inCatalogue)} + out-of-catalogue within the limit ${yuanText(outOfCatalogueAllowed)}`,
  );

  // Step 5: basic insurance [H 三.(二).1.2), 1.3)].
  const standardDeductible = p.basicInpatient.deductible[level].value;
  const repeat = year.admissions[level].count > 0;
  const waiver =
    (person.flags.sickOrDisabledChild === true || person.flags.severelyDisabled === true) &&
    p.basicInpatient.waiverLevels.value.includes(level);
  const factors: { bp: BasisPoints; clause: string; why: string }[] = tilt
    ? [
        {
          bp: p.basicInpatient.poorDeductibleFactor.value,
          clause: 'H 三.(二).1.2)',
          why: 'registered poor: half the standard deductible',
        },
        ...(repeat
          ? [
              {
                bp: p.basicInpatient.repeatAdmissionDeductibleFactor.value,
                clause: 'H 三.(二).1.2)',
                why: `repeat admission at ${level} level this year`,
              },
            ]
          : []),
        ...(waiver
          ? [
              {
                bp: p.basicInpatient.waiverDeductibleFactor.value,
                clause: 'H 三.(二).1.3)',
                why: 'sick or disabled child / severely disabled person at a county or township hospital',
              },
            ]
          : []),
      ]
    : [{ bp: 10_000, clause: DEFAULTS, why: 'standard deductible' }];
  const chosen = factors.reduce((a, b) => (b.bp < a.bp ? b : a));
  const deductible = minFen(applyBp(standardDeductible, chosen.bp), inCatalogue);
  bill.explain(
    'deductible',
    chosen.clause,
    deductible,
    `${chosen.why}: ${pct(chosen.bp)} of ${yuanText(standardDeductible)}, at most the in-catalogue cost`,
  );
  const ratio = Math.min(
    10_000,
    p.basicInpatient.ratio[level].value + (tilt ? p.basicInpatient.poorRatioUplift.value : 0),
  );
  const byRatio = applyBp(inCatalogue - deductible, ratio);
  const basicRoom = positive(p.basicInpatient.yearlyMaximum.value - year.basicInsurance.inpatient);
  const basic = minFen(byRatio, basicRoom);
  bill.pay(
    'basicInsurance',
    basic,
    'basic-insurance',
    tilt ? 'H 三.(二).1.2)' : DEFAULTS,
    `(${yuanText(inCatalogue)} − ${yuanText(deductible)}) × ${pct(ratio)} = ${yuanText(byRatio)}${basic < byRatio ? `, limited to the ${yuanText(basicRoom)} left of the yearly maximum` : ''}`,
    true,
  );
  delta.admission = { level, tilt };
  delta.basicInsurance.inpatient = basic;

  // Step 6: critical-illness insurance on the yearly in-policy self-pay [H 三.(二).1.3)].
  const table = criticalIllnessTable(p.criticalIllness, tilt);
  const inPolicySelfPay = inCatalogue - basic;
  const before = year.criticalIllness.inPolicySelfPay;
  const critical = claimBenefit(table, before, inPolicySelfPay, year.criticalIllness.benefitPaid);
  bill.pay(
    'criticalIllnessInsurance',
    critical,
    'critical-illness',
    tilt ? 'H 三.(二).1.3)' : DEFAULTS,
    `${table.kind} table (threshold ${yuanText(table.threshold)}): B(${yuanText(before + inPolicySelfPay)}) − B(${yuanText(before)})`,
    true,
  );
  delta.criticalIllness = { inPolicySelfPay, benefitPaid: critical };

  const selfPay = compliant - basic - critical;
  const policyRangeRatioBp = inCatalogue > 0 ? Math.floor(((basic + critical) * 10_000) / inCatalogue) : null;
  const indicators: Settlement['indicators'] = {
    policyRangeRatioBp,
    belowPolicyRangeFloor: tilt && policyRangeRatioBp !== null && policyRangeRatioBp < p.targets.policyRangeFloor.value,
    aboveCapRule: 0,
  };
  if (!tilt) {
    bill.pay(
      'patient',
      inPolicySelfPay - critical,
      'patient-self-pay',
      DEFAULTS,
      'in-catalogue cost not paid by basic or critical-illness insurance; no top-up without the tilt',
    );
    return { tilt, rule: 'standard', deductible, compliant, indicators };
  }
  if (indicators.belowPolicyRangeFloor) {
    bill.explain(
      'policy-range-floor',
      'H 三.(二).5.6)',
      basic + critical,
      `basic + critical illness cover ${pct(policyRangeRatioBp ?? 0)} of in-catalogue cost, below the ${pct(p.targets.policyRangeFloor.value)} floor (reported, not enforced)`,
    );
  }

  // Step 7: the target patient share, the first rule that applies [H 三.(二).5.7), 2, 5.5), 5.6)].
  const t = p.targets;
  const cap = t.selfPayCap[level].value;
  const beyondDeductible = positive(selfPay - deductible);
  const capRuleTarget =
    deductible +
    minFen(beyondDeductible, cap) +
    applyBp(positive(beyondDeductible - cap), t.patientShareAboveCap.value);
  const applies: Record<TargetRule, boolean> = {
    'cataract-programme': cataractProgramme,
    'major-disease': !!claim.diagnosis.majorDisease && hospital.majorDiseaseDesignated,
    'critical-illness': critical > 0,
    'self-pay-cap': true,
  };
  const rule = t.order.value.find((r) => applies[r]) ?? 'self-pay-cap';
  const targets: Record<TargetRule, { raw: Fen; clause: string; note: string }> = {
    'cataract-programme': {
      raw: applyBp(compliant, programme.patientShare.value),
      clause: 'H 三.(二).5.7)',
      note: 'cataract programme: the patient pays nothing',
    },
    'major-disease': {
      raw: applyBp(compliant, t.majorDiseasePatientShare.value),
      clause: 'H 三.(二).2',
      note: `major disease at a designated hospital: ${pct(t.majorDiseasePatientShare.value)} of compliant cost ${yuanText(compliant)}`,
    },
    'critical-illness': {
      raw: deductible + applyBp(compliant - deductible, t.criticalIllnessPatientShare.value),
      clause: 'H 三.(二).5.5)',
      note: `critical illness paid on this claim: d ${yuanText(deductible)} + ${pct(t.criticalIllnessPatientShare.value)} of (${yuanText(compliant)} − d)`,
    },
    'self-pay-cap': {
      raw: capRuleTarget,
      clause: 'H 三.(二).5.6)',
      note: `d ${yuanText(deductible)} + self-pay beyond d ${yuanText(beyondDeductible)} up to the ${level} cap ${yuanText(cap)} + ${pct(t.patientShareAboveCap.value)} of the rest`,
    },
  };
  const chosenTarget = targets[rule];
  const target = minFen(chosenTarget.raw, selfPay);
  bill.explain(
    'target-share',
    chosenTarget.clause,
    target,
    `${chosenTarget.note}${target < chosenTarget.raw ? `; limited to the self-pay without top-up ${yuanText(selfPay)}` : ''}`,
  );

  // Step 8: the top-up, split in the policy's order.
  payTopUp(ctx, selfPay - target);

  // The major-disease ceiling: yearly self-pay above 5,000 paid by the fund alone [H 三.(二).2].
  let patientShare = target;
  if (rule === 'major-disease') {
    const room = positive(t.majorDiseaseYearlySelfPayCeiling.value - year.majorDiseaseSelfPay);
    patientShare = minFen(target, room);
    const payer: TopUpPayer = t.majorDiseaseCeilingPayer.value;
    bill.pay(
      payer,
      target - patientShare,
      'major-disease-ceiling',
      'H 三.(二).2',
      `yearly major-disease self-pay ${yuanText(year.majorDiseaseSelfPay)} + ${yuanText(target)} would pass ${yuanText(t.majorDiseaseYearlySelfPayCeiling.value)}; the part above is the fund's alone`,
    );
    delta.majorDiseaseSelfPay = patientShare;
  }
  bill.pay(
    'patient',
    patientShare,
    'patient-share',
    chosenTarget.clause,
    'the patient’s share of the compliant cost',
    true,
  );

  if (rule === 'self-pay-cap') {
    delta.generalAdmission = {
      claim: `${claim.hospitalId}/${claim.claimId}`,
      level,
      dischargedOn: date,
      deductible,
      selfPayBeyondDeductible: beyondDeductible,
      paidBeyondDeductible: positive(patientShare - deductible),
    };
  }
  if (rule === 'major-disease' || rule === 'critical-illness')
    indicators.aboveCapRule = positive(patientShare - minFen(capRuleTarget, selfPay));
  return { tilt, rule, deductible, compliant, indicators };
}

/** Outpatient care [H 三.(二).1.2); docs/rules.md §2.3]: a township clinic's ratio, elsewhere the patient pays. */
function settleOutpatient(ctx: Context, tilt: boolean): Outcome {
  const { claim, year, hospital, p, bill, delta } = ctx;
  const { total, outOfCatalogue, patientExcess, hospitalExcess } = claim.costs;
  const inCatalogue = total - outOfCatalogue - patientExcess - hospitalExcess;
  bill.explain(
    'tilt-eligibility',
    REGISTERED,
    0,
    tilt
      ? `registered poor on ${ctx.date}: tilts apply`
      : `not registered poor on ${ctx.date}: standard outpatient settlement`,
  );
  if (tilt)
    bill.pay(
      'hospital',
      hospitalExcess,
      'hospital-excess',
      'H 三.(二).5.6)',
      'excess from unreasonable treatment, borne by the hospital (decision: as for inpatient care)',
    );
  let basic = 0;
  let rule: SettlementRule = 'outpatient-other-level';
  if (p.outpatient.settledLevels.value.includes(hospital.level)) {
    rule = 'township-outpatient';
    const ratio = Math.min(10_000, p.outpatient.ratio.value + (tilt ? p.outpatient.poorRatioUplift.value : 0));
    const byRatio = applyBp(inCatalogue, ratio);
    const room = positive(p.outpatient.yearlyMaximum.value - year.basicInsurance.outpatient);
    basic = minFen(byRatio, room);
    bill.pay(
      'basicInsurance',
      basic,
      'outpatient-basic-insurance',
      tilt ? 'H 三.(二).1.2)' : DEFAULTS,
      `${yuanText(inCatalogue)} × ${pct(ratio)} = ${yuanText(byRatio)}${basic < byRatio ? `, limited to the ${yuanText(room)} left of the yearly outpatient maximum` : ''}`,
      true,
    );
    delta.basicInsurance.outpatient = basic;
  } else {
    bill.explain(
      'outpatient-other-level',
      DEFAULTS,
      0,
      `outpatient care at a ${hospital.level} hospital is not settled by basic insurance: the patient pays`,
    );
  }
  bill.pay(
    'patient',
    inCatalogue - basic,
    'patient-self-pay',
    DEFAULTS,
    'in-catalogue cost not paid by basic insurance; no top-up for outpatient care',
  );
  bill.pay('patient', outOfCatalogue, 'out-of-catalogue', DEFAULTS, 'out-of-catalogue cost');
  bill.pay('patient', patientExcess, 'patient-excess', 'H 三.(二).5.6)', "excess from the patient's own behaviour");
  if (!tilt)
    bill.pay(
      'patient',
      hospitalExcess,
      'hospital-excess',
      'H 三.(二).5.1)',
      'without the poverty tilt no cost is hospital-borne',
    );
  return {
    tilt,
    rule,
    deductible: 0,
    compliant: inCatalogue,
    indicators: { policyRangeRatioBp: null, belowPolicyRangeFloor: false, aboveCapRule: 0 },
  };
}

/** The certification in force for the disease on the date: the latest; on the same day the insurance bureau's. */
function certificationFor(
  certifications: readonly ChronicCertification[],
  disease: string,
  date: IsoDate,
): ChronicCertification | undefined {
  return certifications
    .filter((c) => c.disease === disease && c.from <= date)
    .sort((a, b) =>
      a.from !== b.from
        ? a.from < b.from
          ? 1
          : -1
        : a.certifiedBy === 'insurance-bureau'
          ? -1
          : b.certifiedBy === 'insurance-bureau'
            ? 1
            : 0,
    )[0];
}

/** Chronic outpatient delivery [H 三.(二).4]: shares by certifier, the fee once a calendar month. */
function settleChronic(ctx: Context, certifications: readonly ChronicCertification[]): Outcome {
  const { claim, date, year, person, p, bill, delta } = ctx;
  const registered = isRegisteredOn(person, date);
  const disease = claim.diagnosis.chronicDisease ?? '';
  const certification = certificationFor(certifications, disease, date);
  const month = monthOf(date);
  const noFee = (why: string) => {
    if (claim.deliveries !== 1) return;
    delta.delivery = { month, feePaid: false };
    bill.pay('financeDeliveryFee', 0, 'delivery-fee', 'H 三.(二).4', why, true);
  };
  if (!registered || !certification) {
    const why = !registered
      ? `not registered poor on ${date}: the chronic delivery policy does not apply; settled as outpatient care`
      : `no certification of ${disease} in force on ${date}: settled as outpatient care`;
    bill.explain('chronic-not-applicable', 'H 三.(二).4', 0, why);
    const outcome = settleOutpatient(ctx, registered);
    noFee(`no delivery fee: ${why}`);
    return outcome;
  }
  const { total, outOfCatalogue, patientExcess, hospitalExcess } = claim.costs;
  const inCatalogue = total - outOfCatalogue - patientExcess - hospitalExcess;
  const shares = p.chronic.shares[certification.certifiedBy];
  bill.explain('tilt-eligibility', REGISTERED, 0, `registered poor on ${date}: tilts apply`);
  bill.explain(
    'chronic-certification',
    'H 三.(二).4',
    0,
    `${disease} certified by the ${certification.certifiedBy} from ${certification.from}`,
  );
  bill.pay(
    'hospital',
    hospitalExcess,
    'hospital-excess',
    'H 三.(二).5.6)',
    'excess from unreasonable treatment, borne by the hospital (decision: as for inpatient care)',
  );
  const basic = applyBp(inCatalogue, shares.basicInsurance.value);
  const fund = minFen(applyBp(inCatalogue, shares.safetyNetFund.value), inCatalogue - basic);
  bill.pay(
    'basicInsurance',
    basic,
    'chronic-basic-insurance',
    'H 三.(二).4',
    `${pct(shares.basicInsurance.value)} of in-catalogue ${yuanText(inCatalogue)}`,
  );
  bill.pay(
    'safetyNetFund',
    fund,
    'chronic-safety-net',
    'H 三.(二).4',
    `${pct(shares.safetyNetFund.value)} of in-catalogue ${yuanText(inCatalogue)}`,
  );
  bill.pay(
    'patient',
    inCatalogue - basic - fund,
    'chronic-patient-share',
    'H 三.(二).4',
    `the patient's ${pct(shares.patient.value)} of in-catalogue cost (what the payers leave)`,
    true,
  );
  bill.pay('patient', outOfCatalogue, 'out-of-catalogue', 'H 三.(二).4', 'out-of-catalogue cost is the patient’s');
  bill.pay('patient', patientExcess, 'patient-excess', 'H 三.(二).5.6)', "excess from the patient's own behaviour");
  delta.basicInsurance.chronic = basic;
  if (claim.deliveries === 1) {
    const paidThisMonth = year.deliveries.feesByMonth[month] ?? 0;
    if (paidThisMonth < p.chronic.feesPerMonth.value) {
      delta.delivery = { month, feePaid: true };
      bill.pay(
        'financeDeliveryFee',
        p.chronic.deliveryFee.value,
        'delivery-fee',
        'H 三.(二).4',
        `delivery fee paid by finance, first delivery in ${month}`,
        true,
      );
    } else {
      noFee(
        `no delivery fee: finance pays for at most ${p.chronic.feesPerMonth.value} delivery a calendar month and ${month} already had ${paidThisMonth}`,
      );
    }
  }
  return {
    tilt: true,
    rule: 'chronic-delivery',
    deductible: 0,
    compliant: inCatalogue,
    indicators: { policyRangeRatioBp: null, belowPolicyRangeFloor: false, aboveCapRule: 0 },
  };
}

/**
 * Settles one claim under `policy` (which must be in force on the claim's date): the split of the total
 * among the payers, with every step, and the person's year after the claim. Parts always add up to the
 * total and are never negative. Throws ValidationError only for input that cannot be settled.
 */
export function settle(
  claim: ClaimFacts,
  personYear: PersonYear,
  person: Person,
  hospital: Hospital,
  policy: ClaimPolicy,
  certifications: readonly ChronicCertification[] = [],
): SettleResult {
  const date = validate(claim, personYear, person, hospital, policy);
  const ctx: Context = {
    claim,
    date,
    year: personYear,
    person,
    hospital,
    // The values in force on the claim's date (a parameter changed mid-year applies from its date).
    p: resolveOn(policy, date).parameters,
    bill: new Bill(),
    delta: emptyYearDelta(),
  };
  const outcome =
    claim.kind === 'inpatient'
      ? settleInpatient(ctx)
      : claim.kind === 'outpatient'
        ? settleOutpatient(ctx, isRegisteredOn(person, date))
        : settleChronic(ctx, certifications);

  const a = ctx.bill.amounts;
  const amounts: SettlementAmounts = { total: claim.costs.total, compliant: outcome.compliant, ...a };
  const parts =
    a.basicInsurance +
    a.criticalIllnessInsurance +
    a.medicalAssistance +
    a.commercialInsurance +
    a.safetyNetFund +
    a.hospital +
    a.patient;
  if (parts !== claim.costs.total)
    throw new Error(`engine invariant: parts ${parts} ≠ total ${claim.costs.total} for claim ${claim.claimId}`);

  const settlement: Settlement = {
    claimId: claim.claimId,
    hospitalId: claim.hospitalId,
    personId: claim.personId,
    kind: claim.kind,
    serviceDate: date,
    policyId: policy.id,
    tilt: outcome.tilt,
    rule: outcome.rule,
    deductible: outcome.deductible,
    amounts,
    indicators: outcome.indicators,
    steps: ctx.bill.steps,
    yearDelta: ctx.delta,
  };
  return { settlement, nextPersonYear: applyYearDelta(personYear, ctx.delta, 1) };
}
