import { BUCKET_PREFIXES } from '../../shared/data/bucket-prefixes.js';
import { SCHEDULES } from '../../shared/platform/routes/index.js';
import type { ScheduleDef } from '../../shared/platform/types.js';
import { type Answer, type Caller, pool, type YearApi } from './api.js';
import { addDays, type HousingCasePlan, type YearPlan } from './plan.js';

/**
 * Plays a planned year through the public API, day by day on the simulated clock: each day the schedules
 * that fire on it (as EventBridge Scheduler would), then the day's housing steps, claims, education and
 * ranger acts, then — on the 1st and 15th — the townships' submissions, the housing office's bulletin and a
 * progress report at the same cut-off to compare it with. Nothing waits in real time.
 */
export interface PlayOptions {
  from?: string;
  to?: string;
  concurrency?: number;
  /**
   * Claims in flight (default twice `concurrency`): a claim is one short transaction, the hospitals send many
   * at once, and the housing cases hold their requests in flight longer (uploads and their checks).
   */
  claimConcurrency?: number;
  /** The cut-offs whose bulletin is published (default: every 1st and 15th of 2019). */
  bulletins?: readonly string[];
  /** The schedules fired on the simulated clock (default: every schedule of the route table). */
  schedules?: readonly string[];
  /** Run the yearly reconciliation schedule (2 January 2020). */
  reconcile?: boolean;
  log?: (line: string) => void;
}

export interface ClaimRecord {
  claimId: string;
  personKey: number;
  hospitalId: string;
  kind: string;
  serviceDate: string;
  rule: string;
  amounts: Record<string, number>;
  voided: boolean;
}

export interface Failure {
  step: string;
  what: string;
  status: number;
  code?: string;
  message?: string;
}

export interface BulletinCheck {
  asOf: string;
  published: boolean;
  revision?: number;
  progressRevision?: number;
  /** Township rows whose bulletin figures differ from the progress report at the same cut-off. */
  mismatches: { programme: string; township: string; bulletin: unknown; progress: unknown }[];
  rowsCompared: number;
}

export interface PlayResult {
  claims: ClaimRecord[];
  personIndex: string[];
  cases: {
    key: string;
    caseId?: string;
    programme: string;
    grade: string;
    township: string;
    outcome: string;
    done: number;
    planned: number;
  }[];
  photos: { requested: number; uploaded: number; bytes: number; accepted: number; rejected: number; pending: number };
  bulletins: BulletinCheck[];
  schedules: { name: string; at: string; status: number; result: unknown }[];
  education: { payments: { type: string; amount: number; studentId: string }[]; refused: number };
  rangers: { hired: number; released: number; payRuns: { month: string; status: number; body: unknown }[] };
  failures: Failure[];
  failureCount: number;
  wallMs: number;
}

const SHANGHAI = '+08:00';
export const at = (date: string, time: string): string => new Date(`${date}T${time}${SHANGHAI}`).toISOString();

function cronMatches(field: string | undefined, value: number): boolean {
  if (field === undefined || field === '*' || field === '?') return true;
  return field.split(',').some((p) => Number(p) === value);
}

/** The instants (in order) at which the schedules fire on a Shanghai calendar day. */
export function firesOn(date: string, schedules: readonly ScheduleDef[] = SCHEDULES): { s: ScheduleDef; at: string }[] {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const out: { s: ScheduleDef; at: string; key: string }[] = [];
  for (const s of schedules) {
    if (!cronMatches(s.cron.day, day) || !cronMatches(s.cron.month, month)) continue;
    for (const h of (s.cron.hour ?? '0').split(','))
      for (const m of (s.cron.minute ?? '0').split(',')) {
        const time = `${h.padStart(2, '0')}:${m.padStart(2, '0')}:00`;
        out.push({ s, at: at(date, time), key: time });
      }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key)).map(({ s, at }) => ({ s, at }));
}

