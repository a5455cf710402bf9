import { makeIdentity } from '../../shared/identity/gb11643.js';
import { ECOLOGY_2019 } from '../../shared/ecology/policy.js';
import { HOUSING_2019 } from '../../shared/housing/policy.js';
import { TOWNSHIPS } from '../../shared/reference/townships.js';

/**
 * The 2019 programme year as data: who is on the roster, which housing cases move on which dates, who falls
 * ill when, which students are paid what, who holds a ranger post. Pure and deterministic: the same seed,
 * scale and townships give the same year (docs/year.md lists every rate assumed and its source).
 * Identity numbers are synthetic: region code 159999 does not exist, so no issued number can match.
 */
export const YEAR_REGION = '159999';

export interface YearOptions {
  seed: number;
  /** 1 = the plan's scale (10,000 registered poor persons, the R1/R2 case counts, 480 posts). */
  scale: number;
  /** The townships played (default: all 16). */
  townships?: readonly string[];
}

/** Assumed rates, per registered-poor person and year unless said otherwise (docs/year.md cites each). */
export const RATES = {
  personsAtScale1: 10_000,
  householdSize: [1, 2, 2, 3, 3, 3, 4, 4, 5] as const,
  admissionsPerPerson: 0.2,
  admissionLevelShare: { township: 0.35, county: 0.5, prefecture: 0.15 },
  emergencyShare: 0.05,
  registeredReferralShareOutOfTownship: 0.85,
  majorDiseasePersonShare: 0.02,
  majorDiseaseAdmissions: [1, 2, 2, 3, 4] as const,
  outpatientVisitsPerPerson: 1.2,
  chronicPersonShare: 0.15,
  /** 每月1次"送医配药" (H 三.(二).4): one delivery a calendar month for a person certified all year. */
  chronicDeliveriesPerYear: 12,
  voidShare: 0.002,
  flags: {
    minimumLivingAllowance: 0.18,
    extremelyPoor: 0.03,
    severelyDisabled: 0.06,
    unableToWork: 0.1,
    sickOrDisabledChild: 0.03,
  },
  housing: { returnShare: 0.08, refuseShare: 0.02, notDangerousShare: 0.02, lateShare: 0.05 },
  students: { schoolAgeShare: 0.85, hardshipShare: 0.2 },
  rangers: { turnoverShare: 0.04 },
} as const;

export interface PlannedPerson {
  personId: string;
  name: string;
  householdId: string;
  township: string;
  village: string;
  birthDate: string;
  registered: boolean;
  flags: Record<string, boolean>;
}

export interface HousingStepPlan {
  on: string;
  as: 'township' | 'poverty-office' | 'civil-affairs' | 'disabled-federation' | 'housing-office' | 'finance';
  body: Record<string, unknown>;
  /** Upload these file kinds (small generated files) before the step is taken. */
  uploads?: string[];
}

export interface HousingCasePlan {
  key: string;
  programme: 'R1' | 'R2';
  grade: 'C' | 'D' | 'no-house';
  township: string;
  request: Record<string, unknown>;
  steps: HousingStepPlan[];
  outcome: 'paid' | 'refused' | 'not-dangerous' | 'late-paid';
}

export interface ClaimPlan {
  on: string;
  hospitalId: string;
  body: Record<string, unknown>;
  voidOn?: string;
}

export interface StudentPlan {
  body: Record<string, unknown>;
  verifications: { semester: string; on: string }[];
  payments: Record<string, unknown>[];
}

export interface RangerPlan {
  personId: string;
  township: string;
  from: string;
  releaseOn?: string;
}

