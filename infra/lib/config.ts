import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { MACHINE_SCOPES } from '../../shared/auth/identity.js';
import STAGES from '../stages.json' with { type: 'json' };

/**
 * Typed per-stage configuration, validated at synth time (STYLE 14): a bad `-c stage=…` stops `cdk synth`
 * with a message instead of producing a half-named stack. Only infrastructure settings live here; policy
 * never does. Functions receive resource names and the identity claim names, nothing else.
 *
 * A stage's settings are the defaults below overlaid by its entry in `infra/stages.json` (the file an
 * operator edits: issuer, audiences, region, which services a partition offers). Any other stage name gets
 * the defaults, which describe a global-region Cognito deployment.
 */

/** Names of the JWT claims the handlers read. Cognito's are fixed by Cognito; an OIDC issuer's are configured. */
const claimNamesSchema = z.strictObject({
  /** The role: a string or a list of strings (groups), of which exactly one must be an API role. */
  role: z.string().min(1),
  township: z.string().min(1),
  hospital: z.string().min(1),
  /** The OAuth client a machine token was issued to (Cognito `client_id`, OIDC `azp`). */
  clientId: z.string().min(1),
  /** Space-separated granted scopes (RFC 8693 §4.2 / RFC 9068 `scope`). */
  scope: z.string().min(1),
});
export type ClaimNames = z.output<typeof claimNamesSchema>;

/** Cognito's own claim names: groups for the role, custom attributes for the scope, `client_id` for machines. */
export const COGNITO_CLAIMS: ClaimNames = {
  role: 'cognito:groups',
  township: 'custom:township',
  hospital: 'custom:hospitalId',
  clientId: 'client_id',
  scope: 'scope',
};

const httpsUrl = z.url({ protocol: /^https$/ });

const identitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cognito'),
    /** Prefix of the Cognito domain that serves /oauth2/token and the sign-in pages (unique per region). */
    domainPrefix: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/),
    /**
     * Hospital billing systems, one confidential app client each (client credentials). The name is only a
     * label: which hospital a client acts for is registered in the hospital registry, never here.
     */
    machineClients: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/)).default([]),
  }),
  z.strictObject({
    kind: z.literal('oidc'),
    /** The issuer URL exactly as it appears in the tokens' `iss` (its discovery document lives under it). */
    issuer: httpsUrl,
    /** Accepted `aud` (or `client_id`) values. */
    audiences: z.array(z.string().min(1)).min(1),
    claims: claimNamesSchema,
    /**
     * The prefix the issuer puts before this API's scopes (`claims/write` arrives as `<prefix>claims/write`);
     * empty when the issuer uses the bare names.
     */
    scopePrefix: z.string().default(''),
  }),
]);
export type IdentityConfig = z.output<typeof identitySchema>;

export const stageConfigSchema = z.strictObject({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,15}$/, {
    message: 'stage must be 2–16 lower-case letters, digits or -, starting with a letter',
  }),
  /** `aws` (global regions) or `aws-cn` (Beijing, Ningxia: separate accounts, amazonaws.com.cn endpoints). */
  partition: z.enum(['aws', 'aws-cn']),
  /** Pin the stack to a region (prod-cn: cn-northwest-1); unset, `cdk deploy` uses the CLI profile's. */
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/)
    .optional(),
  /** Keep stateful resources (table, bucket, user pool, log groups) when the stack is deleted. */
  retainData: z.boolean(),
  logRetentionDays: z.union([z.literal(30), z.literal(90), z.literal(180), z.literal(365)]),
  apiThrottle: z.object({ rateLimit: z.number().int().positive(), burstLimit: z.number().int().positive() }),
  identity: identitySchema,
  /**
   * `scheduler`: EventBridge Scheduler in Asia/Shanghai; `rules`: EventBridge rules in UTC, for partitions
   * where Scheduler is not offered (docs/deploy.md "China regions").
   */
  schedules: z.enum(['scheduler', 'rules']),
  /** Lambda active tracing (X-Ray); the China regions do not offer X-Ray for Lambda. */
  tracing: z.boolean(),
  /**
   * Deploy the routes that need no token (health, OpenAPI document). In the China regions API Gateway
   * serves unauthenticated requests only for accounts with an ICP licence.
   */
  publicRoutes: z.boolean(),
  /** The web console's origins: the only CORS origins and the only sign-in redirect targets. */
  consoleOrigins: z.array(httpsUrl).min(1),
  /**
   * The console's own domain on CloudFront. Global stages may leave it unset (the distribution's
   * `*.cloudfront.net` name serves); the China regions require it: `*.cloudfront.cn` serves nothing, the
   * domain needs an ICP recordal, and CloudFront there takes certificates only from the IAM certificate
   * store, not ACM (docs/deploy.md "China regions").
   */
  consoleDomain: z
    .strictObject({
      name: z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/),
      /** Global: an ACM certificate in us-east-1. */
      acmCertificateArn: z.string().startsWith('arn:aws:acm:us-east-1:').optional(),
      /** China: the id of a certificate uploaded to IAM under the path /cloudfront/. */
      iamCertificateId: z
        .string()
        .regex(/^[A-Z0-9]{16,128}$/)
        .optional(),
    })
    .optional(),
  /**
   * CloudFront Functions at the edge. Where they exist, one rewrites the console's deep links to index.html
   * and the API is served on the console's origin under /v1/*. The China regions have none (the
   * CloudFormation resource specification for cn-northwest-1 has no AWS::CloudFront::Function): there the
   * distribution serves the console alone, answers a missing file with index.html, and the console calls
   * the API on its own endpoint, which allows the console's origins by CORS.
   */
  cloudFrontFunctions: z.boolean(),
  /**
   * Days each audit digest stays locked (S3 Object Lock, compliance mode: nobody, the root user included, can
   * delete or overwrite it before then; docs/audit.md). Set it per stage in infra/stages.json.
   */
  auditRetentionDays: z.number().int().min(1).max(36500),
  /** Where alarm notifications go (an SNS email subscription); unset, subscribe to the topic by hand. */
  alarmEmail: z.email().optional(),
});
export type StageConfig = z.output<typeof stageConfigSchema>;

