import { z } from 'zod';
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

export const BULLETIN_CONTRACTS = {
  submit: contract({
    route: 'POST /v1/bulletins/{asOf}/submissions',
    params: bulletinPathSchema,
    body: narrativeBodySchema,
    success: {
      status: 201,
      schema: submission,
      description: 'Submitted (a new version; 200 when the same narrative over the same figures is posted again)',
    },
    errors: [409],
  }),
  submissions: contract({
    route: 'GET /v1/bulletins/{asOf}/submissions',
    params: bulletinPathSchema,
    success: { status: 200, schema: submissions, description: 'Who submitted for the cut-off' },
  }),
  draft: contract({
    route: 'POST /v1/bulletins/{asOf}/draft',
    params: bulletinPathSchema,
    success: { status: 201, schema: bulletinSchema, description: 'The draft as it would be published now' },
  }),
  publish: contract({
    route: 'POST /v1/bulletins/{asOf}/publish',
    params: bulletinPathSchema,
    body: publishBodySchema,
    success: {
      status: 201,
      schema: bulletinSchema,
      description: 'Published (a new revision); 200 with the latest when already published and no correction',
    },
    errors: [409],
  }),
  get: contract({
    route: 'GET /v1/bulletins/{asOf}',
    params: bulletinPathSchema,
    query: bulletinQuerySchema,
    success: {
      status: 200,
      schema: bulletinSchema,
      description: 'The latest (or asked) revision; the office: the draft',
    },
    errors: [404],
  }),
  list: contract({
    route: 'GET /v1/bulletins',
    success: { status: 200, schema: list, description: 'Cut-offs with a bulletin, newest first' },
  }),
};
