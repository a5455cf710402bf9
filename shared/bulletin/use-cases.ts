import type { Caller } from '../auth/roles.js';
import { canonicalJson } from '../data/canonical.js';
import { mapLimit } from '../data/concurrency.js';
import { shanghaiDate, type IsoDate } from '../dates.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { actorOf, PROGRAMMES, type Programme } from '../housing/types.js';
import { maskIdentitiesIn } from '../identity/mask.js';
import { TOWNSHIPS, townshipByCode } from '../reference/townships.js';
import type { CaseProgressSource, LateCase } from '../reports/progress.js';
import { foldProjections } from '../reports/progress.js';
import { policyFor, TOWNSHIPS_IN_FLIGHT } from '../reports/progress-run.js';
import {
  composeBulletin,
  townshipFigures,
  type BulletinContent,
  type Narrative,
  type TownshipFigures,
} from './compose.js';
import {
  BulletinClosedError,
  BulletinMovedError,
  type BulletinFiles,
  type BulletinState,
  type BulletinStore,
  type RevisionRef,
  type Submission,
  type SubmissionVersion,
} from './ports.js';
import { bulletinXlsx } from './xlsx.js';
import { BUCKET_PREFIXES, reportBase } from '../data/bucket-prefixes.js';

/** The ports the bulletin runs on. */
export interface BulletinDeps {
  /** The cases' progress projections: the same read, and the same figures, as the progress report. */
  cases: CaseProgressSource;
  /** The roster, for the householder's name of a late case (masked before it is stored). */
  people: { getPerson(personId: string): Promise<{ name: string } | undefined> };
  store: BulletinStore;
  files: BulletinFiles;
  now(): Date;
  newId(): string;
}

export const BULLETIN_BASE = reportBase(BUCKET_PREFIXES.bulletins);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NAMES_IN_FLIGHT = 8;
/** Attempts at a submission when another one for the same township lands first (both are kept). */
const SUBMIT_ATTEMPTS = 3;

/** A stored bulletin as the API answers it (money in yuan). */
export type BulletinJson = BulletinContent & {
  status: 'draft' | 'published';
  revision?: number;
  builtAt: string;
  publishedAt?: string;
  publishedBy?: { role: string };
  correction?: { reason: string; replaces: number };
};

/**
 * A bulletin's cut-off is the 1st or the 15th of a month (每月1日和15日, R1/R2 八.(二)), and not in the future.
 */
function checkCutOff(deps: Pick<BulletinDeps, 'now'>, asOf: IsoDate): void {
  const day = asOf.slice(8);
  if (day !== '01' && day !== '15') {
    throw new ValidationError(
      'A bulletin cut-off is the 1st or the 15th of a month.',
      [{ path: 'params.asOf', message: 'must be the 1st or the 15th of a month' }],
      'not-a-cut-off',
    );
  }
  if (asOf > shanghaiDate(deps.now())) {
    throw new ValidationError('The cut-off date is in the future.', [
      { path: 'params.asOf', message: 'must not be after today (Asia/Shanghai)' },
    ]);
  }
}

/** One township's figures at the cut-off, per programme, as it reviews and submits them. */
async function figuresOf(deps: BulletinDeps, township: string, asOf: IsoDate) {
  const { figures } = await foldProjections(deps.cases.progressOf(township), asOf, policyFor(asOf));
  return Object.fromEntries(PROGRAMMES.map((p) => [p, townshipFigures(figures[p])])) as Record<
    Programme,
    TownshipFigures
  >;
}

/** A version as answered: the actor's role only (who exactly is in the table, for audit). */
const versionView = (s: Omit<Submission, 'asOf' | 'township' | 'history'> & Partial<Submission>) => {
  const { history: _h, asOf: _a, township: _t, ...rest } = s;
  return { ...rest, submittedBy: { role: s.submittedBy.role } };
};
const submissionView = (s: Submission) => ({ ...versionView(s), township: s.township });