export interface YearPlan {
  options: Required<YearOptions>;
  prefix: string;
  persons: PlannedPerson[];
  chronic: { personId: string; disease: string }[];
  claims: ClaimPlan[];
  cases: HousingCasePlan[];
  students: StudentPlan[];
  rangers: RangerPlan[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
export const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const dayOfYear = (n: number): string => addDays('2019-01-01', n);

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '吴', '孙', '郭', '何', '高', '林', '罗', '包', '白'];
const GIVEN = ['示一', '示二', '样三', '样四', '例五', '例六', '演七', '演八', '试九', '试十', '模甲', '模乙'];

/** Registered-poor persons per township: the ranger table's people reached, at least 60 (柴河镇, 向阳街道). */
function townshipWeights(codes: readonly string[]): Map<string, number> {
  const quotas = ECOLOGY_2019.parameters.rangerQuotas.value;
  return new Map(codes.map((c) => [c, Math.max(60, quotas.find((q) => q.township === c)?.people ?? 60)]));
}

/** Splits n over weights with the largest-remainder method, so the parts add up to n. */
function apportion(n: number, weights: Map<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const raw = [...weights].map(([k, w]) => [k, (n * w) / total] as const);
  const out = new Map(raw.map(([k, v]) => [k, Math.floor(v)]));
  let left = n - [...out.values()].reduce((a, b) => a + b, 0);
  for (const [k] of [...raw].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (left <= 0) break;
    out.set(k, (out.get(k) ?? 0) + 1);
    left -= 1;
  }
  return out;
}

export function planYear(input: YearOptions): YearPlan {
  const options: Required<YearOptions> = {
    seed: input.seed,
    scale: input.scale,
    townships: input.townships ?? TOWNSHIPS.map((t) => t.code),
  };
  const rnd = mulberry32(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const money = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) * 100) / 100;
  const prefix = `Y${options.seed.toString(36)}`;
  const all = TOWNSHIPS.map((t) => t.code);
  const share = options.townships.length / all.length;
  const weights = townshipWeights(options.townships);

