import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { CASE_STATUSES } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';

/** A narrative part: trimmed, 1–2,000 characters (a short report, not an attachment). */
const text = (what: string) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, `${what} is required`), z.maxLength(2000, `${what} is at most 2,000 characters`));

export const narrativeBodySchema = z.strictObject({
  township: z.withMeta(z.enum(TOWNSHIP_CODES), { description: 'The submitting township (the caller’s own)' }),
  progress: z.withMeta(text('progress'), { description: '工作进展: progress since the last cut-off' }),
  problems: z.withMeta(text('problems'), { description: '存在问题: problems met (write 无 when none)' }),
  measures: z.withMeta(text('measures'), { description: '下步措施: measures to take' }),
});

export const bulletinPathSchema = z.strictObject({ asOf: isoDate });
export const bulletinQuerySchema = z.strictObject({
  revision: z.withMeta(z.optional(z.coerce.number().check(z.int(), z.gte(1))), {
    description: 'A published revision (default: latest)',
  }),
});
export const publishBodySchema = z.strictObject({
  correction: z.withMeta(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))), {
    description: 'Why a published bulletin is corrected: makes the next revision',
  }),
});

const count = z.number().check(z.int(), z.gte(0));
const yuan = z.withMeta(z.number(), { description: 'yuan' });
const rate = z.withMeta(z.nullable(z.number().check(z.gte(0), z.lte(1))), {
  description: 'accepted / tasks, 4 decimals; null: no task',
});

const townshipFigures = z.withMeta(
  z.strictObject({
    tasks: z.withMeta(count, { description: 'Households being renovated (cases less refused and not-dangerous)' }),
    started: count,
    accepted: count,
    completionRate: rate,
    late: count,
    committed: yuan,
    paid: yuan,
    withPhotos: count,
  }),
  { id: 'BulletinTownshipFigures' },
);
const figuresByProgramme = z.strictObject({ R1: townshipFigures, R2: townshipFigures });

const submissionVersion = z.withMeta(
  z.strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    submittedAt: z.string(),
    submittedBy: z.strictObject({ role: z.string() }),
    progress: z.string(),
    problems: z.string(),
    measures: z.string(),
    figures: figuresByProgramme,
  }),
  { id: 'BulletinSubmissionVersion' },
);
const submission = z.withMeta(z.extend(submissionVersion, { township: z.string() }), { id: 'BulletinSubmission' });

const submissions = z.withMeta(
  z.strictObject({
    asOf: z.string(),
    closed: z.withMeta(z.boolean(), { description: 'Publishing began: no more submissions' }),
    published: z.boolean(),
    townships: z.array(
      z.strictObject({
        township: z.string(),
        name: z.string(),
        submitted: z.boolean(),
        figures: z.withMeta(z.optional(figuresByProgramme), {
          description: 'Township staff: its figures at the cut-off now',
        }),
        submission: z.optional(submissionVersion),
        history: z.withMeta(z.optional(z.array(submissionVersion)), {
          description: 'Township staff: earlier versions',
        }),
      }),
    ),
  }),
  { id: 'BulletinSubmissions' },
);

const row = z.strictObject({
  rank: z.nullable(z.number().check(z.int(), z.gte(1))),
  township: z.string(),
  name: z.string(),
  tasks: count,
  started: count,
  accepted: count,
  completionRate: rate,
  late: count,
  committed: yuan,
  paid: yuan,
  withPhotos: count,
});

const programmeBulletin = z.strictObject({
  programme: z.enum(['R1', 'R2']),
  title: z.string(),
  plan: z.strictObject({ households: count, budget: yuan, clause: z.string() }),
  rows: z.array(row),
  totals: z.strictObject({
    tasks: count,
    started: count,
    accepted: count,
    completionRate: rate,
    late: count,
    committed: yuan,
    paid: yuan,
    withPhotos: count,
    planCompletionRate: z.number().check(z.gte(0)),
    noHouseCommitted: yuan,
    noHousePaid: yuan,
    sales: z.withMeta(z.strictObject({ count, early: count, amountDue: yuan }), {
      description:
        'Government-backed houses recorded as sold (early: before five years) and the backing money due back (R2 八.(二))',
    }),
  }),
  laggards: z.array(z.strictObject({ township: z.string(), name: z.string(), completionRate: z.number() })),
  lateCases: z.array(
    z.strictObject({
      township: z.string(),
      townshipName: z.string(),
      village: z.string(),
      householder: z.withMeta(z.string(), { description: 'Masked: 张**' }),
      identity: z.withMeta(z.string(), { description: 'Masked: 152103********1234' }),
      status: z.enum(CASE_STATUSES),
      completionBy: z.optional(z.string()),
      finalAcceptedOn: z.optional(z.string()),
    }),
  ),
});

