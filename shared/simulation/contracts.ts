import * as z from 'zod';
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
    .trim()
    .min(1, { message: `${what} must not be empty` })
    .max(max, { message: `${what} must be at most ${max} characters` })
    .regex(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'must not contain control or formatting characters' });

export const simulationBodySchema = z
  .strictObject({
    programme: z.enum(['health', 'housing', 'education']).meta({
      description:
        'health: re-settle the year’s claims; housing: the subsidy budget over the year’s cases; education: the year’s aid payments under changed amounts or caps',
    }),
    year: z.number().int().min(2000).max(2100),
    variant: z.strictObject({
      name: text(100, 'name'),
      reason: text(1000, 'reason'),
      overrides: z
        .record(
          z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, {
            message: 'must be a dotted parameter name such as targets.selfPayCap.county',
          }),
          z.number().nullable(),
        )
        .default({})
        .meta({
          description:
            'Parameter name → new value: yuan for fen parameters, percent for bp parameters, a whole number for counts; null only for "no maximum". Empty: the baseline only.',
          example: { 'targets.selfPayCap.county': 3000, 'topUp.shareOfRemainder.commercialInsurance': 40 },
        }),
    }),
  })
  .meta({ id: 'SimulationRequest' });

export const simulationPathSchema = z.object({
  simulationId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'must be a simulation id',
  }),
});

const payers = z
  .strictObject({
    basicInsurance: z.number(),
    criticalIllnessInsurance: z.number(),
    medicalAssistance: z.number(),
    commercialInsurance: z.number(),
    safetyNetFund: z.number(),
    hospital: z.number(),
    patient: z.number(),
    financeDeliveryFee: z.number().meta({ description: "Finance's delivery fee, outside the claim total" }),
    total: z.number().meta({ description: 'The seven parts: the claims’ total cost' }),
  })
  .meta({ id: 'SimulationPayers', description: 'Yuan per payer' });

const group = z.strictObject({
  key: z
    .string()
    .meta({ description: 'Township code, hospital level, or disease group (major:…, chronic:…, icd10:…)' }),
  name: z.string().optional(),
  claims: z.number().int(),
  payers,
});

const ratio = z.strictObject({
  percent: z.number().nullable(),
  targetPercent: z.number(),
  met: z.boolean().nullable().meta({ description: 'Whether the figure reaches the target of the policy applied' }),
  claims: z.number().int(),
  clause: z.string(),
});

const scenarioShape = {
  claims: z.number().int(),
  payers,
  byTownship: z.array(group),
  byHospitalLevel: z.array(group),
  byDiseaseGroup: z.array(group),
  indicators: z.strictObject({
    majorDiseaseEffectiveRatio: ratio,
    chronicEffectiveRatio: ratio,
    belowPolicyRangeFloor: z.strictObject({
      claims: z.number().int(),
      of: z.number().int(),
      percent: z.number().nullable(),
      floorPercent: z.number(),
      clause: z.string(),
    }),
    paidAboveCapRule: z.strictObject({ claims: z.number().int(), yuan: z.number(), clause: z.string() }),
  }),
};
const scenario = z.strictObject(scenarioShape).meta({ id: 'SimulationScenario' });

