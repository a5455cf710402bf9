import { ZHALANTUN_2019 } from '../../shared/claims/policy/zhalantun-2019.js';
import { ECOLOGY_2019 } from '../../shared/ecology/policy.js';
import { EDUCATION_2019 } from '../../shared/education/policy.js';
import { HOUSING_2019 } from '../../shared/housing/policy.js';
import { STATUS_POSITION } from '../../shared/housing/steps.js';
import { PAYERS } from '../../shared/reports/health.js';
import { TOWNSHIPS } from '../../shared/reference/townships.js';
import { pool, type YearApi } from './api.js';
import type { YearPlan } from './plan.js';
import { at, type PlayResult } from './play.js';

/**
 * The year report: what the system produced, read back through the API from what it stored, beside the
 * plan's targets. Each figure says where it comes from (docs/year.md §"How each figure is computed").
 */
const END = at('2020-01-02', '12:00:00');
const STEP = 'report';
const fen = (yuan: number) => Math.round(yuan * 100);
const yuanOf = (f: number) => Math.round(f) / 100;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);

export interface YearReport {
  seed: number;
  scale: number;
  townships: readonly string[];
  plan: Record<string, number>;
  housing: Record<string, any>;
  health: Record<string, any>;
  education: Record<string, any>;
  rangers: Record<string, any>;
  runs: Record<string, number>;
  invariants: Record<string, { ok: boolean; checked: number; problems: unknown[] }>;
  failures: { count: number; first: unknown[] };
  resources: {
    step: string;
    requests: number;
    failures: number;
    wallSeconds: number;
    latencySeconds: number;
    dynamodbRequests: number;
    rcu: number;
    wcu: number;
    s3Bytes: number;
    s3Objects: number;
  }[];
  totalSeconds: number;
}

