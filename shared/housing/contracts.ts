import { z } from 'zod';
import { contract } from '../http/contract.js';
import {
  caseBodySchema,
  caseListQuerySchema,
  casePathSchema,
  eventBodySchema,
  photoBodySchema,
  photoPathSchema,
} from './schemas.js';

const caseSchema = z.record(z.string(), z.unknown()).meta({
  id: 'HousingCase',
  description: 'The case (money in yuan); with `history` and `photoList` when read one by one',
});

export const HOUSING_CONTRACTS = {
  create: contract({
    route: 'POST /v1/housing/cases',
    body: caseBodySchema,
    success: { status: 201, schema: caseSchema, description: 'Opened (200 when the same application is posted again)' },
    errors: [404, 409],
  }),
  list: contract({
    route: 'GET /v1/housing/cases',
    query: caseListQuerySchema,
    success: {
      status: 200,
      schema: z.object({ cases: z.array(caseSchema), nextToken: z.string().optional() }),
      description: 'A page of cases',
    },
  }),
  get: contract({
    route: 'GET /v1/housing/cases/{caseId}',
    params: casePathSchema,
    success: {
      status: 200,
      schema: caseSchema,
      description: 'One household, one file: the case, its history and photos',
    },
    errors: [404],
  }),
  event: contract({
    route: 'POST /v1/housing/cases/{caseId}/events',
    params: casePathSchema,
    body: eventBodySchema,
    success: { status: 201, schema: caseSchema, description: 'The case after the step' },
    errors: [404, 409],
  }),
  photo: contract({
    route: 'POST /v1/housing/cases/{caseId}/photos',
    params: casePathSchema,
    body: photoBodySchema,
    success: {
      status: 201,
      schema: z.object({
        photoId: z.string(),
        upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
        expiresAt: z.string(),
      }),
      description: 'A presigned POST for exactly this photo',
    },
    errors: [404],
  }),
  photoGet: contract({
    route: 'GET /v1/housing/cases/{caseId}/photos/{photoId}',
    params: photoPathSchema,
    success: {
      status: 200,
      schema: z.object({
        status: z.enum(['pending', 'accepted', 'rejected']),
        kind: z.string(),
        reason: z.string().optional(),
        reasonCode: z.string().optional().meta({ description: 'Why the content check rejected it, as a code' }),
        url: z.string().optional(),
      }),
      description: 'The check result; a short-lived link when accepted',
    },
    errors: [404],
  }),
};
