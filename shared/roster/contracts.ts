import { z } from 'zod';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import {
  arrearsFlagSchema,
  chronicCertificationSchema,
  eligibilityQuerySchema,
  householdPathSchema,
  personPathSchema,
  rosterLoadResultSchema,
  rosterLoadSchema,
} from './schemas.js';

const eligibilitySchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    householdId: z.string(),
    registeredPoor: z.boolean(),
    payAfterTreatment: z.boolean(),
    notPayAfterTreatmentBecause: z
      .array(z.enum(['not-registered', 'arrears-flag', 'outside-county']))
      .meta({ description: 'Why pay-after-treatment is refused (empty when it is granted)' }),
    hospitalId: z.string().nullable(),
    chronicDiseases: z.array(z.object({ disease: z.string(), certifiedBy: z.string(), from: isoDate })),
    year: z
      .record(z.string(), z.unknown())
      .meta({ description: "Year-to-date figures of SPEC §3.3 from the person's year record" }),
  })
  .meta({ id: 'Eligibility' });

export const ROSTER_CONTRACTS = {
  load: contract({
    route: 'PUT /v1/roster/persons',
    body: rosterLoadSchema,
    success: { status: 200, schema: rosterLoadResultSchema, description: 'Rows accepted and rejected (by index)' },
  }),
  eligibility: contract({
    route: 'GET /v1/persons/{personId}/eligibility',
    params: personPathSchema,
    query: eligibilityQuerySchema,
    success: { status: 200, schema: eligibilitySchema, description: 'Registered-poor status and pay-after-treatment' },
    errors: [404],
  }),
  chronic: contract({
    route: 'POST /v1/persons/{personId}/chronic-certifications',
    params: personPathSchema,
    body: chronicCertificationSchema,
    success: { status: 201, schema: chronicCertificationSchema, description: 'The certification, stored' },
    errors: [404],
  }),
  arrears: contract({
    route: 'POST /v1/households/{householdId}/arrears-flag',
    params: householdPathSchema,
    body: arrearsFlagSchema,
    success: { status: 200, schema: arrearsFlagSchema, description: 'The flag as stored' },
  }),
};
