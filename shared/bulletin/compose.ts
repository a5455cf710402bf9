import { canonicalJson } from '../data/canonical.js';
import type { IsoDate } from '../dates.js';
import type { HousingPolicy } from '../housing/policy.js';
import { PROGRAMMES, type CaseStatus, type Programme } from '../housing/types.js';
import { maskIdentity, maskName } from '../identity/mask.js';
import { fenToYuan, type Fen } from '../money.js';
import type { LateCase, ProgrammeFigures } from '../reports/progress.js';
import { completion, rate } from './figures.js';

/**
 * The 1st/15th bulletin (通报) as a pure composition: the townships' figures at the cut-off, their
 * submissions and the late cases in; the bulletin's content out (ranking, laggards, late cases, who did not
 * submit, narratives). No I/O, no clock: the caller passes the publication stamp. docs/bulletin.md has each
 * rule with its clause [R1/R2 八.(二): 各乡镇…每月1日和15日前报告工程进度情况,由市危改办汇总后向全市通报].
 */

export const CITY = '扎兰屯市';

/** What each programme's bulletin is called: the plan's own name for its households [R1, R2 titles]. */
export const PROGRAMME_TITLES: Record<Programme, string> = {
  R1: '建档立卡贫困户农村危房改造',
  R2: '五保户、低保户、贫困残疾人家庭农村危房改造',
};

/** 2019-08-15 → 2019年8月15日 (the dates of Chinese documents). */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日） */
export const bulletinTitle = (programme: Programme, asOf: IsoDate): string =>
  `${CITY}${PROGRAMME_TITLES[programme]}工作进度通报（截至${chineseDate(asOf)}）`;

/** The title of the whole bulletin, both programmes together. */
export const documentTitle = (asOf: IsoDate): string => `${CITY}农村危房改造工作进度通报（截至${chineseDate(asOf)}）`;

/** A township's narrative, as the township wrote it (three short texts) [R1 八.(二) 报告工程进度情况]. */
export interface Narrative {
  progress: string;
  problems: string;
  measures: string;
}

/** One township's line in a programme's bulletin; money in yuan. */
export interface BulletinRow {
  /** 1 = highest completion rate; equal rates share a rank; townships with no task have none. */
  rank: number | null;
  township: string;
  name: string;
  /** Households being renovated: cases of the programme, less refused and not-dangerous [R1 三]. */
  tasks: number;
  /** Construction started or further. */
  started: number;
  /** Passed the city's final acceptance [R1 七.(七)]. */
  accepted: number;
  /** accepted / tasks, 4 decimals; null when there is no task. */
  completionRate: number | null;
  late: number;
  committed: number;
  paid: number;
  /** Accepted with before and after photos [R1 九.(五)]. */
  withPhotos: number;
}

export interface BulletinLateCase {
  township: string;
  townshipName: string;
  village: string;
  /** Masked: the surname and stars (张**). */
  householder: string;
  /** Masked: 152103********1234. */
  identity: string;
  status: CaseStatus;
  completionBy?: IsoDate;
  finalAcceptedOn?: IsoDate;
}

export interface ProgrammeBulletin {
  programme: Programme;
  title: string;
  /** The plan the city is measured against [R1 三, R2 三]; budget in yuan. */
  plan: { households: number; budget: number; clause: string };
  rows: BulletinRow[];
  totals: Omit<BulletinRow, 'rank' | 'township' | 'name'> & {
    /** accepted / the plan's households, 4 decimals. */
    planCompletionRate: number;
    /** The no-house households' part of committed and paid: outside R1's planned investment [R1 三]. */
    noHouseCommitted: number;
    noHousePaid: number;
    /** Government-backed houses recorded as sold and the backing money due back, yuan [R1 四.(二).2, R2 八.(二)]. */
    sales: { count: number; early: number; amountDue: number };
  };
  /** Townships with a task whose completion rate is below the city's, lowest first. */
  laggards: { township: string; name: string; completionRate: number }[];
  lateCases: BulletinLateCase[];
}

export interface SubmittedNarrative extends Narrative {
  township: string;
  name: string;
  version: number;
  submittedAt: string;
  /** The township's figures at submission differ from those computed at publication (records changed since). */
  figuresChanged: boolean;
}

export interface BulletinContent {
  asOf: IsoDate;
  title: string;
  dateText: string;
  deadline: IsoDate;
  policyId: string;
  programmes: ProgrammeBulletin[];
  narratives: SubmittedNarrative[];
  /** Townships that submitted nothing for the cut-off, in the reference order. */
  missing: { township: string; name: string }[];
}

/** What the composition needs of one township. */
export interface TownshipInput {
  township: string;
  name: string;
  figures: Record<Programme, ProgrammeFigures>;
}

/** A stored submission, as composition reads it. */
export interface SubmissionInput extends Narrative {
  township: string;
  version: number;
  submittedAt: string;
  /** The canonical figures the township saw when it submitted (rowFigures of each programme). */
  figures: Record<Programme, TownshipFigures>;
}

/** The bulletin's figures of one township and programme, money in yuan. */
export function townshipFigures(f: ProgrammeFigures) {
  const { tasks, started, accepted, rate: completionRate } = completion(f);
  return {
    tasks,
    started,
    accepted,
    completionRate,
    late: f.late,
    committed: fenToYuan(f.subsidyCommitted),
    paid: fenToYuan(f.subsidyPaid),
    withPhotos: f.acceptedWithPhotos,
  };
}
export type TownshipFigures = ReturnType<typeof townshipFigures>;

