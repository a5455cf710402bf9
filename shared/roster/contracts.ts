import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import {
  arrearsFlagSchema,
  chronicCertificationSchema,
  eligibilityQuerySchema,
  householdPathSchema,
  personPathSchema,
  rosterLoadDocSchema,
  rosterLoadResultSchema,
  rosterLoadSchema,
} from './schemas.js';
import { yearFiguresSchema } from './year-figures.js';

const eligibilitySchema = z.withMeta(
  z.object({
    personId: z.string(),
    name: z.string(),
    householdId: z.string(),
    registeredPoor: z.boolean(),
    payAfterTreatment: z.boolean(),
    notPayAfterTreatmentBecause: z.withMeta(z.array(z.enum(['not-registered', 'arrears-flag', 'outside-county'])), {
      description: 'Why pay-after-treatment is refused (empty when it is granted)',
    }),
    hospitalId: z.nullable(z.string()),
    chronicDiseases: z.array(chronicCertificationSchema),
    year: yearFiguresSchema,
  }),
  { id: 'Eligibility' },
);

export const ROSTER_CONTRACTS = {
  load: contract({
    route: 'PUT /v1/roster/persons',
    body: rosterLoadSchema,
    documentedBody: rosterLoadDocSchema,
    success: { status: 200, schema: rosterLoadResultSchema, description: 'Rows accepted and rejected (by index)' },
    // roster-load-incomplete: the rows not stored, by index (details); resend the same request to finish.
    errors: { 500: ['roster-load-incomplete'], 503: ['roster-load-incomplete'] },
  }),
  eligibility: contract({
    route: 'GET /v1/persons/{personId}/eligibility',
    params: personPathSchema,
    query: eligibilityQuerySchema,
    success: { status: 200, schema: eligibilitySchema, description: 'Registered-poor status and pay-after-treatment' },
    errors: { 404: ['person-not-found', 'hospital-not-found'] },
  }),
  chronic: contract({
    route: 'POST /v1/persons/{personId}/chronic-certifications',
    params: personPathSchema,
    body: chronicCertificationSchema,
    success: {
      status: 201,
      schema: z.withMeta(z.object({ personId: z.string(), ...chronicCertificationSchema.shape }), {
        id: 'ChronicCertificationRecord',
      }),
      description: 'The certification, stored',
    },
    errors: { 404: ['person-not-found'] },
  }),
  arrears: contract({
    route: 'POST /v1/households/{householdId}/arrears-flag',
    params: householdPathSchema,
    body: arrearsFlagSchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          householdId: z.string(),
          flagged: z.boolean(),
          reason: z.string(),
          flaggedByHospital: z.withMeta(z.optional(z.string()), {
            description: 'While flagged: the hospital that flagged (or insurance-bureau)',
          }),
        }),
        { id: 'ArrearsFlagRecord' },
      ),
      description: 'The flag as stored',
    },
  }),
};
