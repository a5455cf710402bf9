import { z } from 'zod';
import { codeString } from '../http/schemas.js';

export const hospitalSchema = z
  .strictObject({
    hospitalId: codeString,
    name: z.string().trim().min(1).max(100),
    level: z.enum(['township', 'county', 'prefecture', 'region', 'outside']),
    grade: z.enum(['primary', 'secondary', 'tertiary']),
    secondaryOutOfCatalogueLimit: z.boolean(),
    majorDiseaseDesignated: z.boolean(),
    cataractProgramme: z.boolean(),
    inCounty: z.boolean(),
  })
  .meta({ id: 'Hospital' });

export const hospitalPathSchema = z.object({ hospitalId: codeString });