/** A small generated JPEG (SOI, JFIF, a comment of filler, SOF0 with the size, EOI): what the check reads. */
export function generatedJpeg(width: number, height: number, fillerBytes: number, seed: number): Buffer {
  const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  const filler = Buffer.alloc(Math.min(65_000, fillerBytes));
  let s = seed >>> 0 || 1;
  for (let i = 0; i < filler.length; i += 1) {
    s = (s * 1664525 + 1013904223) >>> 0;
    filler[i] = (s >>> 24) % 0xfe; // never 0xff: no marker inside the comment
  }
  return Buffer.concat([
    Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      ...be16(16),
      0x4a,
      0x46,
      0x49,
      0x46,
      0x00,
      0x01,
      0x01,
      0x00,
      0,
      1,
      0,
      1,
      0,
      0,
    ]),
    Buffer.from([0xff, 0xfe, ...be16(filler.length + 2)]),
    filler,
    Buffer.from([0xff, 0xc0, ...be16(17), 0x08, ...be16(height), ...be16(width), 0x03]),
    Buffer.from([0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9]),
  ]);
}

/** Files of one case uploaded at the same time (a township clerk's phone sends a step's photos together). */
const PHOTO_UPLOADS_PER_CASE = 4;

const isCutOff = (d: string) => d.endsWith('-01') || d.endsWith('-15');
const lastDayOfMonth = (d: string) => addDays(d, 1).endsWith('-01');

