import { z } from 'zod';

/** Typed per-stage configuration, validated at synth time (STYLE 14). Policy never lives here. */
export const stageConfigSchema = z.object({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,15}$/, { message: 'stage must be lower-case letters, digits or -' }),
  /** Keep stateful resources when the stack is deleted (always, except throw-away test stages). */
  retainData: z.boolean(),
  logRetentionDays: z.union([z.literal(30), z.literal(90), z.literal(180), z.literal(365)]),
  apiThrottle: z.object({ rateLimit: z.number().int().positive(), burstLimit: z.number().int().positive() }),
});
export type StageConfig = z.output<typeof stageConfigSchema>;

export function stageConfig(stage: string): StageConfig {
  return stageConfigSchema.parse({
    stage,
    retainData: true,
    logRetentionDays: stage === 'prod' ? 365 : 90,
    apiThrottle: stage === 'prod' ? { rateLimit: 200, burstLimit: 400 } : { rateLimit: 50, burstLimit: 100 },
  });
}