const stageFileSchema = z.record(z.string(), stageConfigSchema.omit({ stage: true }).partial());

/** The defaults: a global-region stage with Cognito. */
function defaults(name: string): Omit<StageConfig, 'stage'> {
  return {
    partition: 'aws',
    // The data is the record of public money paid to people: every stage keeps it, tests included.
    retainData: true,
    logRetentionDays: 90,
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    identity: { kind: 'cognito', domainPrefix: `zlt-${name}`, machineClients: [] },
    schedules: 'scheduler',
    tracing: true,
    publicRoutes: true,
    consoleOrigins: ['https://console.zhalantun.example'],
    cloudFrontFunctions: true,
    // Ten years; a stage that must keep payment records as accounting archives for 30 years sets 10950.
    auditRetentionDays: 3650,
  };
}

/** What each partition's CloudFront needs of the console's domain, checked before anything is built. */
function consoleDomainRules(config: z.output<typeof stageConfigSchema>, ctx: z.RefinementCtx): void {
  const domain = config.consoleDomain;
  const path = ['consoleDomain'];
  if (config.partition === 'aws-cn') {
    if (!domain?.iamCertificateId) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'aws-cn: CloudFront serves only an ICP-filed domain, with a certificate from the IAM store',
      });
    }
    if (domain?.acmCertificateArn) {
      ctx.addIssue({ code: 'custom', path, message: 'aws-cn: CloudFront there does not take ACM certificates' });
    }
  } else if (domain && !domain.acmCertificateArn) {
    ctx.addIssue({ code: 'custom', path, message: 'a console domain needs an ACM certificate in us-east-1' });
  }
  if (domain && !config.consoleOrigins.includes(`https://${domain.name}`)) {
    ctx.addIssue({ code: 'custom', path: ['consoleOrigins'], message: `must include https://${domain.name}` });
  }
}

/** Reads the stage from CDK context (`-c stage=prod`, default `dev`) and returns its validated config. */
export function stageConfig(stage: unknown = 'dev', stages: unknown = STAGES): StageConfig {
  const name = typeof stage === 'string' ? stage : String(stage);
  const file = stageFileSchema.safeParse(stages);
  if (!file.success) throw new Error(`infra/stages.json is not valid:\n${z.prettifyError(file.error)}`);
  const parsed = stageConfigSchema
    .superRefine(consoleDomainRules)
    .safeParse({ ...defaults(name), ...(file.data[name] ?? {}), stage: name });
  if (!parsed.success) throw new Error(`Invalid configuration for stage "${name}":\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The claim names the handlers read for a stage's identity provider. */
export const claimNamesOf = (identity: IdentityConfig): ClaimNames =>
  identity.kind === 'cognito' ? COGNITO_CLAIMS : identity.claims;

/** Cognito resource server identifier; its scopes arrive as `zhalantun-api/claims/write`. */
export const COGNITO_RESOURCE_SERVER = 'zhalantun-api';

/** The prefix before this API's scope names in a stage's tokens. */
export const scopePrefixOf = (identity: IdentityConfig): string =>
  identity.kind === 'cognito' ? `${COGNITO_RESOURCE_SERVER}/` : identity.scopePrefix;

export { MACHINE_SCOPES };

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