  // Roster: registered-poor households, then R2's welfare households (not registered poor: R2 四.(一)).
  const used = new Set<string>();
  let seq = 0;
  const identity = (birth: string): string => {
    for (;;) {
      const id = makeIdentity(YEAR_REGION, birth.replaceAll('-', ''), seq % 1000);
      seq += 1;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const persons: PlannedPerson[] = [];
  const householders = new Map<string, PlannedPerson[]>();
  let household = 0;
  const addHousehold = (township: string, registered: boolean, flags: Record<string, boolean>) => {
    household += 1;
    const householdId = `${prefix}-HH-${String(household).padStart(5, '0')}`;
    const tname = TOWNSHIPS.find((t) => t.code === township)?.name ?? township;
    const village = `${tname.slice(0, 2)}示例村${1 + (household % 6)}`;
    const size = pick(RATES.householdSize);
    const members: PlannedPerson[] = [];
    for (let m = 0; m < size; m += 1) {
      // The householder is an adult; the others any age (children born 2001-2016 become students).
      const year = m === 0 ? between(1945, 1985) : between(1940, 2016);
      const birthDate = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
      const p: PlannedPerson = {
        personId: identity(birthDate),
        name: `${pick(SURNAMES)}${pick(GIVEN)}`,
        householdId,
        township,
        village,
        birthDate,
        registered,
        flags: m === 0 ? { ...flags } : {},
      };
      if (m === 0) {
        for (const [flag, rate] of Object.entries(RATES.flags)) if (rnd() < rate) p.flags[flag] = true;
      }
      if (year >= 2001 && rnd() < RATES.flags.sickOrDisabledChild) p.flags.sickOrDisabledChild = true;
      members.push(p);
      persons.push(p);
    }
    const list = householders.get(township) ?? [];
    list.push(members[0]!);
    householders.set(township, list);
    return members;
  };
  const registeredCount = Math.max(
    40 * options.townships.length,
    Math.round(RATES.personsAtScale1 * options.scale * share),
  );
  const perTownship = apportion(registeredCount, weights);
  for (const [township, n] of perTownship) {
    let made = 0;
    while (made < n) made += addHousehold(township, true, {}).length;
  }

  // Housing: R1 265 C + 28 D + 280 no-house, R2 123 [R1 三; R2 三], spread over the townships played.
  const plan = HOUSING_2019.parameters.plan;
  const count = (n: number) => Math.max(1, Math.round(n * options.scale * share));
  const r1 = {
    C: count(plan.R1.cGradeHouseholds.value),
    D: count(plan.R1.dGradeHouseholds.value),
    'no-house': count(plan.R1.noHouseHouseholds.value),
  };
  const r2 = count(plan.R2.households.value);
  const cases: HousingCasePlan[] = [];
  const taken = new Set<string>();
  const takeHouseholder = (township: string, registered: boolean): PlannedPerson => {
    const list = (householders.get(township) ?? []).filter(
      (p) => p.registered === registered && !taken.has(p.householdId),
    );
    const p = list.length > 0 ? pick(list) : undefined;
    if (p) {
      taken.add(p.householdId);
      return p;
    }
    // Not enough households of that kind here: add one.
    const welfare = ['minimumLivingAllowance', 'minimumLivingAllowance', 'extremelyPoor', 'poorDisabledHousehold'];
    const flags: Record<string, boolean> = registered ? {} : { [pick(welfare)]: true };
    const made = addHousehold(township, registered, flags)[0]!;
    taken.add(made.householdId);
    return made;
  };
  const townshipOrder = [...perTownship.keys()];
  const housingPerTownship = (n: number) => apportion(n, new Map(townshipOrder.map((t) => [t, weights.get(t) ?? 1])));
  let caseNo = 0;
  for (const [grade, n] of Object.entries(r1) as ['C' | 'D' | 'no-house', number][]) {
    for (const [township, k] of housingPerTownship(n))
      for (let i = 0; i < k; i += 1) cases.push(housingCase('R1', grade, takeHouseholder(township, true)));
  }
  for (const [township, k] of housingPerTownship(r2))
    for (let i = 0; i < k; i += 1) {
      const h = takeHouseholder(township, false);
      if (!h.flags.minimumLivingAllowance && !h.flags.extremelyPoor && !h.flags.poorDisabledHousehold)
        h.flags.minimumLivingAllowance = true;
      cases.push(housingCase('R2', rnd() < 0.85 ? 'C' : 'D', h));
    }

  function housingCase(programme: 'R1' | 'R2', grade: 'C' | 'D' | 'no-house', h: PlannedPerson): HousingCasePlan {
    caseNo += 1;
    const township = h.township;
    const mode =
      grade === 'C'
        ? 'repair'
        : grade === 'D'
          ? 'self-build'
          : pick([
              'self-build',
              'self-build',
              'self-build',
              'self-build',
              'self-build',
              'self-build',
              'self-build',
              'government-backed',
              'government-backed',
              'mutual-aid',
            ] as const);
    // New-build areas within the policy's limits [R1 四.(二), 九.(三).3]: a self-build 42–60 m², an extremely poor
    // householder on the safety net (特困) at most 40 m² in any new-build mode (30–40), the government-backed and
    // mutual-aid houses at their 40 m². A repair keeps its house (no limit applies).
    const area = HOUSING_2019.parameters.area;
    const safetyNet = h.flags.extremelyPoor === true;
    const plannedArea =
      mode === 'repair'
        ? between(40, 70)
        : mode === 'self-build'
          ? safetyNet
            ? between(30, area.safetyNetMax.value)
            : between(area.selfBuildMin.value + 2, area.selfBuildMax.value)
          : mode === 'government-backed'
            ? area.governmentBackedMax.value
            : area.mutualAidMax.value;
    const repairCost = mode === 'repair' ? money(6000, 20000) : undefined;
    const appliedOn = dayOfYear(between(9, 75)); // 10 January to 17 March: the preparation phase
    const attestOn = addDays(appliedOn, -between(1, 5));
    const request: Record<string, unknown> = {
      programme,
      householdId: h.householdId,
      householderId: h.personId,
      township,
      village: h.village,
      grade,
      mode,
      plannedArea,
      ...(repairCost !== undefined ? { repairCost } : {}),
      appliedOn,
      attestations: {
        agriculturalRegistration: { by: '示例村委会', on: attestOn },
        livesInVillage: { by: '示例村委会', on: attestOn },
        housing: { by: '乡镇扶贫办', on: attestOn },
      },
    };
    const steps: HousingStepPlan[] = [];
    let d = appliedOn;
    const next = (lo: number, hi: number) => {
      d = addDays(d, between(lo, hi));
      return d;
    };
    const roll = rnd();
    const { returnShare, refuseShare, notDangerousShare, lateShare } = RATES.housing;
    const outcome: HousingCasePlan['outcome'] =
      roll < refuseShare
        ? 'refused'
        : roll < refuseShare + (grade === 'no-house' ? 0 : notDangerousShare)
          ? 'not-dangerous'
          : roll < refuseShare + notDangerousShare + lateShare
            ? 'late-paid'
            : 'paid';
    const returned = rnd() < returnShare;
    if (returned) {
      steps.push({
        on: next(1, 3),
        as: 'township',
        body: { type: 'village-review', passed: false, reason: '申请材料不全,退回补充' },
      });
      next(5, 12);
    }
    steps.push({ on: next(1, 3), as: 'township', body: { type: 'village-review', passed: true } });
    if (outcome === 'refused') {
      steps.push({
        on: next(5, 40),
        as: 'township',
        body: { type: 'refuse', evidence: '多次入户动员,农户仍不同意改造' },
      });
      return { key: `${prefix}-C${caseNo}`, programme, grade, township, request, steps, outcome };
    }
    const notice = (from: string, days: number) => addDays(from, days - 1);
    let from = next(1, 2);
    let to = notice(from, between(5, 7));
    d = addDays(to, 1);
    steps.push({ on: d, as: 'township', body: { type: 'village-notice', from, to, objections: 'none' } });
    const homeVisitOn = next(1, 3);
    const meetingOn = next(1, 3);
    steps.push({
      on: next(1, 2),
      as: 'township',
      body: { type: 'township-review', passed: true, homeVisitOn, meetingOn },
    });
    from = next(1, 2);
    to = notice(from, between(5, 7));
    d = addDays(to, 1);
    steps.push({ on: d, as: 'township', body: { type: 'township-notice', from, to, objections: 'none' } });
    if (programme === 'R1')
      steps.push({ on: next(1, 4), as: 'poverty-office', body: { type: 'identity-check', passed: true } });
    else if (h.flags.extremelyPoor || h.flags.minimumLivingAllowance)
      steps.push({ on: next(1, 4), as: 'civil-affairs', body: { type: 'identity-check', passed: true } });
    else {
      steps.push({ on: next(1, 3), as: 'disabled-federation', body: { type: 'identity-check', passed: true } });
      steps.push({ on: next(0, 3), as: 'civil-affairs', body: { type: 'identity-check', passed: true } });
    }
    if (grade !== 'no-house') {
      if (outcome === 'not-dangerous') {
        steps.push({
          on: next(2, 8),
          as: 'housing-office',
          body: { type: 'appraisal', grade: 'none', appraiser: '示例房屋鉴定站' },
        });
        return { key: `${prefix}-C${caseNo}`, programme, grade, township, request, steps, outcome };
      }
      steps.push({
        on: next(2, 8),
        as: 'housing-office',
        body: { type: 'appraisal', grade, appraiser: '示例房屋鉴定站' },
      });
    }
    const noticeFrom = next(1, 3);
    const noticeTo = notice(noticeFrom, between(5, 7));
    d = addDays(noticeTo, 1);
    steps.push({ on: d, as: 'housing-office', body: { type: 'approval', noticeFrom, noticeTo, objections: 'none' } });
    const late = outcome === 'late-paid';
    const completionBy = late ? '2019-09-30' : dayOfYear(between(196, 226)); // mid July to mid August
    steps.push({ on: next(1, 5), as: 'township', body: { type: 'agreement', completionBy } });
    if (grade === 'D')
      steps.push({ on: next(1, 6), as: 'township', body: { type: 'moved-out', arrangement: '借住亲属家' } });
    // Construction from April (the construction phase, R1 十.(二)), photographed before work starts.
    if (d < '2019-04-01') d = addDays('2019-04-01', between(0, 20));
    steps.push({ on: next(0, 5), as: 'township', body: { type: 'construction-start' }, uploads: ['before'] });
    const builtArea = plannedArea;
    const prelimOn = late ? addDays('2019-09-01', between(0, 20)) : addDays('2019-06-10', between(0, 60));
    d = prelimOn > d ? prelimOn : addDays(d, 30);
    steps.push({
      on: d,
      as: 'township',
      body: {
        type: 'preliminary-acceptance',
        builtArea,
        ...(grade === 'D' ? { oldHouse: pick(['demolished', 'sealed'] as const) } : {}),
      },
      uploads: ['after', 'missing'],
    });
    steps.push({
      on: next(4, 14),
      as: 'housing-office',
      body: { type: 'final-acceptance', builtArea, ...(repairCost !== undefined ? { repairCost } : {}) },
    });
    steps.push({
      on: next(5, 25),
      as: 'finance',
      body: { type: 'payment', account: `62170000${String(caseNo).padStart(11, '0')}` },
    });
    return { key: `${prefix}-C${caseNo}`, programme, grade, township, request, steps, outcome };
  }

  // Health [H 三.(二)]: admissions by level, majors at designated hospitals, outpatient at the township
  // clinic, monthly chronic deliveries for certified persons. Rates: RATES and docs/year.md.
  const registered = persons.filter((p) => p.registered);
  const claims: ClaimPlan[] = [];
  const chronic: { personId: string; disease: string }[] = [];
  let claimNo = 0;
  const claimId = () => {
    claimNo += 1;
    return `${prefix}-K${String(claimNo).padStart(6, '0')}`;
  };
  const county = ['zlt-peoples', 'zlt-mongolian-chinese'];
  const prefecture = ['hlbe-second-peoples', 'hlbe-infectious'];
  const designated = ['zlt-peoples', 'zlt-mongolian-chinese', 'hlbe-infectious'];
  const majors = [
    'gastric-cancer',
    'lung-cancer',
    'esophageal-cancer',
    'breast-cancer',
    'acute-myocardial-infarction',
    'end-stage-renal-disease',
    'liver-cancer',
    'colon-cancer',
  ];
  const chronicDiseases = [
    'hypertension',
    'hypertension',
    'hypertension',
    'diabetes',
    'diabetes',
    'coronary-heart-disease-cardiac-insufficiency',
    'copd',
    'stroke-sequelae',
  ];
  const icd = ['J18.9', 'I63.9', 'K80.2', 'N39.0', 'I10', 'E11.9', 'J44.1', 'S72.0', 'K29.7', 'I25.1'];
  const inpatient = (
    p: PlannedPerson,
    hospitalId: string,
    admittedOn: string,
    total: number,
    extra: Record<string, unknown>,
  ) => {
    const dischargedOn = addDays(admittedOn, between(3, 14));
    const body: Record<string, unknown> = {
      claimId: claimId(),
      personId: p.personId,
      kind: 'inpatient',
      admittedOn,
      dischargedOn: dischargedOn > '2019-12-31' ? '2019-12-31' : dischargedOn,
      diagnosis: { icd10: pick(icd) },
      referral: { registered: false, emergency: false },
      costs: {
        total,
        outOfCatalogue: Math.round(total * (0.02 + rnd() * 0.06) * 100) / 100,
        patientExcess: 0,
        hospitalExcess: 0,
      },
      ...extra,
    };
    claims.push({ on: body.dischargedOn as string, hospitalId, body });
  };
  for (const p of registered) {
    if (rnd() < RATES.majorDiseasePersonShare) {
      const disease = pick(majors);
      let on = dayOfYear(between(0, 300));
      for (let i = 0; i < pick(RATES.majorDiseaseAdmissions) && on < '2019-12-20'; i += 1) {
        inpatient(p, pick(designated), on, money(25000, 110000), {
          diagnosis: { icd10: 'C16.9', majorDisease: disease },
          referral: { registered: true, emergency: false },
        });
        on = addDays(on, between(30, 80));
      }
    }
    let admissions = 0;
    let a = RATES.admissionsPerPerson;
    while (rnd() < a) {
      admissions += 1;
      a *= 0.45; // repeat admissions are rarer than the first
    }
    for (let i = 0; i < admissions; i += 1) {
      const r = rnd();
      const level = r < RATES.admissionLevelShare.township ? 'township' : r < 0.85 ? 'county' : 'prefecture';
      const emergency = rnd() < RATES.emergencyShare;
      const hospitalId =
        level === 'township' ? `clinic-${p.township}` : level === 'county' ? pick(county) : pick(prefecture);
      const total =
        level === 'township' ? money(1200, 4500) : level === 'county' ? money(4000, 22000) : money(9000, 45000);
      const registeredReferral = level !== 'township' && rnd() < RATES.registeredReferralShareOutOfTownship;
      inpatient(p, hospitalId, dayOfYear(between(0, 350)), total, {
        referral: { registered: registeredReferral, emergency },
      });
    }
    const visits = Math.floor(RATES.outpatientVisitsPerPerson + (rnd() - 0.5) * 2 * RATES.outpatientVisitsPerPerson);
    for (let i = 0; i < visits; i += 1) {
      const on = dayOfYear(between(0, 364));
      claims.push({
        on,
        hospitalId: `clinic-${p.township}`,
        body: {
          claimId: claimId(),
          personId: p.personId,
          kind: 'outpatient',
          servedOn: on,
          diagnosis: { icd10: pick(icd) },
          costs: { total: money(25, 180) },
        },
      });
    }
    if (rnd() < RATES.chronicPersonShare) {
      const disease = pick(chronicDiseases);
      chronic.push({ personId: p.personId, disease });
      // Certified from 1 January: a delivery in each month of the year, on a day of that month.
      for (let i = 0; i < RATES.chronicDeliveriesPerYear; i += 1) {
        const on = `2019-${String(1 + Math.floor((i * 12) / RATES.chronicDeliveriesPerYear)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
        claims.push({
          on,
          hospitalId: `clinic-${p.township}`,
          body: {
            claimId: claimId(),
            personId: p.personId,
            kind: 'chronic-outpatient',
            servedOn: on,
            diagnosis: { chronicDisease: disease },
            costs: { total: money(120, 420) },
            deliveries: 1,
          },
        });
      }
    }
  }
  for (const c of claims) if (rnd() < RATES.voidShare && c.on < '2019-12-25') c.voidOn = addDays(c.on, between(1, 5));

  // Education [E 三.(二)]: the registered-poor children of school age, at their stage in 2019.
  const students: StudentPlan[] = [];
  let paymentNo = 0;
  const paymentId = () => {
    paymentNo += 1;
    return `${prefix}-E${String(paymentNo).padStart(6, '0')}`;
  };
  for (const p of registered) {
    const year = Number(p.birthDate.slice(0, 4));
    const age = 2019 - year;
    const stage =
      age >= 3 && age <= 5
        ? 'preschool'
        : age >= 6 && age <= 15
          ? 'compulsory'
          : age >= 16 && age <= 18
            ? 'high-school'
            : age >= 19 && age <= 22
              ? rnd() < 0.6
                ? 'university-bachelor'
                : 'university-junior-college'
              : undefined;
    if (!stage || rnd() > RATES.students.schoolAgeShare) continue;
    const university = stage.startsWith('university');
    const admissionYear = university
      ? Math.min(2019, 2019 - Math.max(0, age - 19))
      : Math.max(2000, year + (stage === 'preschool' ? 3 : stage === 'compulsory' ? 6 : 16));
    const s: StudentPlan = {
      body: {
        studentId: p.personId,
        name: p.name,
        householdId: p.householdId,
        township: p.township,
        family: 'registered-poor',
        stage,
        school: university ? '示例大学' : `${p.township}示例学校`,
        admissionYear,
      },
      verifications: [
        { semester: '2019-spring', on: dayOfYear(between(59, 68)) },
        { semester: '2019-autumn', on: dayOfYear(between(244, 253)) },
      ],
      payments: [],
    };
    // The milk subsidy is per academic year, never in advance: 2018/19 in spring, 2019/20 in autumn.
    if (!university)
      for (const [academicYear, lo, hi] of [
        [2018, 90, 120],
        [2019, 275, 300],
      ] as const)
        s.payments.push({
          paymentId: paymentId(),
          studentId: p.personId,
          type: 'milk-subsidy',
          academicYear,
          paidOn: dayOfYear(between(lo, hi)),
        });
    if (university && admissionYear <= 2019)
      s.payments.push({
        paymentId: paymentId(),
        studentId: p.personId,
        type: 'university-aid',
        academicYear: 2019,
        paidOn: dayOfYear(between(262, 290)),
      });
    if (rnd() < RATES.students.hardshipShare)
      s.payments.push({
        paymentId: paymentId(),
        studentId: p.personId,
        type: 'hardship-aid',
        academicYear: 2018,
        hardshipFinding: '家庭成员重病,经核实家庭经济困难',
        paidOn: dayOfYear(between(75, 110)),
      });
    students.push(s);
  }

  // Rangers [G 四.(一)]: each township's posts, working-age registered-poor adults able to work.
  const rangers: RangerPlan[] = [];
  const hired = new Set<string>();
  for (const q of ECOLOGY_2019.parameters.rangerQuotas.value) {
    if (!options.townships.includes(q.township)) continue;
    const posts = Math.max(1, Math.round(q.posts * options.scale));
    const pool = registered.filter(
      (p) =>
        p.township === q.township &&
        !p.flags.unableToWork &&
        !p.flags.severelyDisabled &&
        p.birthDate >= '1959-01-01' &&
        p.birthDate <= '2000-12-31',
    );
    const candidates = () => pool.filter((p) => !hired.has(p.householdId));
    for (let i = 0; i < posts; i += 1) {
      const c = candidates();
      const person = c.length ? pick(c) : undefined;
      if (!person) break;
      hired.add(person.householdId);
      const r: RangerPlan = { personId: person.personId, township: q.township, from: dayOfYear(between(9, 14)) };
      rangers.push(r);
      if (rnd() < RATES.rangers.turnoverShare) {
        const releaseOn = dayOfYear(between(150, 240));
        r.releaseOn = releaseOn;
        const c2 = candidates();
        const next = c2.length ? pick(c2) : undefined;
        if (next) {
          hired.add(next.householdId);
          rangers.push({ personId: next.personId, township: q.township, from: addDays(releaseOn, 1) });
        }
      }
    }
  }

  return { options, prefix, persons, chronic, claims, cases, students, rangers };
}