/**
 * A township's submission for a cut-off [R1/R2 八.(二) 各乡镇…每月1日和15日前报告工程进度情况]: its narrative and
 * its figures at the cut-off as computed now from its cases. Resubmitting replaces the current version and
 * keeps it in the history; the same narrative over the same figures again is a replay (nothing written).
 * Once the housing office began publishing, submissions for the cut-off are closed (409). Township staff
 * submit only for their own township.
 */
export async function submit(
  deps: BulletinDeps,
  caller: Caller,
  asOf: IsoDate,
  body: Narrative & { township: string },
): Promise<{ created: boolean; submission: ReturnType<typeof submissionView> }> {
  if (caller.role !== 'township' || caller.township !== body.township) {
    throw new ForbiddenError(`Township staff submit only for their own township (not ${body.township}).`);
  }
  checkCutOff(deps, asOf);
  const closed = (await deps.store.state(asOf))?.closedAt;
  if (closed) throw closedError(asOf);
  const narrative: Narrative = {
    progress: maskIdentitiesIn(body.progress.trim()),
    problems: maskIdentitiesIn(body.problems.trim()),
    measures: maskIdentitiesIn(body.measures.trim()),
  };
  const figures = await figuresOf(deps, body.township, asOf);
  for (let attempt = 1; ; attempt += 1) {
    const current = await deps.store.submission(asOf, body.township);
    if (
      current &&
      canonicalJson([current.progress, current.problems, current.measures, current.figures]) ===
        canonicalJson([narrative.progress, narrative.problems, narrative.measures, figures])
    ) {
      return { created: false, submission: submissionView(current) };
    }
    const next: Submission = {
      asOf,
      township: body.township,
      version: (current?.version ?? 0) + 1,
      submittedAt: deps.now().toISOString(),
      submittedBy: actorOf(caller),
      ...narrative,
      figures,
      history: current ? [...current.history, versionOf(current)] : [],
    };
    try {
      await deps.store.submit(next, current?.version ?? 0);
      return { created: true, submission: submissionView(next) };
    } catch (error) {
      if (error instanceof BulletinClosedError) throw closedError(asOf);
      if (error instanceof BulletinMovedError && attempt < SUBMIT_ATTEMPTS) continue;
      if (error instanceof BulletinMovedError) {
        throw new ConflictError('submission-moved', 'Another submission for this township landed first; retry.');
      }
      throw error;
    }
  }
}

const versionOf = (s: Submission): SubmissionVersion => {
  const { history: _h, asOf: _a, township: _t, ...version } = s;
  return version;
};

const closedError = (asOf: IsoDate) =>
  new ConflictError(
    'bulletin-published',
    `The bulletin for ${asOf} has been published: submissions for that cut-off are closed.`,
  );

/**
 * Who submitted for a cut-off. The housing office (and the city's readers) see every township, submitted or
 * not, with the current narrative; township staff see their own township only, with its history and its
 * figures at the cut-off as computed now (to review before submitting).
 */
export async function submissionsView(deps: BulletinDeps, caller: Caller, asOf: IsoDate) {
  checkCutOff(deps, asOf);
  const state = await deps.store.state(asOf);
  const base = { asOf, closed: Boolean(state?.closedAt), published: (state?.revisions.length ?? 0) > 0 };
  if (caller.role === 'township') {
    const township = caller.township ?? '';
    const t = townshipByCode(township);
    if (!t) throw new ForbiddenError('The caller has no township.');
    const [mine, figures] = await Promise.all([deps.store.submission(asOf, township), figuresOf(deps, township, asOf)]);
    return {
      ...base,
      townships: [
        {
          township,
          name: t.name,
          submitted: Boolean(mine),
          figures,
          ...(mine
            ? {
                submission: versionView(mine),
                history: mine.history.map(versionView),
              }
            : {}),
        },
      ],
    };
  }
  const all = new Map((await deps.store.submissions(asOf)).map((s) => [s.township, s]));
  return {
    ...base,
    townships: TOWNSHIPS.map((t) => {
      const s = all.get(t.code);
      return { township: t.code, name: t.name, submitted: Boolean(s), ...(s ? { submission: versionView(s) } : {}) };
    }),
  };
}

