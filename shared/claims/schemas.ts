import * as z from '../zod.js';
import { freeText, idString, isoDate, personId, yuanAtMost } from '../http/schemas.js';
import { MONEY_BOUNDS } from '../policy/money-bounds.js';
import { CHRONIC_DISEASE_CODES, MAJOR_DISEASE_CODES } from '../reference/diseases.js';

const claimKind = z.enum(['inpatient', 'outpatient', 'chronic-outpatient']);
const claimCost = yuanAtMost(MONEY_BOUNDS.claimCost.value);

/** POST /v1/claims body (the Claim schemas of docs/openapi.json); money arrives in yuan and leaves this schema as integer fen. */
export const claimBodySchema = z.withMeta(
  z
    .strictObject({
      claimId: idString,
      hospitalId: z.optional(freeText(64)),
      personId,
      kind: claimKind,
      admittedOn: z.optional(isoDate),
      dischargedOn: z.optional(isoDate),
      servedOn: z.optional(isoDate),
      diagnosis: z._default(
        z.strictObject({
          icd10: z.optional(
            z.nullable(
              z.string().check(z.maxLength(16), z.regex(/^[A-Za-z0-9.+ -]*$/, { message: 'must be an ICD-10 code' })),
            ),
          ),
          majorDisease: z.optional(
            z.nullable(
              z.enum(MAJOR_DISEASE_CODES, { message: 'must be a major-disease code from GET /v1/reference/diseases' }),
            ),
          ),
          chronicDisease: z.optional(
            z.nullable(
              z.enum(CHRONIC_DISEASE_CODES, {
                message: 'must be a chronic-disease code from GET /v1/reference/diseases',
              }),
            ),
          ),
          cataractEyes: z.optional(z.nullable(z.union([z.literal(1), z.literal(2)]))),
        }),
        {},
      ),
      referral: z._default(z.strictObject({ registered: z.boolean(), emergency: z.boolean() }), {
        registered: false,
        emergency: false,
      }),
      costs: z.strictObject({
        total: claimCost,
        outOfCatalogue: z._default(claimCost, 0),
        patientExcess: z._default(claimCost, 0),
        hospitalExcess: z._default(claimCost, 0),
      }),
      deliveries: z._default(z.union([z.literal(0), z.literal(1)]), 0),
    })
    .check(
      z.superRefine((c, ctx) => {
        const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
        if (c.kind === 'inpatient') {
          if (!c.admittedOn) issue(['admittedOn'], 'is required for an inpatient claim');
          if (!c.dischargedOn) issue(['dischargedOn'], 'is required for an inpatient claim');
          if (c.admittedOn && c.dischargedOn && c.admittedOn > c.dischargedOn)
            issue(['dischargedOn'], 'must not be before admittedOn');
          if (c.servedOn)
            issue(['servedOn'], 'is for outpatient claims; an inpatient claim has admittedOn and dischargedOn');
        } else {
          if (!c.servedOn) issue(['servedOn'], `is required for a ${c.kind} claim`);
          if (c.admittedOn || c.dischargedOn)
            issue([c.admittedOn ? 'admittedOn' : 'dischargedOn'], 'is for inpatient claims; use servedOn');
        }
        if (c.kind === 'chronic-outpatient' && !c.diagnosis.chronicDisease)
          issue(['diagnosis', 'chronicDisease'], 'is required for a chronic-outpatient claim');
        if (c.deliveries === 1 && c.kind !== 'chronic-outpatient')
          issue(['deliveries'], 'a delivery belongs to a chronic-outpatient claim');
        if (c.diagnosis.cataractEyes && c.kind !== 'inpatient')
          issue(['diagnosis', 'cataractEyes'], 'cataract surgery is an inpatient claim');
        const parts = c.costs.outOfCatalogue + c.costs.patientExcess + c.costs.hospitalExcess;
        if (parts > c.costs.total)
          issue(['costs'], 'outOfCatalogue + patientExcess + hospitalExcess must not exceed total');
      }),
    ),
  { id: 'ClaimRequest' },
);
export type ClaimBody = z.output<typeof claimBodySchema>;

export const claimPathSchema = z.object({ claimId: idString });
export const claimQuerySchema = z.object({
  hospitalId: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/))),
});

const amountsSchema = z.object({
  total: z.number(),
  compliant: z.number(),
  basicInsurance: z.number(),
  criticalIllnessInsurance: z.number(),
  medicalAssistance: z.number(),
  commercialInsurance: z.number(),
  safetyNetFund: z.number(),
  hospital: z.number(),
  patient: z.number(),
  financeDeliveryFee: z.number(),
});

export const settlementResponseSchema = z.withMeta(
  z.object({
    claimId: z.string(),
    hospitalId: z.string(),
    personId: z.string(),
    status: z.enum(['settled', 'voided']),
    policyId: z.string(),
    settledAt: z.string(),
    voidedAt: z.optional(z.string()),
    kind: claimKind,
    serviceDate: z.withMeta(z.string(), { description: 'Discharge (inpatient) or service date, YYYY-MM-DD' }),
    tilt: z.boolean(),
    rule: z.withMeta(
      z.enum([
        'cataract-programme',
        'major-disease',
        'critical-illness',
        'self-pay-cap',
        'standard',
        'township-outpatient',
        'outpatient-other-level',
        'chronic-delivery',
      ]),
      { description: "The rule that set the patient's share" },
    ),
    amounts: z.withMeta(amountsSchema, { description: 'Yuan; the seven payer parts add up to total to the fen' }),
    steps: z.array(
      z.object({
        rule: z.string(),
        clause: z.withMeta(z.string(), { description: 'Clause of 扎政办字〔2019〕27号, e.g. H 三.(二).1.2)' }),
        payer: z.enum([
          'basicInsurance',
          'criticalIllnessInsurance',
          'medicalAssistance',
          'commercialInsurance',
          'safetyNetFund',
          'hospital',
          'patient',
          'financeDeliveryFee',
          'none',
        ]),
        amount: z.withMeta(z.number(), { description: 'Yuan' }),
        note: z.string(),
      }),
    ),
  }),
  { id: 'Settlement' },
);

export const reconciliationPathSchema = z.object({ year: z.coerce.number().check(z.int(), z.gte(2019), z.lte(2100)) });
export const contributionQuerySchema = z.object({ year: z.coerce.number().check(z.int(), z.gte(2019), z.lte(2100)) });

/** A run after the January–March window needs the insurance bureau's reason [H 三.(二).5.6)]. */
export const reconciliationRunQuerySchema = z.object({
  reason: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(200))),
});