export async function playYear(api: YearApi, plan: YearPlan, o: PlayOptions = {}): Promise<PlayResult> {
  const log = o.log ?? (() => undefined);
  const concurrency = o.concurrency ?? 8;
  const claimConcurrency = o.claimConcurrency ?? 2 * concurrency;
  const from = o.from ?? '2019-01-01';
  const to = o.to ?? '2020-01-02';
  const started = performance.now();
  const failures: Failure[] = [];
  let failureCount = 0;
  const fail = (step: string, what: string, r: Answer) => {
    failureCount += 1;
    if (failures.length < 200)
      failures.push({
        step,
        what,
        status: r.status,
        ...(r.body?.error?.code ? { code: r.body.error.code } : {}),
        ...(r.body?.error?.message ? { message: String(r.body.error.message).slice(0, 300) } : {}),
      });
  };
  const personIndex = plan.persons.map((p) => p.personId);
  const personKey = new Map(personIndex.map((id, i) => [id, i]));
  const result: PlayResult = {
    claims: [],
    personIndex,
    cases: [],
    photos: { requested: 0, uploaded: 0, bytes: 0, accepted: 0, rejected: 0, pending: 0 },
    bulletins: [],
    schedules: [],
    education: { payments: [], refused: 0 },
    rangers: { hired: 0, released: 0, payRuns: [] },
    failures,
    failureCount: 0,
    wallMs: 0,
  };
  const phase = async (step: string, run: () => Promise<void>) => {
    const t = performance.now();
    await run();
    api.statsOf(step).wallMs += performance.now() - t;
  };

  // --- The roster, from the three bodies that own its fields, before the year starts (R1 四.(一); H 二).
  await phase('roster', async () => {
    const rows = plan.persons.map((p) => ({
      personId: p.personId,
      name: p.name,
      householdId: p.householdId,
      township: p.township,
      village: p.village,
      birthDate: p.birthDate,
      insuredYears: [2018, 2019],
      ...(p.registered ? { registeredFrom: '2016-03-01' } : {}),
    }));
    const owners: [string, string[]][] = [
      ['civil-affairs', ['minimumLivingAllowance', 'lowIncomeFamily', 'extremelyPoor', 'orphan']],
      ['disabled-federation', ['severelyDisabled', 'unableToWork', 'poorDisabledHousehold', 'sickOrDisabledChild']],
    ];
    const loads: { role: string; rows: Record<string, unknown>[] }[] = [{ role: 'poverty-office', rows }];
    for (const [role, fields] of owners) {
      const flagged = plan.persons
        .map((p, i) => ({
          p,
          row: rows[i]!,
          flags: Object.fromEntries(fields.filter((f) => p.flags[f]).map((f) => [f, true])),
        }))
        .filter((x) => Object.keys(x.flags).length > 0)
        .map(({ row, flags }) => {
          const { registeredFrom: _r, ...rest } = row as Record<string, unknown>;
          return { ...rest, flags };
        });
      if (flagged.length) loads.push({ role, rows: flagged });
    }
    for (const load of loads) {
      const batches: Record<string, unknown>[][] = [];
      for (let i = 0; i < load.rows.length; i += 500) batches.push(load.rows.slice(i, i + 500));
      await pool(batches, 2, async (persons) => {
        const r = await api.call('PUT', '/v1/roster/persons', {
          as: { role: load.role },
          body: { persons },
          at: at('2019-01-02', '09:00:00'),
          step: 'roster',
        });
        if (r.status >= 300 || r.body?.rejected?.length) fail('roster', `${load.role} load`, r);
      });
    }
    await pool(plan.chronic, concurrency, async (c) => {
      const r = await api.call('POST', `/v1/persons/${c.personId}/chronic-certifications`, {
        as: { role: 'insurance-bureau' },
        body: { disease: c.disease, certifiedBy: 'insurance-bureau', from: '2019-01-01' },
        at: at('2019-01-03', '10:00:00'),
        step: 'roster',
      });
      if (r.status >= 300) fail('roster', `chronic certification ${c.disease}`, r);
    });
  });
  log(`roster: ${plan.persons.length} persons, ${plan.chronic.length} chronic certifications`);

  // --- Agendas by day.
  const byDay = <T>(items: readonly T[], dayOf: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const t of items) {
      const d = dayOf(t);
      const list = m.get(d) ?? [];
      list.push(t);
      m.set(d, list);
    }
    return m;
  };
  type CaseAct = { c: HousingCasePlan; index: number };
  const caseActs: CaseAct[] = [];
  for (const c of plan.cases) {
    caseActs.push({ c, index: -1 });
    for (let index = 0; index < c.steps.length; index += 1) caseActs.push({ c, index });
  }
  const housingDays = byDay(caseActs, (a) =>
    a.index < 0 ? (a.c.request.appliedOn as string) : a.c.steps[a.index]!.on,
  );
  const claimDays = byDay(plan.claims, (c) => c.on);
  const voidDays = byDay(
    plan.claims.filter((c) => c.voidOn),
    (c) => c.voidOn as string,
  );
  type EduAct = { kind: 'register' | 'verify' | 'pay'; studentId: string; body: Record<string, unknown>; on: string };
  const eduActs: EduAct[] = [];
  for (const s of plan.students) {
    const studentId = s.body.studentId as string;
    eduActs.push({ kind: 'register', studentId, body: s.body, on: '2019-01-07' });
    for (const v of s.verifications) eduActs.push({ kind: 'verify', studentId, body: v, on: v.on });
    for (const p of s.payments) eduActs.push({ kind: 'pay', studentId, body: p, on: p.paidOn as string });
  }
  const eduDays = byDay(eduActs, (a) => a.on);
  type RangerAct = { kind: 'hire' | 'release'; personId: string; township: string; on: string };
  const rangerActs: RangerAct[] = [];
  for (const r of plan.rangers) {
    rangerActs.push({ kind: 'hire', personId: r.personId, township: r.township, on: r.from });
    if (r.releaseOn) rangerActs.push({ kind: 'release', personId: r.personId, township: r.township, on: r.releaseOn });
  }
  const rangerDays = byDay(rangerActs, (a) => a.on);

  const caseIds = new Map<string, string>();
  const broken = new Set<string>();
  const doneSteps = new Map<string, number>();
  const pendingPhotos = new Map<string, { caseId: string; photoId: string; township: string }[]>();
  const townshipCaller = (township: string): Caller => ({ role: 'township', township });
  let photoSeed = plan.options.seed;

  const uploadFile = async (c: HousingCasePlan, caseId: string, kind: string, when: string) => {
    photoSeed += 1;
    const bytes = generatedJpeg(1280, 960, 6_000 + (photoSeed % 20) * 1_000, photoSeed);
    const r = await api.call('POST', `/v1/housing/cases/${caseId}/photos`, {
      as: townshipCaller(c.township),
      body: { kind, contentType: 'image/jpeg', size: bytes.length },
      at: when,
      step: 'housing-photos',
    });
    result.photos.requested += 1;
    if (r.status !== 201) return fail('housing-photos', `photo ${kind}`, r);
    const status = await api.upload(r.body.upload.url, r.body.upload.fields, bytes, 'image/jpeg', 'housing-photos');
    if (status >= 300) return fail('housing-photos', `upload ${kind}`, { status, body: undefined });
    result.photos.uploaded += 1;
    result.photos.bytes += bytes.length;
    const list = pendingPhotos.get(c.key) ?? [];
    list.push({ caseId, photoId: r.body.photoId, township: c.township });
    pendingPhotos.set(c.key, list);
  };

  /**
   * Waits until the storage event has judged every upload of the case, then reads each verdict through the API.
   * The local stack says when its S3 event invocations for the case's uploads are done (`/dev/events/settled`),
   * so each photo is read once; a verdict still missing then (a check that failed and waits for its retry or
   * the sweep) is polled for, less and less often.
   */
  const settlePhotos = async (c: HousingCasePlan, when: string) => {
    const pending = pendingPhotos.get(c.key) ?? [];
    if (pending.length) await api.settled(`${BUCKET_PREFIXES.photoUploads}${pending[0]!.caseId}/photos/`);
    for (const p of pending) {
      for (let i = 0; ; i += 1) {
        const r = await api.call('GET', `/v1/housing/cases/${p.caseId}/photos/${p.photoId}`, {
          as: townshipCaller(p.township),
          at: when,
          step: 'housing-photos',
        });
        const status = r.body?.status;
        if (status === 'accepted' || status === 'rejected' || i >= 40) {
          if (status === 'accepted') result.photos.accepted += 1;
          else if (status === 'rejected') result.photos.rejected += 1;
          else result.photos.pending += 1;
          break;
        }
        await new Promise((ok) => setTimeout(ok, Math.min(1_000, 25 * 2 ** i)));
      }
    }
    pendingPhotos.delete(c.key);
  };

  const runCaseAct = async ({ c, index }: CaseAct) => {
    if (broken.has(c.key)) return;
    if (index < 0) {
      const r = await api.call('POST', '/v1/housing/cases', {
        as: townshipCaller(c.township),
        body: c.request,
        at: at(c.request.appliedOn as string, '10:00:00'),
        step: 'housing',
      });
      if (r.status !== 201) {
        broken.add(c.key);
        return fail('housing', `open ${c.programme} ${c.grade}`, r);
      }
      caseIds.set(c.key, r.body.caseId);
      return;
    }
    const caseId = caseIds.get(c.key);
    if (!caseId) return;
    const step = c.steps[index]!;
    const when = at(step.on, '11:00:00');
    if (step.body.type === 'final-acceptance') await settlePhotos(c, when);
    const as: Caller = step.as === 'township' ? townshipCaller(c.township) : { role: step.as };
    const r = await api.call('POST', `/v1/housing/cases/${caseId}/events`, {
      as,
      body: { ...step.body, on: step.on },
      at: when,
      step: 'housing',
    });
    if (r.status !== 201) {
      broken.add(c.key);
      return fail('housing', `${c.programme} ${c.grade} ${String(step.body.type)}`, r);
    }
    doneSteps.set(c.key, (doneSteps.get(c.key) ?? 0) + 1);
    if (!step.uploads?.length) return;
    // The step's files, as a clerk's phone sends them: several at once (PHOTO_UPLOADS_PER_CASE), each checked
    // by the storage event; the final acceptance waits until every one is judged.
    const photoAt = at(step.on, '15:00:00');
    const kinds = step.uploads.filter((k) => k !== 'missing');
    if (step.uploads.includes('missing')) {
      const file = await api.call('GET', `/v1/housing/cases/${caseId}`, {
        as: townshipCaller(c.township),
        at: photoAt,
        step: 'housing-photos',
      });
      const missing = (file.body?.documents?.missing as string[] | undefined) ?? [];
      kinds.push(...missing.filter((k) => !kinds.includes(k)));
    }
    await pool(kinds, PHOTO_UPLOADS_PER_CASE, (kind) => uploadFile(c, caseId, kind, photoAt));
  };

  const gather = <T>(m: Map<string, T[]>, days: readonly string[]): T[] => days.flatMap((d) => m.get(d) ?? []);

  /** Groups a day's acts into lanes (one entity each, in order); lanes run concurrently. */
  const lanes = async <T>(
    acts: readonly T[] | undefined,
    key: (t: T) => string,
    run: (t: T) => Promise<void>,
    size = concurrency,
  ) => {
    if (!acts?.length) return;
    const m = new Map<string, T[]>();
    for (const a of acts) {
      const k = key(a);
      const list = m.get(k) ?? [];
      list.push(a);
      m.set(k, list);
    }
    await pool([...m.values()], size, async (list) => {
      for (const a of list) await run(a);
    });
  };

  /**
   * The acts dated on `days`: the housing cases beside the other offices (different people, different items),
   * those one programme after the other; each programme timed, entities in parallel, each in date order.
   */
  const runActs = async (days: readonly string[]) => {
    await Promise.all([
      phase('housing', () => lanes(gather(housingDays, days), (a) => a.c.key, runCaseAct)),
      runOffices(days),
    ]);
  };

  const runOffices = async (days: readonly string[]) => {
    await phase('claims', async () => {
      await lanes(
        gather(claimDays, days),
        (c) => c.body.personId as string,
        async (c) => {
          const r = await api.call('POST', '/v1/claims', {
            as: { role: 'hospital', hospitalId: c.hospitalId },
            body: c.body,
            at: at(c.on, '10:00:00'),
            step: 'claims',
          });
          if (r.status !== 201) return fail('claims', `${String(c.body.kind)} at ${c.hospitalId}`, r);
          result.claims.push({
            claimId: r.body.claimId,
            personKey: personKey.get(c.body.personId as string) ?? -1,
            hospitalId: r.body.hospitalId,
            kind: r.body.kind,
            serviceDate: r.body.serviceDate,
            rule: r.body.rule,
            amounts: r.body.amounts,
            voided: false,
          });
        },
        claimConcurrency,
      );
      await lanes(
        gather(voidDays, days),
        (c) => c.body.personId as string,
        async (c) => {
          const r = await api.call('POST', `/v1/claims/${c.body.claimId as string}/void`, {
            as: { role: 'hospital', hospitalId: c.hospitalId },
            at: at(c.voidOn as string, '16:00:00'),
            step: 'claims',
          });
          if (r.status !== 200) return fail('claims', 'void', r);
          const rec = result.claims.find((x) => x.claimId === c.body.claimId);
          if (rec) rec.voided = true;
        },
      );
    });
    await phase('education', () =>
      lanes(
        gather(eduDays, days),
        (a) => a.studentId,
        async (a) => {
          const bureau = { role: 'education-bureau' };
          const when = at(a.on, '14:00:00');
          if (a.kind === 'register') {
            const r = await api.call('POST', '/v1/education/students', {
              as: bureau,
              body: a.body,
              at: when,
              step: 'education',
            });
            if (r.status >= 300) fail('education', 'register', r);
          } else if (a.kind === 'verify') {
            const r = await api.call('POST', `/v1/education/students/${a.studentId}/verifications`, {
              as: bureau,
              body: a.body,
              at: when,
              step: 'education',
            });
            if (r.status >= 300) fail('education', 'verify', r);
          } else {
            const r = await api.call('POST', '/v1/education/payments', {
              as: bureau,
              body: a.body,
              at: when,
              step: 'education',
            });
            if (r.status === 201 || r.status === 200)
              result.education.payments.push({
                type: a.body.type as string,
                amount: r.body.amount,
                studentId: a.studentId,
              });
            else {
              result.education.refused += 1;
              fail('education', `payment ${String(a.body.type)}`, r);
            }
          }
        },
      ),
    );
    await phase('rangers', async () => {
      await lanes(
        gather(rangerDays, days),
        (a) => a.township,
        async (a) => {
          const forestry = { role: 'forestry-bureau' };
          const when = at(a.on, '09:30:00');
          if (a.kind === 'hire') {
            const r = await api.call('POST', '/v1/ecology/rangers', {
              as: forestry,
              body: { personId: a.personId, township: a.township, from: a.on },
              at: when,
              step: 'rangers',
            });
            if (r.status >= 300) return fail('rangers', 'hire', r);
            result.rangers.hired += 1;
          } else {
            const r = await api.call('POST', `/v1/ecology/rangers/${a.personId}/release`, {
              as: forestry,
              body: { on: a.on },
              at: when,
              step: 'rangers',
            });
            if (r.status >= 300) return fail('rangers', 'release', r);
            result.rangers.released += 1;
          }
        },
      );
      const day = days.at(-1) as string;
      if (lastDayOfMonth(day)) {
        const month = day.slice(0, 7);
        const r = await api.call('POST', `/v1/ecology/pay-runs/${month}`, {
          as: { role: 'finance' },
          at: at(day, '16:00:00'),
          step: 'rangers',
        });
        result.rangers.payRuns.push({ month, status: r.status, body: r.body });
        if (r.status >= 300) fail('rangers', `pay run ${month}`, r);
      }
    });
  };

  /** A cut-off: the townships submit, the housing office publishes, and a progress report at the same cut-off. */
  const cutOff = async (day: string) => {
    if (o.bulletins ? o.bulletins.includes(day) : isCutOff(day) && day.startsWith('2019')) {
      await phase('bulletins', async () => {
        const check: BulletinCheck = { asOf: day, published: false, mismatches: [], rowsCompared: 0 };
        await pool([...plan.options.townships], concurrency, async (township) => {
          const r = await api.call('POST', `/v1/bulletins/${day}/submissions`, {
            as: townshipCaller(township),
            body: { township, progress: '按计划推进农村危房改造', problems: '无', measures: '乡镇包联干部逐户督促' },
            at: at(day, '17:00:00'),
            step: 'bulletins',
          });
          if (r.status >= 300) fail('bulletins', `submission ${township}`, r);
        });
        const office = { role: 'housing-office' };
        const draft = await api.call('POST', `/v1/bulletins/${day}/draft`, {
          as: office,
          at: at(day, '17:30:00'),
          step: 'bulletins',
        });
        if (draft.status >= 300) fail('bulletins', 'draft', draft);
        const pub = await api.call('POST', `/v1/bulletins/${day}/publish`, {
          as: office,
          body: {},
          at: at(day, '18:00:00'),
          step: 'bulletins',
        });
        if (pub.status >= 300) return fail('bulletins', 'publish', pub);
        check.published = true;
        check.revision = pub.body.revision;
        const progress = await api.call('POST', '/v1/reports/progress', {
          as: office,
          body: { asOf: day },
          at: at(day, '18:30:00'),
          step: 'progress',
        });
        if (progress.status >= 300) return fail('progress', `report ${day}`, progress);
        check.progressRevision = progress.body.revision;
        compareBulletin(check, pub.body, progress.body, plan.options.townships);
        result.bulletins.push(check);
      });
    }
    log(
      `${day}: ${result.claims.length} claims, ${caseIds.size} cases, ${failureCount} failures, ${Math.round((performance.now() - started) / 1000)} s`,
    );
  };

  const fire = async (day: string) => {
    for (const f of firesOn(day)) {
      // 2 January 2019 would reconcile 2018, before the platform's first policy year: not played.
      if (f.s.name === 'yearly-reconciliation' && (o.reconcile === false || day < '2020-01-01')) continue;
      if (o.schedules && !o.schedules.includes(f.s.name)) continue;
      const r = await api.fire(f.s.name, f.at);
      result.schedules.push({ name: f.s.name, at: f.at, status: r.status, result: r.body?.result ?? r.body });
      if (r.status >= 300) fail(`schedule:${f.s.name}`, f.at, r);
    }
  };

  // Half-month windows from each 1st and 15th: the cut-off day's schedules (00:00 progress and health reports,
  // 00:30 bulletin draft), the acts dated that day, the bulletin; then the window's other days: their acts in
  // parallel (each entity's in date order) and, beside them, their schedules one day after the other. Whatever
  // a cut-off or a monthly run reads is recorded before it runs. In 2019 the other days fire only the daily
  // schedules (the audit digest of the chain heads as they stand, and the photo sweep of uploads left undecided
  // for 30 minutes, which finds none: every upload is judged within seconds); neither feeds an act or a figure
  // of the report, so they run beside the acts rather than before them (the digests alone took about 80 s of
  // the year). 2 January 2020 (the reconciliation) has no acts beside it.
  let day = from;
  while (day <= to) {
    let end = day;
    while (addDays(end, 1) <= to && !isCutOff(addDays(end, 1))) end = addDays(end, 1);
    await fire(day);
    if (day <= '2019-12-31') {
      await runActs([day]);
      await cutOff(day);
    }
    const others: string[] = [];
    for (let d = addDays(day, 1); d <= end; d = addDays(d, 1)) others.push(d);
    const rest = others.filter((d) => d <= '2019-12-31');
    await Promise.all([
      (async () => {
        for (const d of others) await fire(d);
      })(),
      rest.length ? runActs(rest) : undefined,
    ]);
    day = addDays(end, 1);
  }

  result.cases = plan.cases.map((c) => ({
    key: c.key,
    ...(caseIds.get(c.key) ? { caseId: caseIds.get(c.key) } : {}),
    programme: c.programme,
    grade: c.grade,
    township: c.township,
    outcome: c.outcome,
    done: doneSteps.get(c.key) ?? 0,
    planned: c.steps.length,
  }));
  result.failureCount = failureCount;
  result.wallMs = performance.now() - started;
  return result;
}