/** `exclusive`: the stack holds this year's data only (a fresh stack), so its totals are this year's alone. */
export async function buildYearReport(
  api: YearApi,
  plan: YearPlan,
  played: PlayResult,
  exclusive = false,
): Promise<YearReport> {
  const get = (path: string, role: string) => api.call('GET', path, { as: { role }, at: END, step: STEP });
  const post = (path: string, role: string, body?: unknown) =>
    api.call('POST', path, { as: { role }, at: END, step: STEP, ...(body !== undefined ? { body } : {}) });
  const townships = plan.options.townships;
  const invariants: YearReport['invariants'] = {};

  // ---------------- Housing: the progress report at the deadline and at the year's end [R1/R2 八.(二)].
  const progressAt = async (asOf: string) => {
    const r = await post('/v1/reports/progress', 'housing-office', { asOf });
    return r.status < 300 ? r.body : undefined;
  };
  const deadline = HOUSING_2019.parameters.schedule.deadline.value;
  const [atDeadline, atYearEnd] = [await progressAt(deadline), await progressAt('2019-12-31')];
  const completion = (p: any) => {
    const tasks = p.cases - (p.stages.refused ?? 0) - (p.stages['not-dangerous'] ?? 0);
    const accepted = (p.stages['final-accepted'] ?? 0) + (p.stages.paid ?? 0) + (p.stages['subsidy-cancelled'] ?? 0);
    return { cases: p.cases, tasks, accepted, rate: tasks > 0 ? Math.round((accepted / tasks) * 10000) / 100 : null };
  };
  const byTownship = townships.map((t) => {
    const row = (atDeadline?.townships as any[] | undefined)?.find((x) => x.township === t);
    return {
      township: t,
      name: TOWNSHIPS.find((x) => x.code === t)?.name ?? t,
      R1: row ? completion(row.R1) : null,
      R2: row ? completion(row.R2) : null,
    };
  });
  const money = (report: any, programme: 'R1' | 'R2') => {
    let committed = 0;
    let paid = 0;
    let noHouseCommitted = 0;
    let noHousePaid = 0;
    let accepted = 0;
    let withPhotos = 0;
    for (const t of townships) {
      const p = (report?.townships as any[] | undefined)?.find((x) => x.township === t)?.[programme];
      if (!p) continue;
      committed += fen(p.subsidyCommitted);
      paid += fen(p.subsidyPaid);
      noHouseCommitted += fen(p.noHouseSubsidyCommitted ?? 0);
      noHousePaid += fen(p.noHouseSubsidyPaid ?? 0);
      accepted += p.accepted ?? 0;
      withPhotos += p.acceptedWithPhotos ?? 0;
    }
    return { committed, paid, noHouseCommitted, noHousePaid, accepted, acceptedWithPhotos: withPhotos };
  };
  const planR1 = HOUSING_2019.parameters.plan.R1;
  const planR2 = HOUSING_2019.parameters.plan.R2;
  const r1 = money(atYearEnd, 'R1');
  const r2 = money(atYearEnd, 'R2');
  const r1Money = {
    committed: yuanOf(r1.committed),
    paid: yuanOf(r1.paid),
    accepted: r1.accepted,
    acceptedWithPhotos: r1.acceptedWithPhotos,
  };
  const r2Money = {
    committed: yuanOf(r2.committed),
    paid: yuanOf(r2.paid),
    accepted: r2.accepted,
    acceptedWithPhotos: r2.acceptedWithPhotos,
  };
  // The no-house part is counted apart [R1 三]: the progress report's no-house figures (what leaders read).
  // Every case file is read back against them: a file's `committed` is what its current facts make due, the
  // report commits a case once the city approved it (R1 七.(五); R2 六.(五)) unless it was refused or found not
  // dangerous (then nothing is due). So the files of approved and closed cases add up to the report's committed,
  // and every file's `paid` to its paid, per programme and for the no-house households apart.
  const approvedFrom = STATUS_POSITION.approved as number;
  const closedWithout = new Set(['refused', 'not-dangerous', 'subsidy-cancelled']);
  const fileSums = { R1: { committed: 0, paid: 0 }, R2: { committed: 0, paid: 0 }, noHouse: { committed: 0, paid: 0 } };
  const fileProblems: unknown[] = [];
  let filesRead = 0;
  const opened = played.cases.filter((c) => c.caseId);
  await pool(opened, 8, async (c) => {
    const r = await api.call('GET', `/v1/housing/cases/${c.caseId}`, {
      as: { role: 'township', township: c.township },
      at: END,
      step: STEP,
    });
    if (r.status !== 200) return void fileProblems.push({ case: c.key, status: r.status });
    const file = r.body.case ?? r.body;
    filesRead += 1;
    const position = STATUS_POSITION[file.status as keyof typeof STATUS_POSITION];
    const counted = closedWithout.has(file.status) || (position !== undefined && position >= approvedFrom);
    const sums = [fileSums[c.programme as 'R1' | 'R2'], ...(c.grade === 'no-house' ? [fileSums.noHouse] : [])];
    for (const sum of sums) {
      if (counted) sum.committed += fen(file.subsidy.committed);
      sum.paid += fen(file.subsidy.paid);
    }
  });
  const fromProgress = {
    R1: { committed: r1.committed, paid: r1.paid },
    R2: { committed: r2.committed, paid: r2.paid },
    noHouse: { committed: r1.noHouseCommitted, paid: r1.noHousePaid },
  };
  for (const k of ['R1', 'R2', 'noHouse'] as const)
    if (fileSums[k].committed !== fromProgress[k].committed || fileSums[k].paid !== fromProgress[k].paid)
      fileProblems.push({
        part: k,
        files: { committed: yuanOf(fileSums[k].committed), paid: yuanOf(fileSums[k].paid) },
        progress: { committed: yuanOf(fromProgress[k].committed), paid: yuanOf(fromProgress[k].paid) },
      });
  invariants.caseFilesEqualProgress = { ok: fileProblems.length === 0, checked: filesRead, problems: fileProblems };
  const share = plan.options.scale * (townships.length / TOWNSHIPS.length);
  const housing = {
    deadline,
    completionAtDeadline: byTownship,
    budgets: {
      R1: {
        plannedBudget: planR1.plannedInvestment.value / 100,
        scaledBudget: Math.round((planR1.plannedInvestment.value / 100) * share),
        ...r1Money,
        noHouse: {
          cases: opened.filter((c) => c.grade === 'no-house').length,
          committed: yuanOf(r1.noHouseCommitted),
          paid: yuanOf(r1.noHousePaid),
        },
        committedWithoutNoHouse: yuanOf(r1.committed - r1.noHouseCommitted),
        paidWithoutNoHouse: yuanOf(r1.paid - r1.noHousePaid),
        clause: 'R1 四.(三); no-house households outside the C/D plan [R1 三]',
      },
      R2: {
        plannedBudget: planR2.plannedInvestment.value / 100,
        scaledBudget: Math.round((planR2.plannedInvestment.value / 100) * share),
        ...r2Money,
        clause: 'R2 四.(三)',
      },
    },
    photos: {
      acceptedCases: r1.accepted + r2.accepted,
      acceptedWithPhotos: r1.acceptedWithPhotos + r2.acceptedWithPhotos,
      completenessPercent:
        r1.accepted + r2.accepted > 0
          ? Math.round(((r1.acceptedWithPhotos + r2.acceptedWithPhotos) / (r1.accepted + r2.accepted)) * 10000) / 100
          : null,
      uploads: played.photos,
    },
    cases: {
      planned: plan.cases.length,
      opened: played.cases.filter((c) => c.caseId).length,
      /** Planned cases the system refused to open (should be 0: the plan keeps to the rules), and why. */
      notOpened: played.cases.filter((c) => !c.caseId).length,
      notOpenedReasons: countBy(
        played.failures.filter((f) => f.step === 'housing' && f.what.startsWith('open ')).map((f) => f.code ?? ''),
      ),
      byOutcomePlanned: countBy(plan.cases.map((c) => c.outcome)),
      returnsPlanned: plan.cases.filter((c) => c.steps.some((s) => s.body.passed === false)).length,
      stepsDone: played.cases.reduce((n, c) => n + c.done, 0),
      stepsPlanned: played.cases.reduce((n, c) => n + c.planned, 0),
    },
  };

  // ---------------- Health: monthly reports rebuilt after the late voids, against the claims they count.
  const hospitals = ((await get('/v1/hospitals', 'insurance-bureau')).body?.hospitals ?? []) as {
    hospitalId: string;
    level: string;
  }[];
  const levelOf = new Map(hospitals.map((h) => [h.hospitalId, h.level]));
  const months: { month: string; revision: number; claims: number; payers: Record<string, number>; indicators: any }[] =
    [];
  const payerProblems: unknown[] = [];
  // Months with a claim voided after their scheduled report ran are rebuilt first (POST), as the bureau would.
  const lateVoid = new Set(
    plan.claims.filter((c) => c.voidOn && c.voidOn.slice(0, 7) > c.on.slice(0, 7)).map((c) => c.on.slice(0, 7)),
  );
  // The settlements the hospitals received, by month (for the payers the month listing does not carry).
  const answeredByMonth = new Map<string, Record<string, number>>();
  for (const c of played.claims.filter((x) => !x.voided)) {
    const m = answeredByMonth.get(c.serviceDate.slice(0, 7)) ?? {};
    for (const p of PAYERS) m[p] = (m[p] ?? 0) + fen(c.amounts[p] ?? 0);
    answeredByMonth.set(c.serviceDate.slice(0, 7), m);
  }
  await pool(MONTHS, 4, async (month) => {
    if (lateVoid.has(month)) await post(`/v1/reports/health/${month}`, 'insurance-bureau');
    const read = await get(`/v1/reports/health/${month}`, 'audit');
    if (read.status !== 200) return void payerProblems.push({ month, status: read.status });
    // The claims it counts, read hospital by hospital (GET /v1/claims): each payer's month total.
    const listed: Record<string, number> = {};
    let claims = 0;
    for (const h of hospitals) {
      const r = await get(`/v1/claims?month=${month}&hospitalId=${h.hospitalId}`, 'insurance-bureau');
      if (r.status !== 200) continue;
      claims += r.body.settled;
      for (const [p, v] of Object.entries(r.body.totals as Record<string, number>))
        listed[p] = (listed[p] ?? 0) + fen(v);
    }
    for (const p of PAYERS) {
      // The finance bureau's delivery fee is not in the hospitals' month listing: against the settlements,
      // which are all the month's claims only on a stack of its own.
      const expected = p in listed ? listed[p] : exclusive ? (answeredByMonth.get(month)?.[p] ?? 0) : undefined;
      if (expected !== undefined && fen(read.body.payers[p]) !== expected)
        payerProblems.push({ month, payer: p, report: read.body.payers[p], claims: yuanOf(expected) });
    }
    if (read.body.claims !== claims) payerProblems.push({ month, report: read.body.claims, listed: claims });
    months.push({
      month,
      revision: read.body.revision,
      claims: read.body.claims,
      payers: read.body.payers,
      indicators: read.body.indicators,
    });
  });
  months.sort((a, b) => a.month.localeCompare(b.month));
  invariants.payerTotalsEqualClaims = {
    ok: payerProblems.length === 0,
    checked: months.length * PAYERS.length,
    problems: payerProblems,
  };

  // The same totals from the settlements the hospitals received (the POST answers), less the voided claims.
  const answered: Record<string, number> = Object.fromEntries(PAYERS.map((p) => [p, 0]));
  const settled = played.claims.filter((c) => !c.voided);
  for (const c of settled) for (const p of PAYERS) answered[p] = (answered[p] ?? 0) + fen(c.amounts[p] ?? 0);
  const reported: Record<string, number> = Object.fromEntries(
    PAYERS.map((p) => [p, months.reduce((n, m) => n + fen(m.payers[p] ?? 0), 0)]),
  );

  // Persons at each cap: from the settlements (rule) and the yearly ledgers (eligibility).
  const capRule = new Map<string, Set<number>>();
  for (const c of settled) {
    const key = c.rule === 'self-pay-cap' ? `self-pay-cap:${levelOf.get(c.hospitalId) ?? '?'}` : c.rule;
    if (!['standard', 'township-outpatient', 'chronic-delivery', 'outpatient-other-level'].includes(c.rule)) {
      const set = capRule.get(key) ?? new Set<number>();
      set.add(c.personKey);
      capRule.set(key, set);
    }
  }
  const basic = ZHALANTUN_2019.parameters;
  const inpatientMax = basic.basicInpatient.yearlyMaximum.value;
  const outpatientMax = basic.outpatient.yearlyMaximum.value;
  // Each person's year ledger (GET eligibility) against the caps and against the sum of their settlements.
  const byPerson = new Map<number, { inpatient: number; outpatient: number }>();
  for (const c of settled) {
    const e = byPerson.get(c.personKey) ?? { inpatient: 0, outpatient: 0 };
    if (c.kind === 'inpatient') e.inpatient += fen(c.amounts.basicInsurance ?? 0);
    if (c.kind === 'outpatient') e.outpatient += fen(c.amounts.basicInsurance ?? 0);
    byPerson.set(c.personKey, e);
  }
  const keys = [...byPerson.keys()].sort((a, b) => a - b);
  const sampleSize = Math.min(keys.length, Number(process.env.YEAR_LEDGER_SAMPLE ?? 400));
  const sample = keys
    .filter((_, i) => i % Math.max(1, Math.floor(keys.length / Math.max(1, sampleSize))) === 0)
    .slice(0, sampleSize);
  const ledgerProblems: unknown[] = [];
  let atOutpatientCap = 0;
  let atInpatientCap = 0;
  await pool(sample, 8, async (key) => {
    const personId = played.personIndex[key]!;
    const r = await get(`/v1/persons/${personId}/eligibility?on=2019-12-31`, 'insurance-bureau');
    if (r.status !== 200) return void ledgerProblems.push({ person: key, status: r.status });
    const y = r.body.year ?? {};
    const inpatient = fen(y.basicInsurance ?? 0);
    const outpatient = fen(y.outpatientBasicInsurance ?? 0);
    if (inpatient > inpatientMax)
      ledgerProblems.push({
        person: key,
        ledger: 'basicInsurance',
        value: yuanOf(inpatient),
        cap: yuanOf(inpatientMax),
      });
    if (outpatient > outpatientMax)
      ledgerProblems.push({
        person: key,
        ledger: 'outpatientBasicInsurance',
        value: yuanOf(outpatient),
        cap: yuanOf(outpatientMax),
      });
    const mine = byPerson.get(key)!;
    if (mine.inpatient !== inpatient || mine.outpatient !== outpatient)
      ledgerProblems.push({
        person: key,
        ledger: 'sum of settlements',
        ledgerValue: [yuanOf(inpatient), yuanOf(outpatient)],
        claims: [yuanOf(mine.inpatient), yuanOf(mine.outpatient)],
      });
    if (outpatient >= outpatientMax) atOutpatientCap += 1;
    if (inpatient >= inpatientMax) atInpatientCap += 1;
  });

  const reconciliation = await get('/v1/reconciliations/2019', 'audit');
  const rec = reconciliation.status === 200 ? reconciliation.body : undefined;
  const pct = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const indicatorYear = (name: string, field = 'percent') => {
    const values = pct(months.map((m) => m.indicators?.[name]?.[field] ?? null));
    return {
      monthsWithClaims: values.length,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      monthsMet: months.filter((m) => m.indicators?.[name]?.met === true).length,
      target: months[0]?.indicators?.[name]?.targetPercent ?? months[0]?.indicators?.[name]?.floorPercent ?? null,
    };
  };
  const health = {
    claims: {
      planned: plan.claims.length,
      settled: settled.length,
      voided: played.claims.filter((c) => c.voided).length,
      byKind: countBy(settled.map((c) => c.kind)),
      byLevel: countBy(settled.map((c) => levelOf.get(c.hospitalId) ?? '?')),
      byRule: countBy(settled.map((c) => c.rule)),
      persons: byPerson.size,
    },
    payers: Object.fromEntries(
      PAYERS.map((p) => [p, { monthlyReports: yuanOf(reported[p] ?? 0), settlements: yuanOf(answered[p] ?? 0) }]),
    ),
    targets: {
      majorDiseaseEffectiveRatio: indicatorYear('majorDiseaseEffectiveRatio'),
      criticalIllnessEffectiveRatio: indicatorYear('criticalIllnessEffectiveRatio'),
      chronicEffectiveRatio: indicatorYear('chronicEffectiveRatio'),
      belowPolicyRangeFloor: {
        claims: months.reduce((n, m) => n + (m.indicators?.belowPolicyRangeFloor?.claims ?? 0), 0),
        of: months.reduce((n, m) => n + (m.indicators?.belowPolicyRangeFloor?.of ?? 0), 0),
        floorPercent: months[0]?.indicators?.belowPolicyRangeFloor?.floorPercent ?? null,
      },
    },
    monthly: months.map((m) => ({
      month: m.month,
      revision: m.revision,
      claims: m.claims,
      majorDisease: m.indicators?.majorDiseaseEffectiveRatio?.percent ?? null,
      criticalIllness: m.indicators?.criticalIllnessEffectiveRatio?.percent ?? null,
      chronic: m.indicators?.chronicEffectiveRatio?.percent ?? null,
      belowFloor: m.indicators?.belowPolicyRangeFloor?.claims ?? 0,
    })),
    personsAtCaps: {
      ...Object.fromEntries([...capRule].map(([k, v]) => [k, v.size])),
      [`outpatientBasicYearlyMaximum (of ${sample.length} ledgers read)`]: atOutpatientCap,
      [`inpatientBasicYearlyMaximum (of ${sample.length} ledgers read)`]: atInpatientCap,
    },
    reconciliation: rec
      ? {
          mode: rec.mode,
          persons: rec.persons,
          refundTotal: rec.refundTotal,
          recoverableTotal: rec.recoverableTotal,
          payers: rec.payers,
        }
      : { status: reconciliation.status },
  };

  // ---------------- Education: payments per type against the caps [E 三.(二)], read per student.
  const edu = EDUCATION_2019.parameters;
  const perType: Record<string, { payments: number; yuan: number }> = {};
  const eduProblems: unknown[] = [];
  const students = plan.students.map((s) => s.body.studentId as string);
  await pool(students, 8, async (id) => {
    const r = await get(`/v1/education/students/${id}`, 'audit');
    if (r.status !== 200) return void eduProblems.push({ student: 'read', status: r.status });
    for (const p of (r.body.payments ?? []) as { type: string; amount: number }[]) {
      const t = perType[p.type] ?? { payments: 0, yuan: 0 };
      perType[p.type] = t;
      t.payments += 1;
      t.yuan = yuanOf(fen(t.yuan) + fen(p.amount));
    }
    const caps = (r.body.caps ?? {}) as Record<string, { cap: number; paid: number }>;
    for (const [name, c] of Object.entries(caps))
      if (c && typeof c.cap === 'number' && c.paid > c.cap)
        eduProblems.push({ ledger: name, paid: c.paid, cap: c.cap });
    const milk = ((r.body.payments ?? []) as { type: string; academicYear: number }[]).filter(
      (p) => p.type === 'milk-subsidy',
    );
    if (new Set(milk.map((p) => p.academicYear)).size !== milk.length)
      eduProblems.push({ ledger: 'milk-subsidy', twice: true });
  });
  const education = {
    students: students.length,
    byStage: countBy(plan.students.map((s) => s.body.stage as string)),
    perType,
    caps: {
      universityAidPerYear: edu.universityAid.perAcademicYear.value / 100,
      universityAidCapBachelor: edu.universityAid.capBachelor.value / 100,
      universityAidCapJuniorCollege: edu.universityAid.capJuniorCollege.value / 100,
      milkSubsidyPerYear: edu.milkSubsidy.perYear.value / 100,
      hardshipAid: Object.fromEntries(Object.entries(edu.hardshipAid).map(([k, v]) => [k, v.value / 100])),
      clause: 'E 三.(二)',
    },
    refused: played.education.refused,
  };
  invariants.ledgersWithinCaps = {
    ok: ledgerProblems.length === 0 && eduProblems.length === 0,
    checked: sample.length + students.length,
    problems: [...ledgerProblems, ...eduProblems].slice(0, 50),
  };

  // ---------------- Rangers: posts and pay against 480 × 3,200 = 1,536,000 [G 四.(一)].
  const eco = ECOLOGY_2019.parameters;
  const quotaPosts = eco.rangerQuotas.value
    .filter((q) => townships.includes(q.township))
    .reduce((n, q) => n + q.posts, 0);
  let rangerPaid = 0;
  for (const run of played.rangers.payRuns) {
    const b = run.body as any;
    const total = b?.total ?? b?.paid ?? b?.amount;
    if (typeof total === 'number') rangerPaid += fen(total);
  }
  const rangers = {
    posts: {
      quota: quotaPosts,
      scaled: plan.rangers.filter((r) => r.from <= '2019-01-31').length,
      hired: played.rangers.hired,
      released: played.rangers.released,
    },
    pay: {
      paid: yuanOf(rangerPaid),
      target: (quotaPosts * eco.rangerPayPerYear.value) / 100,
      scaledTarget: Math.round(
        (plan.rangers.filter((r) => r.from <= '2019-01-31').length * eco.rangerPayPerYear.value) / 100,
      ),
      perPost: eco.rangerPayPerYear.value / 100,
      clause: 'G 四.(一)',
    },
    payRuns: played.rangers.payRuns.map((r) => ({
      month: r.month,
      status: r.status,
      total: (r.body as any)?.total ?? null,
    })),
  };

  // ---------------- Runs and the bulletin check.
  const bulletinProblems = played.bulletins.flatMap((b) => b.mismatches.map((m) => ({ asOf: b.asOf, ...m })));
  invariants.bulletinEqualsProgress = {
    ok: bulletinProblems.length === 0 && played.bulletins.every((b) => b.published),
    checked: played.bulletins.reduce((n, b) => n + b.rowsCompared, 0),
    problems: bulletinProblems.slice(0, 20),
  };
  const fired = (name: string, ok = true) =>
    played.schedules.filter((s) => s.name === name && (!ok || s.status < 300)).length;
  const runs = {
    bulletinsPublished: played.bulletins.filter((b) => b.published).length,
    healthReports2019: played.schedules.filter(
      (s) =>
        s.name === 'monthly-health-report' && s.status < 300 && String((s.result as any)?.month).startsWith('2019'),
    ).length,
    healthReportReruns: lateVoid.size,
    progressReportsScheduled: fired('progress-report'),
    bulletinDraftsScheduled: fired('bulletin-draft'),
    photoSweeps: fired('photo-sweep'),
    reconciliationRuns: fired('yearly-reconciliation'),
  };

  return {
    seed: plan.options.seed,
    scale: plan.options.scale,
    townships,
    plan: {
      persons: plan.persons.length,
      registeredPersons: plan.persons.filter((p) => p.registered).length,
      households: new Set(plan.persons.map((p) => p.householdId)).size,
      cases: plan.cases.length,
      claims: plan.claims.length,
      chronicPersons: plan.chronic.length,
      students: plan.students.length,
      rangerPosts: plan.rangers.length,
      ...Object.fromEntries(
        [
          'minimumLivingAllowance',
          'extremelyPoor',
          'severelyDisabled',
          'unableToWork',
          'sickOrDisabledChild',
          'poorDisabledHousehold',
        ].map((f) => [`flag ${f}`, plan.persons.filter((p) => p.flags[f]).length]),
      ),
    },
    housing,
    health,
    education,
    rangers,
    runs,
    invariants,
    failures: { count: played.failureCount, first: played.failures.slice(0, 20) },
    resources: [],
    totalSeconds: 0,
  };
}