const budgetShape = {
  cases: z.number().int(),
  recordedCommitted: z.number(),
  recordedPaid: z.number(),
  baseline: z.number(),
  variant: z.number(),
  change: z.number().meta({ description: 'variant − baseline' }),
};
const budgetRow = z.strictObject({ key: z.string(), ...budgetShape });
const budgetSchema = z
  .strictObject({
    cases: z.strictObject({ counted: z.number().int(), closedWithoutSubsidy: z.number().int() }),
    totals: z.strictObject(budgetShape),
    byProgramme: z.array(z.strictObject({ key: z.string(), ...budgetShape, plannedInvestment: z.number() })),
    byTownship: z.array(budgetRow),
    byRule: z.array(budgetRow),
    inconsistencies: z.strictObject({
      baselineEqualsRecorded: z.boolean(),
      cases: z.number().int(),
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
  })
  .meta({ id: 'SimulationBudget' });

const educationShape = {
  payments: z.number().int(),
  recorded: z.number(),
  baseline: z.number(),
  variant: z.number(),
  change: z.number().meta({ description: 'variant − baseline' }),
};
const educationRow = z.strictObject({ key: z.string(), ...educationShape });
const educationSchema = z
  .strictObject({
    payments: z.strictObject({
      counted: z.number().int(),
      students: z.number().int(),
      openingBalancesSkipped: z
        .number()
        .int()
        .meta({ description: 'Payments before the system: history, not re-decided' }),
    }),
    totals: z.strictObject(educationShape),
    byType: z.array(educationRow).meta({ description: 'key: university-aid, milk-subsidy or hardship-aid' }),
    byTownship: z.array(educationRow),
    universityCap: z.strictObject({
      studentsAtCap: z.strictObject({ baseline: z.number().int(), variant: z.number().int() }),
      refusedUnderVariant: z
        .strictObject({ payments: z.number().int(), recorded: z.number() })
        .meta({ description: 'Payments the variant’s cap would have refused, and what the ledger paid for them' }),
    }),
    inconsistencies: z.strictObject({
      baselineEqualsRecorded: z.boolean(),
      payments: z.number().int(),
      items: z.array(
        z.strictObject({
          paymentId: z.string(),
          studentId: z.string().meta({ description: 'Masked identity number' }),
          recorded: z.number(),
          baseline: z.number(),
          note: z.string(),
        }),
      ),
    }),
  })
  .meta({ id: 'SimulationEducation' });

const bin = z.strictObject({ fromYuan: z.number().nullable(), toYuan: z.number().nullable(), persons: z.number() });
const movement = z.strictObject({ persons: z.number().int(), yuan: z.number(), largestYuan: z.number() });

export const simulationSchema = z
  .strictObject({
    simulationId: z.string(),
    programme: z.enum(['health', 'housing', 'education']),
    year: z.number().int(),
    status: z.enum(['running', 'done', 'failed']),
    variant: z
      .strictObject({
        name: z.string(),
        reason: z.string(),
        overrides: z.record(z.string(), z.number().nullable()),
        ...Object.fromEntries(Object.entries(scenarioShape).map(([k, v]) => [k, v.optional()])),
      })
      .meta({
        id: 'SimulationVariant',
        description: 'The variant as asked (name, reason, overrides) and, once done, its figures (as a scenario)',
      }),
    applied: z
      .array(
        z.strictObject({
          name: z.string(),
          unit: z.enum(['fen', 'bp', 'count', 'm2']),
          citation: z.string(),
          description: z.string(),
          from: z.number().nullable().meta({ description: "The version's value in the parameter's unit" }),
          to: z.number().nullable(),
        }),
      )
      .meta({ description: 'The overrides in the parameters’ own units (fen, basis points, counts)' }),
    policyIds: z.array(z.string()),
    createdBy: z.strictObject({ sub: z.string(), role: z.enum(ROLES) }),
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    error: z.string().optional(),
    claims: z.strictObject({ surviving: z.number().int(), voided: z.number().int() }).optional(),
    persons: z.number().int().optional(),
    recorded: scenario.optional().meta({ description: 'What the ledger recorded' }),
    baseline: scenario.optional().meta({ description: 'The same year settled again under the unchanged policy' }),
    selfPayChange: z
      .strictObject({
        persons: z.number().int(),
        rises: movement,
        falls: movement,
        unchanged: z.number().int(),
        histogram: z.array(bin),
      })
      .optional()
      .meta({ description: 'Per person: variant − baseline self-pay' }),
    inconsistencies: z
      .strictObject({
        baselineEqualsRecorded: z.boolean(),
        claims: z.number().int(),
        byReason: z.record(z.string(), z.number().int()),
        difference: z.record(z.string(), z.number()),
        items: z.array(
          z.strictObject({
            hospitalId: z.string(),
            claimId: z.string(),
            personId: z.string().meta({ description: 'Masked identity number' }),
            reason: z.enum(['cannot-resettle', 'posting-order-or-void', 'unexplained']),
            note: z.string(),
            recorded: payers,
            baseline: payers,
          }),
        ),
      })
      .optional(),
    budget: budgetSchema.optional().meta({ description: 'Housing: the subsidy budget effect, in yuan' }),
    education: educationSchema
      .optional()
      .meta({ description: 'Education: the aid budget effect, in yuan (E 三.(二))' }),
    files: z.strictObject({ json: z.string(), csv: z.string(), xlsx: z.string() }).optional(),
  })
  .meta({ id: 'Simulation' });

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
