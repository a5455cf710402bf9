import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { MiddlewareObj } from '@middy/core';

/**
 * Whether this process traces: Powertools Tracer's own rule (docs/performance.md). Off where the stage sets
 * `POWERTOOLS_TRACE_ENABLED=false` (the China regions offer no X-Ray for Lambda), and outside Lambda (no
 * `AWS_EXECUTION_ENV`: tests, the local stack, benches), under SAM local and Amplify's mock.
 */
export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env.POWERTOOLS_TRACE_ENABLED ?? '').toLowerCase() === 'false') return false;
  const execution = env.AWS_EXECUTION_ENV ?? '';
  return execution !== '' && execution !== 'AWS_Lambda_amplify-mock' && (env.AWS_SAM_LOCAL ?? '') === '';
}

/**
 * Powertools Tracer, loaded only where it traces: with the function's active tracing it records each invocation
 * with its AWS SDK calls as X-Ray subsegments (annotated cold start, errors). Where it would only switch itself
 * off it is not even imported: the X-Ray SDK it wraps installs, at import, an async hook that tracks the
 * destruction of every promise of the process (CPU on every SDK call) and costs module load.
 * A bundle for a stage without X-Ray (the China regions) is built with ZLT_BUNDLE_TRACING defined as "false"
 * (infra/lib/bundling.ts): the condition below is then constant, and esbuild leaves the tracer, the X-Ray SDK and
 * its dependencies (~125 KiB) out of the bundle altogether. Unbundled (tests, the local stack), it is undefined.
 */
export const tracer: Tracer | undefined =
  process.env.ZLT_BUNDLE_TRACING !== 'false' && tracingWanted()
    ? new (await import('@aws-lambda-powertools/tracer')).Tracer({
        serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'zhalantun-platform',
      })
    : undefined;

const middleware =
  process.env.ZLT_BUNDLE_TRACING !== 'false' && tracer
    ? await import('@aws-lambda-powertools/tracer/middleware')
    : undefined;

/**
 * A trace per invocation (cold start annotated, SDK calls as subsegments) — never the response body, which
 * carries names and identity numbers. Undefined where the process does not trace. One per handler: the
 * middleware keeps the invocation's segments.
 */
export function tracingMiddleware(): MiddlewareObj | undefined {
  return tracer && middleware ? middleware.captureLambdaHandler(tracer, { captureResponse: false }) : undefined;
}

/** Wraps an SDK v3 client so its calls appear as subsegments (the client itself where the process does not trace). */
export function traced<T>(client: T): T {
  return tracer?.isTracingEnabled() ? tracer.captureAWSv3Client(client) : client;
}
