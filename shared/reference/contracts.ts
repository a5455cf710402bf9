import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import {
  hospitalPathSchema,
  hospitalSchema,
  machineClientBodySchema,
  machineClientPathSchema,
  machineClientSchema,
} from './schemas.js';
import { TOWNSHIP_CODES } from './townships.js';

export const REFERENCE_CONTRACTS = {
  health: contract({
    route: 'GET /v1/health',
    success: {
      status: 200,
      schema: z.withMeta(z.object({ status: z.literal('ok') }), { id: 'Health' }),
      description: 'The service is up',
    },
  }),
  openapi: contract({
    route: 'GET /v1/openapi.json',
    success: {
      status: 200,
      schema: z.withMeta(
        z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }) }),
        { id: 'OpenApiDocument', description: 'This OpenAPI 3.1 document' },
      ),
      description: 'This document',
    },
    examples: {
      response: { openapi: '3.1.0', info: { title: 'Zhalantun 2019 poverty-alleviation platform', version: '1.0.0' } },
    },
  }),
  ready: contract({
    route: 'GET /v1/health/ready',
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          status: z.literal('ready'),
          checks: z.object({ table: z.literal('ok'), bucket: z.literal('ok') }),
        }),
        { id: 'Readiness' },
      ),
      description: 'The table and the bucket answered; 503 `unavailable` (with Retry-After) when either did not',
    },
    examples: { response: { status: 'ready', checks: { table: 'ok', bucket: 'ok' } } },
  }),
  townships: contract({
    route: 'GET /v1/reference/townships',
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({ townships: z.array(z.object({ code: z.enum(TOWNSHIP_CODES), name: z.string() })) }),
        { id: 'Townships' },
      ),
      description: 'Townships in reference order',
    },
  }),
  diseases: contract({
    route: 'GET /v1/reference/diseases',
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          diseases: z.array(z.object({ code: z.string(), name: z.string(), list: z.enum(['major', 'chronic']) })),
        }),
        { id: 'Diseases' },
      ),
      description: 'Disease lists',
    },
  }),
  hospitals: contract({
    route: 'GET /v1/hospitals',
    success: {
      status: 200,
      schema: z.withMeta(z.object({ hospitals: z.array(hospitalSchema) }), { id: 'Hospitals' }),
      description: 'The registry',
    },
  }),
  hospitalPut: contract({
    route: 'PUT /v1/hospitals/{hospitalId}',
    params: hospitalPathSchema,
    body: hospitalSchema,
    success: { status: 200, schema: hospitalSchema, description: 'Stored' },
  }),
  machineClients: contract({
    route: 'GET /v1/hospitals/{hospitalId}/machine-clients',
    params: hospitalPathSchema,
    success: {
      status: 200,
      schema: z.object({ machineClients: z.array(machineClientSchema) }),
      description: "The hospital's registered billing systems",
    },
    errors: { 404: ['hospital-not-found'] },
  }),
  machineClientPut: contract({
    route: 'PUT /v1/hospitals/{hospitalId}/machine-clients/{clientId}',
    params: machineClientPathSchema,
    body: machineClientBodySchema,
    success: { status: 200, schema: machineClientSchema, description: 'Registered (a repeat changes only the label)' },
    errors: { 404: ['hospital-not-found'], 409: ['client-registered-elsewhere'] },
  }),
  machineClientDelete: contract({
    route: 'DELETE /v1/hospitals/{hospitalId}/machine-clients/{clientId}',
    params: machineClientPathSchema,
    success: { status: 204, description: 'Revoked: tokens of this client are refused from now on' },
    errors: { 404: ['machine-client-not-found'] },
  }),
};