/**
 * The bulletin's township figures against the progress report's at the same cut-off (R1/R2 八.(二)): tasks,
 * started and accepted from the stage counts, committed, paid, late and accepted-with-photos.
 */
export function compareBulletin(
  check: BulletinCheck,
  bulletin: any,
  progress: any,
  townships: readonly string[],
): void {
  const started = ['under-construction', 'preliminary-accepted', 'final-accepted', 'paid', 'subsidy-cancelled'];
  const accepted = ['final-accepted', 'paid', 'subsidy-cancelled'];
  const sum = (stages: Record<string, number>, which: string[]) => which.reduce((n, s) => n + (stages[s] ?? 0), 0);
  for (const programme of ['R1', 'R2'] as const) {
    const b = (bulletin.programmes as any[]).find((p) => p.programme === programme);
    for (const township of townships) {
      const row = b?.rows?.find((r: any) => r.township === township);
      const p = (progress.townships as any[]).find((t) => t.township === township)?.[programme];
      if (!row || !p) continue;
      const fromProgress = {
        tasks: p.cases - (p.stages.refused ?? 0) - (p.stages['not-dangerous'] ?? 0),
        started: sum(p.stages, started),
        accepted: sum(p.stages, accepted),
        late: p.late,
        committed: p.subsidyCommitted,
        paid: p.subsidyPaid,
        withPhotos: p.acceptedWithPhotos,
      };
      const fromBulletin = {
        tasks: row.tasks,
        started: row.started,
        accepted: row.accepted,
        late: row.late,
        committed: row.committed,
        paid: row.paid,
        withPhotos: row.withPhotos,
      };
      check.rowsCompared += 1;
      if (JSON.stringify(fromProgress) !== JSON.stringify(fromBulletin))
        check.mismatches.push({ programme, township, bulletin: fromBulletin, progress: fromProgress });
    }
  }
}
