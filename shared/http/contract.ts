import type { ZodType } from 'zod';

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
  /** Success status and the schema of its body. */
  success: { status: number; schema?: ZodType; description: string };
  /** Error statuses this route may answer besides 400/401/403/500 (e.g. 404, 409). */
  errors?: readonly number[];
}

export function contract<
  B extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  P extends ZodType | undefined = undefined,
>(c: Contract<B, Q, P>): Contract<B, Q, P> {
  return c;
}
