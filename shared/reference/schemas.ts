import * as z from '../zod.js';
import { codeString, freeText } from '../http/schemas.js';

export const hospitalSchema = z.withMeta(
  z.strictObject({
    hospitalId: codeString,
    name: freeText(100),
    level: z.enum(['township', 'county', 'prefecture', 'region', 'outside']),
    grade: z.enum(['primary', 'secondary', 'tertiary']),
    secondaryOutOfCatalogueLimit: z.boolean(),
    majorDiseaseDesignated: z.boolean(),
    cataractProgramme: z.boolean(),
    inCounty: z.boolean(),
  }),
  { id: 'Hospital' },
);

export const hospitalPathSchema = z.object({ hospitalId: codeString });

/** An OAuth client id as identity providers issue them (Cognito: 26 alphanumerics; Keycloak: a name). */
export const clientIdString = z
  .string()
  .check(z.regex(/^[A-Za-z0-9._-]{1,128}$/, { message: 'must be 1-128 of A-Z a-z 0-9 . _ -' }));

export const machineClientPathSchema = z.object({ hospitalId: codeString, clientId: clientIdString });

export const machineClientBodySchema = z.withMeta(
  z.strictObject({ label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }),
  { id: 'MachineClientRegistration' },
);

export const machineClientSchema = z.withMeta(
  z.strictObject({
    clientId: z.string(),
    hospitalId: z.string(),
    label: z.string(),
    registeredBy: z.string(),
    registeredAt: z.string(),
  }),
  { id: 'MachineClient' },
);
