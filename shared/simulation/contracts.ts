import * as z from '../zod.js';
import { ROLES } from '../auth/roles.js';
import { contract } from '../http/contract.js';

/**
 * `POST /v1/simulations` and `GET /v1/simulations/{simulationId}` (docs/simulation.md). Money in yuan;
 * override values in the parameter's boundary unit: yuan for `fen`, percent for `bp`, a whole number for
 * `count`.
 */
const text = (max: number, what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: `${what} must not be empty` }),
      z.maxLength(max, { message: `${what} must be at most ${max} characters` }),
      z.regex(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'must not contain control or formatting characters' }),
    );

export const simulationBodySchema = z.withMeta(
  z.strictObject({
    programme: z.withMeta(z.enum(['health', 'housing', 'education']), {
      description:
        'health: re-settle the year’s claims; housing: the subsidy budget over the year’s cases; education: the year’s aid payments under changed amounts or caps',
    }),
    year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
    variant: z.strictObject({
      name: text(100, 'name'),
      reason: text(1000, 'reason'),
      overrides: z.withMeta(
        z._default(
          z.record(
            z.string().check(
              z.regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, {
                message: 'must be a dotted parameter name such as targets.selfPayCap.county',
              }),
            ),
            z.nullable(z.number()),
          ),
          {},
        ),
        {
          description:
            'Parameter name → new value: yuan for fen parameters, percent for bp parameters, a whole number for counts; null only for "no maximum". Empty: the baseline only.',
          example: { 'targets.selfPayCap.county': 3000, 'topUp.shareOfRemainder.commercialInsurance': 40 },
        },
      ),
    }),
  }),
  { id: 'SimulationRequest' },
);

export const simulationPathSchema = z.object({
  simulationId: z.string().check(
    z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
      message: 'must be a simulation id',
    }),
  ),
});

const payers = z.withMeta(
  z.strictObject({
    basicInsurance: z.number(),
    criticalIllnessInsurance: z.number(),
    medicalAssistance: z.number(),
    commercialInsurance: z.number(),
    safetyNetFund: z.number(),
    hospital: z.number(),
    patient: z.number(),
    financeDeliveryFee: z.withMeta(z.number(), { description: "Finance's delivery fee, outside the claim total" }),
    total: z.withMeta(z.number(), { description: 'The seven parts: the claims’ total cost' }),
  }),
  { id: 'SimulationPayers', description: 'Yuan per payer' },
);

const group = z.strictObject({
  key: z.withMeta(z.string(), {
    description: 'Township code, hospital level, or disease group (major:…, chronic:…, icd10:…)',
  }),
  name: z.optional(z.string()),
  claims: z.number().check(z.int()),
  payers,
});

const ratio = z.strictObject({
  percent: z.nullable(z.number()),
  targetPercent: z.number(),
  met: z.withMeta(z.nullable(z.boolean()), {
    description: 'Whether the figure reaches the target of the policy applied',
  }),
  claims: z.number().check(z.int()),
  clause: z.string(),
});

const scenarioShape = {
  claims: z.number().check(z.int()),
  payers,
  byTownship: z.array(group),
  byHospitalLevel: z.array(group),
  byDiseaseGroup: z.array(group),
  indicators: z.strictObject({
    majorDiseaseEffectiveRatio: ratio,
    chronicEffectiveRatio: ratio,
    belowPolicyRangeFloor: z.strictObject({
      claims: z.number().check(z.int()),
      of: z.number().check(z.int()),
      percent: z.nullable(z.number()),
      floorPercent: z.number(),
      clause: z.string(),
    }),
    paidAboveCapRule: z.strictObject({ claims: z.number().check(z.int()), yuan: z.number(), clause: z.string() }),
  }),
};
const scenario = z.withMeta(z.strictObject(scenarioShape), { id: 'SimulationScenario' });

const budgetShape = {
  cases: z.number().check(z.int()),
  recordedCommitted: z.number(),
  recordedPaid: z.number(),
  baseline: z.number(),
  variant: z.number(),
  change: z.withMeta(z.number(), { description: 'variant − baseline' }),
};
const budgetRow = z.strictObject({ key: z.string(), ...budgetShape });
const budgetSchema = z.withMeta(
  z.strictObject({
    cases: z.strictObject({ counted: z.number().check(z.int()), closedWithoutSubsidy: z.number().check(z.int()) }),
    totals: z.strictObject(budgetShape),
    byProgramme: z.array(z.strictObject({ key: z.string(), ...budgetShape, plannedInvestment: z.number() })),
    byTownship: z.array(budgetRow),
    byRule: z.array(budgetRow),
    inconsistencies: z.strictObject({
      baselineEqualsRecorded: z.boolean(),
      cases: z.number().check(z.int()),
      items: z.array(
        z.strictObject({
          caseId: z.string(),
          township: z.string(),
          recorded: z.number(),
          baseline: z.number(),
          note: z.string(),
        }),
      ),
    }),
  }),
  { id: 'SimulationBudget' },
);