/** Ranks by completion rate (exact fraction), then accepted households, then the reference order. */
function rankRows(rows: Omit<BulletinRow, 'rank'>[]): BulletinRow[] {
  const ranked = rows
    .map((r, order) => ({ r, order }))
    .filter((x) => x.r.tasks > 0)
    .sort(
      (a, b) => b.r.accepted * a.r.tasks - a.r.accepted * b.r.tasks || b.r.accepted - a.r.accepted || a.order - b.order,
    );
  const out: BulletinRow[] = [];
  ranked.forEach(({ r }, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.accepted * r.tasks === r.accepted * prev.tasks;
    out.push({ ...r, rank: tied ? prev.rank : i + 1 });
  });
  for (const r of rows) if (r.tasks <= 0) out.push({ ...r, rank: null });
  return out;
}

function programmeBulletin(
  programme: Programme,
  asOf: IsoDate,
  townships: readonly TownshipInput[],
  late: readonly (LateCase & { township: string; name?: string })[],
  policy: HousingPolicy,
): ProgrammeBulletin {
  const rows = rankRows(
    townships.map((t) => ({ township: t.township, name: t.name, ...townshipFigures(t.figures[programme]) })),
  );
  const plan = policy.parameters.plan;
  const planHouseholds =
    programme === 'R1'
      ? plan.R1.cGradeHouseholds.value + plan.R1.dGradeHouseholds.value + plan.R1.noHouseHouseholds.value
      : plan.R2.households.value;
  const planned: Fen = plan[programme].plannedInvestment.value;
  const add = (k: 'tasks' | 'started' | 'accepted' | 'late' | 'withPhotos') => rows.reduce((n, r) => n + r[k], 0);
  // Money is summed in fen from the figures, never from rounded yuan.
  const fen = (k: 'subsidyCommitted' | 'subsidyPaid' | 'noHouseSubsidyCommitted' | 'noHouseSubsidyPaid') =>
    townships.reduce((n, t) => n + t.figures[programme][k], 0);
  const tasks = add('tasks');
  const accepted = add('accepted');
  const cityRate = rate(accepted, tasks);
  const byName = new Map(townships.map((t) => [t.township, t.name]));
  return {
    programme,
    title: bulletinTitle(programme, asOf),
    plan: {
      households: planHouseholds,
      budget: fenToYuan(planned),
      clause: programme === 'R1' ? plan.R1.cGradeHouseholds.citation : plan.R2.households.citation,
    },
    rows,
    totals: {
      tasks,
      started: add('started'),
      accepted,
      completionRate: cityRate,
      late: add('late'),
      committed: fenToYuan(fen('subsidyCommitted')),
      paid: fenToYuan(fen('subsidyPaid')),
      withPhotos: add('withPhotos'),
      planCompletionRate: rate(accepted, planHouseholds) ?? 0,
      noHouseCommitted: fenToYuan(fen('noHouseSubsidyCommitted')),
      noHousePaid: fenToYuan(fen('noHouseSubsidyPaid')),
      sales: {
        count: townships.reduce((n, t) => n + t.figures[programme].sales.count, 0),
        early: townships.reduce((n, t) => n + t.figures[programme].sales.early, 0),
        amountDue: fenToYuan(townships.reduce((n, t) => n + t.figures[programme].sales.amountDue, 0)),
      },
    },
    laggards:
      cityRate === null
        ? []
        : rows
            .filter((r) => r.tasks > 0 && r.accepted * tasks < accepted * r.tasks)
            .sort((a, b) => a.accepted * b.tasks - b.accepted * a.tasks)
            .map((r) => ({ township: r.township, name: r.name, completionRate: r.completionRate ?? 0 })),
    lateCases: late
      .filter((c) => c.programme === programme)
      .map((c) => ({
        township: c.township,
        townshipName: byName.get(c.township) ?? c.township,
        village: c.village,
        householder: c.name ? maskName(c.name) : '',
        identity: maskIdentity(c.householderId),
        status: c.status,
        ...(c.completionBy ? { completionBy: c.completionBy } : {}),
        ...(c.finalAcceptedOn ? { finalAcceptedOn: c.finalAcceptedOn } : {}),
      })),
  };
}

/**
 * The bulletin for a cut-off. `townships` in the reference order (every township, with or without cases);
 * `late` the late cases with the householder's name from the roster (masked here, never stored unmasked);
 * `submissions` the townships' current submissions.
 */
export function composeBulletin(input: {
  asOf: IsoDate;
  policy: HousingPolicy;
  townships: readonly TownshipInput[];
  late: readonly (LateCase & { township: string; name?: string })[];
  submissions: readonly SubmissionInput[];
}): BulletinContent {
  const { asOf, policy, townships, submissions } = input;
  const byTownship = new Map(submissions.map((s) => [s.township, s]));
  const figuresNow = (t: TownshipInput) => canonicalJson(PROGRAMMES.map((p) => townshipFigures(t.figures[p])));
  return {
    asOf,
    title: documentTitle(asOf),
    dateText: chineseDate(asOf),
    deadline: policy.parameters.schedule.deadline.value,
    policyId: policy.id,
    programmes: PROGRAMMES.map((p) => programmeBulletin(p, asOf, townships, input.late, policy)),
    narratives: townships.flatMap((t) => {
      const s = byTownship.get(t.township);
      if (!s) return [];
      return [
        {
          township: t.township,
          name: t.name,
          version: s.version,
          submittedAt: s.submittedAt,
          progress: s.progress,
          problems: s.problems,
          measures: s.measures,
          figuresChanged: canonicalJson(PROGRAMMES.map((p) => s.figures[p])) !== figuresNow(t),
        },
      ];
    }),
    missing: townships.filter((t) => !byTownship.has(t.township)).map((t) => ({ township: t.township, name: t.name })),
  };
}