export const bulletinSchema = z.withMeta(
  z.strictObject({
    asOf: z.string(),
    title: z.string(),
    dateText: z.withMeta(z.string(), { description: '2019年8月15日' }),
    deadline: z.string(),
    policyId: z.string(),
    status: z.enum(['draft', 'published']),
    revision: z.optional(z.number().check(z.int(), z.gte(1))),
    builtAt: z.string(),
    publishedAt: z.optional(z.string()),
    publishedBy: z.optional(z.strictObject({ role: z.string() })),
    correction: z.optional(z.strictObject({ reason: z.string(), replaces: z.number().check(z.int(), z.gte(1)) })),
    programmes: z.array(programmeBulletin),
    narratives: z.array(
      z.strictObject({
        township: z.string(),
        name: z.string(),
        version: z.number().check(z.int(), z.gte(1)),
        submittedAt: z.string(),
        progress: z.string(),
        problems: z.string(),
        measures: z.string(),
        figuresChanged: z.withMeta(z.boolean(), {
          description: 'Its figures changed between submission and publication',
        }),
      }),
    ),
    missing: z.array(z.strictObject({ township: z.string(), name: z.string() })),
    files: z.strictObject({ xlsx: z.withMeta(z.string(), { description: 'Short-lived (5 minutes) signed link' }) }),
    revisions: z.optional(
      z.array(
        z.strictObject({
          revision: z.number().check(z.int(), z.gte(1)),
          publishedAt: z.string(),
          correction: z.optional(z.string()),
        }),
      ),
    ),
  }),
  { id: 'Bulletin' },
);

const list = z.withMeta(
  z.strictObject({
    bulletins: z.array(
      z.strictObject({
        asOf: z.string(),
        status: z.enum(['draft', 'published']),
        revisions: count,
        closed: z.boolean(),
        publishedAt: z.optional(z.string()),
        draftBuiltAt: z.optional(z.string()),
      }),
    ),
  }),
  { id: 'BulletinList' },
);

const FIGURES_EXAMPLE = {
  tasks: 12,
  started: 10,
  accepted: 6,
  completionRate: 0.5,
  late: 1,
  committed: 302_784,
  paid: 151_392,
  withPhotos: 6,
};
const NO_FIGURES = {
  tasks: 0,
  started: 0,
  accepted: 0,
  completionRate: null,
  late: 0,
  committed: 0,
  paid: 0,
  withPhotos: 0,
};
const NARRATIVE_EXAMPLE = {
  progress: '本期新开工2户，竣工验收3户',
  problems: '个别农户自筹资金不足',
  measures: '包联干部逐户督促，确保8月底前完工',
};
const VERSION_EXAMPLE = {
  version: 2,
  submittedAt: '2019-08-14T09:30:00.000Z',
  submittedBy: { role: 'township' },
  ...NARRATIVE_EXAMPLE,
  figures: { R1: FIGURES_EXAMPLE, R2: NO_FIGURES },
};
const PUBLISHED_EXAMPLE = {
  asOf: '2019-08-15',
  title: '扎兰屯市农村危房改造工作进度通报（截至2019年8月15日）',
  dateText: '2019年8月15日',
  deadline: '2019-08-31',
  policyId: 'housing-2019',
  status: 'published',
  revision: 1,
  builtAt: '2019-08-15T08:00:00.000Z',
  publishedAt: '2019-08-15T08:00:00.000Z',
  publishedBy: { role: 'housing-office' },
  programmes: [
    {
      programme: 'R1',
      title: '扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至2019年8月15日）',
      plan: { households: 573, budget: 6_406_400, clause: 'R1 三' },
      rows: [{ rank: 1, township: 'zhonghe', name: '中和镇', ...FIGURES_EXAMPLE }],
      totals: {
        ...FIGURES_EXAMPLE,
        planCompletionRate: 0.0105,
        noHouseCommitted: 0,
        noHousePaid: 0,
        sales: { count: 0, early: 0, amountDue: 0 },
      },
      laggards: [],
      lateCases: [
        {
          township: 'zhonghe',
          townshipName: '中和镇',
          village: '前进村',
          householder: '张**',
          identity: '159999********1234',
          status: 'under-construction',
          completionBy: '2019-08-15',
        },
      ],
    },
  ],
  narratives: [
    {
      township: 'zhonghe',
      name: '中和镇',
      version: 2,
      submittedAt: '2019-08-14T09:30:00.000Z',
      ...NARRATIVE_EXAMPLE,
      figuresChanged: false,
    },
  ],
  missing: [{ township: 'chaihe', name: '柴河镇' }],
  files: { xlsx: 'https://files.example/reports/bulletins/2019-08-15/r1-ab12cd34/bulletin.xlsx?X-Amz-Expires=300' },
};
const { revision: _r, publishedAt: _p, publishedBy: _b, ...DRAFT_EXAMPLE } = { ...PUBLISHED_EXAMPLE, status: 'draft' };

