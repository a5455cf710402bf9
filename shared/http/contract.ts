import type { ZodMiniType as ZodType } from '../zod.js';

/**
 * Machine codes a route may answer, by status, besides those every route has (`validation-error` 400,
 * `unauthorized` 401, `forbidden` 403, `payload-too-large` 413, `unsupported-media-type` 415,
 * `internal-error` 500, and `unavailable` 503 where the route reads or writes storage). The OpenAPI
 * document lists each status with its codes as an enum a client can switch on.
 */
export interface ErrorCodes {
  400?: readonly string[];
  404?: readonly string[];
  409?: readonly string[];
  429?: readonly string[];
  500?: readonly string[];
  503?: readonly string[];
}

/**
 * A route's contract: the zod schemas that validate its request and describe its answer. Handlers pass it
 * to apiHandler; scripts/openapi builds the OpenAPI description from the same objects, so the document
 * cannot say something the code does not check. Each domain keeps its contracts next to its schemas, so a
 * function bundles only its own domain's.
 */
export interface Contract<
  B extends ZodType | undefined = ZodType | undefined,
  Q extends ZodType | undefined = ZodType | undefined,
  P extends ZodType | undefined = ZodType | undefined,
> {
  route: string;
  body?: B;
  query?: Q;
  params?: P;
  /** The body as documented, when the handler validates parts of it itself (e.g. roster rows one by one). */
  documentedBody?: ZodType;
  /**
   * Success status and the schema of its body. `replay` describes the 200 answered (with the same schema)
   * when a create is posted again with the same body.
   */
  success: { status: number; schema?: ZodType; description: string; replay?: string };
  /** Error codes this route may answer besides the common ones, by status. */
  errors?: ErrorCodes;
  /** A realistic request body and success body for the document (synthetic data). */
  examples?: { request?: unknown; response?: unknown };
}

export function contract<
  B extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  P extends ZodType | undefined = undefined,
>(c: Contract<B, Q, P>): Contract<B, Q, P> {
  return c;
}
