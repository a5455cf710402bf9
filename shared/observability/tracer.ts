import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Powertools Tracer: with the function's active tracing it records each invocation with its AWS SDK calls
 * as X-Ray subsegments (annotated cold start, errors). It switches itself off outside Lambda and where the
 * stage sets `POWERTOOLS_TRACE_ENABLED=false` (the China regions offer no X-Ray for Lambda).
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'zhalantun-platform' });

/** Wraps an SDK v3 client so its calls appear as subsegments (a no-op when tracing is off). */
export function traced<T>(client: T): T {
  return tracer.isTracingEnabled() ? tracer.captureAWSv3Client(client) : client;
}