export const BULLETIN_CONTRACTS = {
  submit: contract({
    route: 'POST /v1/bulletins/{asOf}/submissions',
    params: bulletinPathSchema,
    body: narrativeBodySchema,
    success: {
      status: 201,
      schema: submission,
      description: 'Submitted: the new current version',
      replay: 'The same narrative over the same figures was already the current version: nothing written',
    },
    errors: { 400: ['not-a-cut-off'], 409: ['bulletin-published', 'submission-moved'] },
    examples: {
      request: { township: 'zhonghe', ...NARRATIVE_EXAMPLE },
      response: { ...VERSION_EXAMPLE, township: 'zhonghe' },
    },
  }),
  submissions: contract({
    route: 'GET /v1/bulletins/{asOf}/submissions',
    params: bulletinPathSchema,
    success: { status: 200, schema: submissions, description: 'Who submitted for the cut-off' },
    errors: { 400: ['not-a-cut-off'] },
    examples: {
      response: {
        asOf: '2019-08-15',
        closed: false,
        published: false,
        townships: [
          { township: 'chengjisihan', name: '成吉思汗镇', submitted: false },
          { township: 'zhonghe', name: '中和镇', submitted: true, submission: VERSION_EXAMPLE },
        ],
      },
    },
  }),
  draft: contract({
    route: 'POST /v1/bulletins/{asOf}/draft',
    params: bulletinPathSchema,
    success: { status: 201, schema: bulletinSchema, description: 'The draft as it would be published now' },
    errors: { 400: ['not-a-cut-off'] },
    examples: { response: DRAFT_EXAMPLE },
  }),
  publish: contract({
    route: 'POST /v1/bulletins/{asOf}/publish',
    params: bulletinPathSchema,
    body: publishBodySchema,
    success: {
      status: 201,
      schema: bulletinSchema,
      description: 'Published: a new revision (with `correction`, the next one)',
      replay: 'Already published and no correction asked: the latest revision, unchanged',
    },
    errors: { 400: ['not-a-cut-off'], 409: ['bulletin-not-published', 'bulletin-moved'] },
    examples: { request: {}, response: PUBLISHED_EXAMPLE },
  }),
  get: contract({
    route: 'GET /v1/bulletins/{asOf}',
    params: bulletinPathSchema,
    query: bulletinQuerySchema,
    success: {
      status: 200,
      schema: bulletinSchema,
      description: 'The latest (or the asked) published revision; before publication, the office: the draft',
    },
    errors: { 404: ['bulletin-not-found'] },
    examples: {
      response: { ...PUBLISHED_EXAMPLE, revisions: [{ revision: 1, publishedAt: '2019-08-15T08:00:00.000Z' }] },
    },
  }),
  list: contract({
    route: 'GET /v1/bulletins',
    success: { status: 200, schema: list, description: 'Cut-offs with a bulletin, newest first' },
    examples: {
      response: {
        bulletins: [
          {
            asOf: '2019-08-15',
            status: 'published',
            revisions: 1,
            closed: true,
            publishedAt: '2019-08-15T08:00:00.000Z',
          },
        ],
      },
    },
  }),
};