function countBy(xs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

export function resultLines(r: YearReport): string[] {
  const total = (k: 'rcu' | 'wcu') => Math.round(r.resources.reduce((n, s) => n + s[k], 0));
  return [
    `RESULT year_total_s ${r.totalSeconds} s`,
    `RESULT year_claims ${r.health.claims.settled + r.health.claims.voided} claims`,
    `RESULT year_wcu ${total('wcu')} WCU`,
    `RESULT year_rcu ${total('rcu')} RCU`,
    `RESULT year_bulletins ${r.runs.bulletinsPublished} bulletins`,
    `RESULT year_health_reports ${r.runs.healthReports2019} reports`,
  ];
}

const n = (x: unknown) =>
  typeof x === 'number' ? x.toLocaleString('en-US') : x === null || x === undefined ? '—' : String(x);

/** The readable page: each section beside its target. */
export function yearMarkdown(r: YearReport): string {
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  const table = (head: string[], rows: unknown[][]) => {
    p(`| ${head.join(' | ')} |`);
    p(`|${head.map(() => '---').join('|')}|`);
    for (const row of rows) p(`| ${row.map(n).join(' | ')} |`);
    p();
  };
  p('# The 2019 programme year');
  p();
  p(
    `Seed ${r.seed}, scale ${r.scale}, ${r.townships.length} township(s); ${r.totalSeconds} s in all; ${r.failures.count} failed requests.`,
  );
  p();
  p('## Invariants');
  p();
  table(
    ['check', 'ok', 'checked', 'problems'],
    Object.entries(r.invariants).map(([k, v]) => [k, v.ok ? 'yes' : 'NO', v.checked, v.problems.length]),
  );
  p('## Housing (R1, R2)');
  p();
  p(
    `Completion by ${r.housing.deadline} per township (accepted ÷ tasks; tasks = cases less refused and not dangerous):`,
  );
  p();
  table(
    ['township', 'R1 tasks', 'R1 accepted', 'R1 %', 'R2 tasks', 'R2 accepted', 'R2 %'],
    r.housing.completionAtDeadline.map((t: any) => [
      t.name,
      t.R1?.tasks,
      t.R1?.accepted,
      t.R1?.rate,
      t.R2?.tasks,
      t.R2?.accepted,
      t.R2?.rate,
    ]),
  );
  const b = r.housing.budgets;
  table(
    [
      'programme',
      'plan budget',
      'scaled budget',
      'committed',
      'paid',
      'no-house committed',
      'no-house paid',
      'C/D committed',
      'C/D paid',
    ],
    [
      [
        'R1',
        b.R1.plannedBudget,
        b.R1.scaledBudget,
        b.R1.committed,
        b.R1.paid,
        b.R1.noHouse.committed,
        b.R1.noHouse.paid,
        b.R1.committedWithoutNoHouse,
        b.R1.paidWithoutNoHouse,
      ],
      ['R2', b.R2.plannedBudget, b.R2.scaledBudget, b.R2.committed, b.R2.paid, '—', '—', b.R2.committed, b.R2.paid],
    ],
  );
  p(
    `Photo completeness: ${n(r.housing.photos.acceptedWithPhotos)} of ${n(r.housing.photos.acceptedCases)} accepted cases have their photos (${n(r.housing.photos.completenessPercent)}%); ${n(r.housing.photos.uploads.uploaded)} files uploaded (${n(r.housing.photos.uploads.bytes)} bytes), ${n(r.housing.photos.uploads.accepted)} accepted.`,
  );
  p();
  p(
    `Cases: ${n(r.housing.cases.opened)} opened of ${n(r.housing.cases.planned)} planned (${n(r.housing.cases.notOpened)} refused at opening${r.housing.cases.notOpened ? ` ${JSON.stringify(r.housing.cases.notOpenedReasons)}` : ''}); planned outcomes ${JSON.stringify(r.housing.cases.byOutcomePlanned)}; ${n(r.housing.cases.returnsPlanned)} returned once; ${n(r.housing.cases.stepsDone)} of ${n(r.housing.cases.stepsPlanned)} steps recorded.`,
  );
  p();
  p('## Health');
  p();
  p(
    `${n(r.health.claims.settled)} claims settled, ${n(r.health.claims.voided)} voided, over ${n(r.health.claims.persons)} persons. By kind ${JSON.stringify(r.health.claims.byKind)}; by level ${JSON.stringify(r.health.claims.byLevel)}.`,
  );
  p();
  table(
    ['payer', 'monthly reports (yuan)', 'settlements (yuan)'],
    Object.entries(r.health.payers).map(([k, v]: [string, any]) => [k, v.monthlyReports, v.settlements]),
  );
  const t = r.health.targets;
  table(
    ['indicator', 'target %', 'months with claims', 'min %', 'max %', 'months met'],
    [
      [
        'major disease effective ratio',
        t.majorDiseaseEffectiveRatio.target,
        t.majorDiseaseEffectiveRatio.monthsWithClaims,
        t.majorDiseaseEffectiveRatio.min,
        t.majorDiseaseEffectiveRatio.max,
        t.majorDiseaseEffectiveRatio.monthsMet,
      ],
      [
        'critical illness effective ratio',
        t.criticalIllnessEffectiveRatio.target,
        t.criticalIllnessEffectiveRatio.monthsWithClaims,
        t.criticalIllnessEffectiveRatio.min,
        t.criticalIllnessEffectiveRatio.max,
        t.criticalIllnessEffectiveRatio.monthsMet,
      ],
      [
        'chronic effective ratio',
        t.chronicEffectiveRatio.target,
        t.chronicEffectiveRatio.monthsWithClaims,
        t.chronicEffectiveRatio.min,
        t.chronicEffectiveRatio.max,
        t.chronicEffectiveRatio.monthsMet,
      ],
    ],
  );
  p(
    `Below the ${n(t.belowPolicyRangeFloor.floorPercent)}% policy-range floor: ${n(t.belowPolicyRangeFloor.claims)} of ${n(t.belowPolicyRangeFloor.of)} claims.`,
  );
  p();
  table(
    ['month', 'revision', 'claims', 'major %', 'critical %', 'chronic %', 'below floor'],
    r.health.monthly.map((m: any) => [
      m.month,
      m.revision,
      m.claims,
      m.majorDisease,
      m.criticalIllness,
      m.chronic,
      m.belowFloor,
    ]),
  );
  table(['cap or rule reached', 'persons'], Object.entries(r.health.personsAtCaps));
  p(`Reconciliation of 2019 (run 2 January 2020): ${JSON.stringify(r.health.reconciliation)}`);
  p();
  p('## Education');
  p();
  table(
    ['type', 'payments', 'yuan'],
    Object.entries(r.education.perType).map(([k, v]: [string, any]) => [k, v.payments, v.yuan]),
  );
  p(
    `Caps (E 三.(二)): ${JSON.stringify(r.education.caps)}. Students ${n(r.education.students)} by stage ${JSON.stringify(r.education.byStage)}.`,
  );
  p();
  p('## Rangers');
  p();
  p(
    `Posts: quota ${n(r.rangers.posts.quota)}, hired ${n(r.rangers.posts.hired)}, released ${n(r.rangers.posts.released)}. Paid ${n(r.rangers.pay.paid)} yuan against ${n(r.rangers.pay.target)} (${n(r.rangers.pay.perPost)} a post a year, G 四.(一)); scaled target ${n(r.rangers.pay.scaledTarget)}.`,
  );
  p();
  p('## Runs');
  p();
  table(['run', 'count'], Object.entries(r.runs));
  p('## Resources per step');
  p();
  table(
    [
      'step',
      'requests',
      'failed',
      'wall s',
      'summed latency s',
      'DynamoDB requests',
      'RCU',
      'WCU',
      'S3 bytes',
      'S3 objects',
    ],
    r.resources.map((s) => [
      s.step,
      s.requests,
      s.failures,
      s.wallSeconds,
      s.latencySeconds,
      s.dynamodbRequests,
      s.rcu,
      s.wcu,
      s.s3Bytes,
      s.s3Objects,
    ]),
  );
  if (r.failures.count > 0) {
    p(`## Failed requests (${r.failures.count}; the first ${r.failures.first.length})`);
    p();
    for (const f of r.failures.first) p(`- ${JSON.stringify(f)}`);
    p();
  }
  p('```');
  for (const l of resultLines(r)) p(l);
  p('```');
  return `${lines.join('\n')}\n`;
}
