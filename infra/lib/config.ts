import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';

/**
 * Typed per-stage configuration, validated at synth time (STYLE 14): a bad `-c stage=…` stops `cdk synth`
 * with a message instead of producing a half-named stack. Only infrastructure settings live here; policy
 * never does, and functions receive nothing from it but resource names.
 */
export const stageConfigSchema = z.object({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,15}$/, {
    message: 'stage must be 2–16 lower-case letters, digits or -, starting with a letter',
  }),
  /** Keep stateful resources (table, bucket, user pool, log groups) when the stack is deleted. */
  retainData: z.boolean(),
  logRetentionDays: z.union([z.literal(30), z.literal(90), z.literal(180), z.literal(365)]),
  apiThrottle: z.object({ rateLimit: z.number().int().positive(), burstLimit: z.number().int().positive() }),
});
export type StageConfig = z.output<typeof stageConfigSchema>;

/** Reads the stage from CDK context (`-c stage=prod`, default `dev`) and returns its validated config. */
export function stageConfig(stage: unknown = 'dev'): StageConfig {
  const name = typeof stage === 'string' ? stage : String(stage);
  const parsed = stageConfigSchema.safeParse({
    stage: name,
    // The data is the record of public money paid to people: every stage keeps it, tests included.
    retainData: true,
    logRetentionDays: name === 'prod' ? 365 : 90,
    apiThrottle: name === 'prod' ? { rateLimit: 200, burstLimit: 400 } : { rateLimit: 50, burstLimit: 100 },
  });
  if (!parsed.success) throw new Error(`Invalid configuration for stage "${name}":\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const RETENTION: Record<StageConfig['logRetentionDays'], RetentionDays> = {
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  180: RetentionDays.SIX_MONTHS,
  365: RetentionDays.ONE_YEAR,
};

/** The one log retention of a stage, for function logs and API access logs alike. */
export const logRetention = (config: StageConfig): RetentionDays => RETENTION[config.logRetentionDays];

/** `zlt-<stage>-<name>`, the naming scheme shared with the local stack (shared/data/tables.ts). */
export const resourceName = (config: StageConfig, name: string): string => `zlt-${config.stage}-${name}`;
