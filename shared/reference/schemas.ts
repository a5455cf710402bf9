import * as z from 'zod';
import { codeString, freeText } from '../http/schemas.js';

export const hospitalSchema = z
  .strictObject({
    hospitalId: codeString,
    name: freeText(100),
    level: z.enum(['township', 'county', 'prefecture', 'region', 'outside']),
    grade: z.enum(['primary', 'secondary', 'tertiary']),
    secondaryOutOfCatalogueLimit: z.boolean(),
    majorDiseaseDesignated: z.boolean(),
    cataractProgramme: z.boolean(),
    inCounty: z.boolean(),
  })
  .meta({ id: 'Hospital' });

export const hospitalPathSchema = z.object({ hospitalId: codeString });

/** An OAuth client id as identity providers issue them (Cognito: 26 alphanumerics; Keycloak: a name). */
export const clientIdString = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,128}$/, { message: 'must be 1-128 of A-Z a-z 0-9 . _ -' });

export const machineClientPathSchema = z.object({ hospitalId: codeString, clientId: clientIdString });

export const machineClientBodySchema = z
  .strictObject({ label: z.string().trim().min(1).max(100) })
  .meta({ id: 'MachineClientRegistration' });

export const machineClientSchema = z
  .strictObject({
    clientId: z.string(),
    hospitalId: z.string(),
    label: z.string(),
    registeredBy: z.string(),
    registeredAt: z.string(),
  })
  .meta({ id: 'MachineClient' });