/**
 * Every township's figures at the cut-off, from the cases' progress projections exactly as the progress report
 * reads them (all townships in flight), the late cases' householders looked up (masked in composition).
 */
async function compose(deps: BulletinDeps, asOf: IsoDate, submissions: readonly Submission[]) {
  const policy = policyFor(asOf);
  const folded = await mapLimit(TOWNSHIPS, TOWNSHIPS_IN_FLIGHT, async (t) => ({
    township: t.code,
    name: t.name,
    ...(await foldProjections(deps.cases.progressOf(t.code), asOf, policy)),
  }));
  const late: (LateCase & { township: string })[] = folded.flatMap((t) =>
    t.late.map((c) => ({ ...c, township: t.township })),
  );
  const named = await mapLimit(late, NAMES_IN_FLIGHT, async (c) => {
    const person = c.householderId ? await deps.people.getPerson(c.householderId) : undefined;
    return person ? { ...c, name: person.name } : c;
  });
  return composeBulletin({ asOf, policy, townships: folded, late: named, submissions });
}

async function writeFiles(deps: BulletinDeps, prefix: string, bulletin: BulletinJson): Promise<void> {
  const json = canonicalJson(bulletin);
  await deps.files.put(prefix, [
    { name: 'bulletin.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'bulletin.xlsx', body: await bulletinXlsx(bulletin, new Date(bulletin.builtAt)), contentType: XLSX_TYPE },
  ]);
}

/**
 * The draft for a cut-off (the schedule's run on the 1st and 15th, or the office on demand): the bulletin as
 * it would be published now, with who has not submitted yet. Publishing stays a person's act. A published
 * cut-off keeps its revisions; the draft is then only rebuilt for a correction's preview.
 */
export async function buildDraft(deps: BulletinDeps, asOf: IsoDate) {
  checkCutOff(deps, asOf);
  const builtAt = deps.now().toISOString();
  const content = await compose(deps, asOf, await deps.store.submissions(asOf));
  const bulletin: BulletinJson = { ...content, status: 'draft', builtAt };
  const prefix = `${BULLETIN_BASE}/${asOf}/draft-${deps.newId()}/`;
  await writeFiles(deps, prefix, bulletin);
  await deps.store.setDraft(asOf, { prefix, builtAt });
  return bulletin;
}

/**
 * Publishes the bulletin for a cut-off. First the cut-off is closed to submissions (so none lands between
 * reading them and publishing), then every township is folded at the cut-off and the files are written
 * under a fresh prefix; the revision is committed last, only after the one it follows. A published
 * revision never changes: publishing again without `correction` answers the latest (a replay); with a
 * `correction` (its reason) it makes the next revision.
 */
export async function publish(
  deps: BulletinDeps,
  caller: Caller,
  asOf: IsoDate,
  body: { correction?: string | undefined },
): Promise<{ created: boolean; bulletin: BulletinJson & { files: Record<string, string> } }> {
  checkCutOff(deps, asOf);
  const before = await deps.store.state(asOf);
  const published = before?.revisions.length ?? 0;
  if (before && published > 0 && !body.correction) {
    return { created: false, bulletin: await readRevision(deps, before) };
  }
  if (published === 0 && body.correction) {
    throw new ConflictError('bulletin-not-published', `Nothing is published for ${asOf} yet: publish it first.`);
  }
  const publishedAt = deps.now().toISOString();
  const state = await deps.store.close(asOf, publishedAt);
  const count = state.revisions.length;
  if (count !== published) throw new ConflictError('bulletin-moved', 'Another revision was published meanwhile.');
  const content = await compose(deps, asOf, await deps.store.submissions(asOf));
  const revision = count + 1;
  const reason = body.correction ? maskIdentitiesIn(body.correction.trim()) : undefined;
  const bulletin: BulletinJson = {
    ...content,
    status: 'published',
    revision,
    builtAt: publishedAt,
    publishedAt,
    publishedBy: { role: caller.role },
    ...(reason ? { correction: { reason, replaces: count } } : {}),
  };
  const prefix = `${BULLETIN_BASE}/${asOf}/r${revision}-${deps.newId()}/`;
  await writeFiles(deps, prefix, bulletin);
  const ref: RevisionRef = {
    revision,
    prefix,
    publishedAt,
    publishedBy: actorOf(caller),
    ...(reason ? { correction: reason } : {}),
  };
  try {
    await deps.store.addRevision(asOf, ref, count);
  } catch (error) {
    if (!(error instanceof BulletinMovedError)) throw error;
    // Another publication won the race: without a correction both meant the same act, so answer it.
    const now = await deps.store.state(asOf);
    if (!body.correction && now && now.revisions.length > 0) {
      return { created: false, bulletin: await readRevision(deps, now) };
    }
    throw new ConflictError('bulletin-moved', 'Another revision was published meanwhile.');
  }
  return { created: true, bulletin: { ...bulletin, files: await links(deps, prefix, asOf, revision) } };
}

async function links(deps: BulletinDeps, prefix: string, asOf: IsoDate, revision?: number) {
  const name = `bulletin-${asOf}-${revision ? `r${revision}` : 'draft'}.xlsx`;
  return { xlsx: await deps.files.link(prefix, 'bulletin.xlsx', name) };
}

async function readRevision(deps: BulletinDeps, state: BulletinState, revision?: number) {
  const ref = revision ? state.revisions.find((r) => r.revision === revision) : state.revisions.at(-1);
  if (!ref) throw new NotFoundError(`No revision ${revision} of the bulletin for ${state.asOf}.`, 'bulletin-not-found');
  const json = (await deps.files.readJson(ref.prefix, 'bulletin.json')) as BulletinJson;
  return { ...json, files: await links(deps, ref.prefix, state.asOf, ref.revision) };
}

/**
 * A cut-off's bulletin: the latest published revision (or the one asked for), which every city reader and
 * every township may read — it is circulated to the whole city [R1 八.(二) 向全市通报] and names householders
 * only masked. Before publication only the housing office sees the draft.
 */
export async function readBulletin(deps: BulletinDeps, caller: Caller, asOf: IsoDate, revision?: number) {
  const state = await deps.store.state(asOf);
  const revisions = (state?.revisions ?? []).map((r) => ({
    revision: r.revision,
    publishedAt: r.publishedAt,
    ...(r.correction ? { correction: r.correction } : {}),
  }));
  if (state && state.revisions.length > 0) return { ...(await readRevision(deps, state, revision)), revisions };
  if (state?.draft && caller.role === 'housing-office' && revision === undefined) {
    const json = (await deps.files.readJson(state.draft.prefix, 'bulletin.json')) as BulletinJson;
    return { ...json, files: await links(deps, state.draft.prefix, asOf), revisions };
  }
  throw new NotFoundError(`No bulletin published for ${asOf}.`, 'bulletin-not-found');
}

/** Cut-offs with a draft or a publication, newest first. */
export async function listBulletins(deps: BulletinDeps, caller: Caller) {
  const states = await deps.store.list();
  return states
    .filter((s) => s.revisions.length > 0 || caller.role === 'housing-office')
    .map((s) => ({
      latest: s.revisions.at(-1),
      s,
    }))
    .map(({ latest, s }) => ({
      asOf: s.asOf,
      status: s.revisions.length > 0 ? ('published' as const) : ('draft' as const),
      revisions: s.revisions.length,
      closed: Boolean(s.closedAt),
      ...(latest ? { publishedAt: latest.publishedAt } : {}),
      ...(s.draft ? { draftBuiltAt: s.draft.builtAt } : {}),
    }));
}