const educationShape = {
  payments: z.number().check(z.int()),
  recorded: z.number(),
  baseline: z.number(),
  variant: z.number(),
  change: z.withMeta(z.number(), { description: 'variant − baseline' }),
};
const educationRow = z.strictObject({ key: z.string(), ...educationShape });
const educationSchema = z.withMeta(
  z.strictObject({
    payments: z.strictObject({
      counted: z.number().check(z.int()),
      students: z.number().check(z.int()),
      openingBalancesSkipped: z.withMeta(z.number().check(z.int()), {
        description: 'Payments before the system: history, not re-decided',
      }),
    }),
    totals: z.strictObject(educationShape),
    byType: z.withMeta(z.array(educationRow), { description: 'key: university-aid, milk-subsidy or hardship-aid' }),
    byTownship: z.array(educationRow),
    universityCap: z.strictObject({
      studentsAtCap: z.strictObject({ baseline: z.number().check(z.int()), variant: z.number().check(z.int()) }),
      refusedUnderVariant: z.withMeta(z.strictObject({ payments: z.number().check(z.int()), recorded: z.number() }), {
        description: 'Payments the variant’s cap would have refused, and what the ledger paid for them',
      }),
    }),
    inconsistencies: z.strictObject({
      baselineEqualsRecorded: z.boolean(),
      payments: z.number().check(z.int()),
      items: z.array(
        z.strictObject({
          paymentId: z.string(),
          studentId: z.withMeta(z.string(), { description: 'Masked identity number' }),
          recorded: z.number(),
          baseline: z.number(),
          note: z.string(),
        }),
      ),
    }),
  }),
  { id: 'SimulationEducation' },
);

const bin = z.strictObject({ fromYuan: z.nullable(z.number()), toYuan: z.nullable(z.number()), persons: z.number() });
const movement = z.strictObject({ persons: z.number().check(z.int()), yuan: z.number(), largestYuan: z.number() });

export const simulationSchema = z.withMeta(
  z.strictObject({
    simulationId: z.string(),
    programme: z.enum(['health', 'housing', 'education']),
    year: z.number().check(z.int()),
    status: z.enum(['running', 'done', 'failed']),
    variant: z.withMeta(
      z.strictObject({
        name: z.string(),
        reason: z.string(),
        overrides: z.record(z.string(), z.nullable(z.number())),
        ...Object.fromEntries(Object.entries(scenarioShape).map(([k, v]) => [k, z.optional(v)])),
      }),
      {
        id: 'SimulationVariant',
        description: 'The variant as asked (name, reason, overrides) and, once done, its figures (as a scenario)',
      },
    ),
    applied: z.withMeta(
      z.array(
        z.strictObject({
          name: z.string(),
          unit: z.enum(['fen', 'bp', 'count', 'm2']),
          citation: z.string(),
          description: z.string(),
          from: z.withMeta(z.nullable(z.number()), { description: "The version's value in the parameter's unit" }),
          to: z.nullable(z.number()),
        }),
      ),
      { description: 'The overrides in the parameters’ own units (fen, basis points, counts)' },
    ),
    policyIds: z.array(z.string()),
    createdBy: z.strictObject({ sub: z.string(), role: z.enum(ROLES) }),
    createdAt: z.string(),
    finishedAt: z.optional(z.string()),
    error: z.optional(z.string()),
    claims: z.optional(z.strictObject({ surviving: z.number().check(z.int()), voided: z.number().check(z.int()) })),
    persons: z.optional(z.number().check(z.int())),
    recorded: z.withMeta(z.optional(scenario), { description: 'What the ledger recorded' }),
    baseline: z.withMeta(z.optional(scenario), {
      description: 'The same year settled again under the unchanged policy',
    }),
    selfPayChange: z.withMeta(
      z.optional(
        z.strictObject({
          persons: z.number().check(z.int()),
          rises: movement,
          falls: movement,
          unchanged: z.number().check(z.int()),
          histogram: z.array(bin),
        }),
      ),
      { description: 'Per person: variant − baseline self-pay' },
    ),
    inconsistencies: z.optional(
      z.strictObject({
        baselineEqualsRecorded: z.boolean(),
        claims: z.number().check(z.int()),
        byReason: z.record(z.string(), z.number().check(z.int())),
        difference: z.record(z.string(), z.number()),
        items: z.array(
          z.strictObject({
            hospitalId: z.string(),
            claimId: z.string(),
            personId: z.withMeta(z.string(), { description: 'Masked identity number' }),
            reason: z.enum(['cannot-resettle', 'posting-order-or-void', 'unexplained']),
            note: z.string(),
            recorded: payers,
            baseline: payers,
          }),
        ),
      }),
    ),
    budget: z.withMeta(z.optional(budgetSchema), { description: 'Housing: the subsidy budget effect, in yuan' }),
    education: z.withMeta(z.optional(educationSchema), {
      description: 'Education: the aid budget effect, in yuan (E 三.(二))',
    }),
    files: z.optional(z.strictObject({ json: z.string(), csv: z.string(), xlsx: z.string() })),
  }),
  { id: 'Simulation' },
);

export const SIMULATION_CONTRACTS = {
  post: contract({
    route: 'POST /v1/simulations',
    body: simulationBodySchema,
    success: {
      status: 201,
      schema: simulationSchema,
      description: 'Simulated (synchronously): the record with status done and the figures',
    },
    errors: { 400: ['no-policy'] },
  }),
  get: contract({
    route: 'GET /v1/simulations/{simulationId}',
    params: simulationPathSchema,
    success: { status: 200, schema: simulationSchema, description: 'The simulation; figures and links once done' },
    errors: { 404: ['simulation-not-found'] },
  }),
};
