import * as z from 'zod';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { CASE_STATUSES } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';

/** A narrative part: trimmed, 1–2,000 characters (a short report, not an attachment). */
const text = (what: string) =>
  z.string().trim().min(1, `${what} is required`).max(2000, `${what} is at most 2,000 characters`);

export const narrativeBodySchema = z.strictObject({
  township: z.enum(TOWNSHIP_CODES).meta({ description: 'The submitting township (the caller’s own)' }),
  progress: text('progress').meta({ description: '工作进展: progress since the last cut-off' }),
  problems: text('problems').meta({ description: '存在问题: problems met (write 无 when none)' }),
  measures: text('measures').meta({ description: '下步措施: measures to take' }),
});

export const bulletinPathSchema = z.strictObject({ asOf: isoDate });
export const bulletinQuerySchema = z.strictObject({
  revision: z.coerce.number().int().min(1).optional().meta({ description: 'A published revision (default: latest)' }),
});
export const publishBodySchema = z.strictObject({
  correction: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .meta({ description: 'Why a published bulletin is corrected: makes the next revision' }),
});

const count = z.number().int().min(0);
const yuan = z.number().meta({ description: 'yuan' });
const rate = z.number().min(0).max(1).nullable().meta({ description: 'accepted / tasks, 4 decimals; null: no task' });

const townshipFigures = z
  .strictObject({
    tasks: count.meta({ description: 'Households being renovated (cases less refused and not-dangerous)' }),
    started: count,
    accepted: count,
    completionRate: rate,
    late: count,
    committed: yuan,
    paid: yuan,
    withPhotos: count,
  })
  .meta({ id: 'BulletinTownshipFigures' });
const figuresByProgramme = z.strictObject({ R1: townshipFigures, R2: townshipFigures });

const submissionVersion = z
  .strictObject({
    version: z.number().int().min(1),
    submittedAt: z.string(),
    submittedBy: z.strictObject({ role: z.string() }),
    progress: z.string(),
    problems: z.string(),
    measures: z.string(),
    figures: figuresByProgramme,
  })
  .meta({ id: 'BulletinSubmissionVersion' });
const submission = submissionVersion.extend({ township: z.string() }).meta({ id: 'BulletinSubmission' });

const submissions = z
  .strictObject({
    asOf: z.string(),
    closed: z.boolean().meta({ description: 'Publishing began: no more submissions' }),
    published: z.boolean(),
    townships: z.array(
      z.strictObject({
        township: z.string(),
        name: z.string(),
        submitted: z.boolean(),
        figures: figuresByProgramme.optional().meta({ description: 'Township staff: its figures at the cut-off now' }),
        submission: submissionVersion.optional(),
        history: z.array(submissionVersion).optional().meta({ description: 'Township staff: earlier versions' }),
      }),
    ),
  })
  .meta({ id: 'BulletinSubmissions' });

const row = z.strictObject({
  rank: z.number().int().min(1).nullable(),
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
    planCompletionRate: z.number().min(0),
    noHouseCommitted: yuan,
    noHousePaid: yuan,
    sales: z.strictObject({ count, early: count, amountDue: yuan }).meta({
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
      householder: z.string().meta({ description: 'Masked: 张**' }),
      identity: z.string().meta({ description: 'Masked: 152103********1234' }),
      status: z.enum(CASE_STATUSES),
      completionBy: z.string().optional(),
      finalAcceptedOn: z.string().optional(),
    }),
  ),
});

export const bulletinSchema = z
  .strictObject({
    asOf: z.string(),
    title: z.string(),
    dateText: z.string().meta({ description: '2019年8月15日' }),
    deadline: z.string(),
    policyId: z.string(),
    status: z.enum(['draft', 'published']),
    revision: z.number().int().min(1).optional(),
    builtAt: z.string(),
    publishedAt: z.string().optional(),
    publishedBy: z.strictObject({ role: z.string() }).optional(),
    correction: z.strictObject({ reason: z.string(), replaces: z.number().int().min(1) }).optional(),
    programmes: z.array(programmeBulletin),
    narratives: z.array(
      z.strictObject({
        township: z.string(),
        name: z.string(),
        version: z.number().int().min(1),
        submittedAt: z.string(),
        progress: z.string(),
        problems: z.string(),
        measures: z.string(),
        figuresChanged: z.boolean().meta({ description: 'Its figures changed between submission and publication' }),
      }),
    ),
    missing: z.array(z.strictObject({ township: z.string(), name: z.string() })),
    files: z.strictObject({ xlsx: z.string().meta({ description: 'Short-lived (5 minutes) signed link' }) }),
    revisions: z
      .array(
        z.strictObject({
          revision: z.number().int().min(1),
          publishedAt: z.string(),
          correction: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Bulletin' });

const list = z
  .strictObject({
    bulletins: z.array(
      z.strictObject({
        asOf: z.string(),
        status: z.enum(['draft', 'published']),
        revisions: count,
        closed: z.boolean(),
        publishedAt: z.string().optional(),
        draftBuiltAt: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'BulletinList' });

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
