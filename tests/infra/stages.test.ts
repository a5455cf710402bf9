import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { stageConfig } from '../../infra/lib/config.js';
import { PlatformStack } from '../../infra/lib/stack.js';
import { utcRuleExpressions } from '../../infra/lib/utc-rules.js';
import { BUCKET_PREFIXES } from '../../shared/data/bucket-prefixes.js';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { actionsOf, allPolicyStatements, bucketGrantsOf, logicalId, testApp } from './support.js';

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

/** The two worked examples: `prod` (global regions, Cognito) and `prod-cn` (aws-cn, any OIDC issuer). */
const build = (stage: string) => {
  const config = stageConfig(stage);
  const stack = new PlatformStack(testApp(), `zlt-${stage}`, config, {
    ...(config.region ? { env: { region: config.region } } : {}),
  });
  const template = Template.fromStack(stack);
  return { config, stack, template, resources: template.toJSON().Resources as Resources };
};

let prod: ReturnType<typeof build>;
let cn: ReturnType<typeof build>;
beforeAll(() => {
  prod = build('prod');
  cn = build('prod-cn');
});

const ofType = (r: Resources, type: string) => Object.values(r).filter((x) => x.Type === type);

describe.each([
  ['prod', () => prod],
  ['prod-cn', () => cn],
])('%s', (_name, get) => {
  it('writes no hard-coded global-partition ARN', () => {
    // Mappings is CDK's per-region fact table (the Parameters and Secrets extension's layer in each region of a
    // stack whose region is chosen at deploy time); a region picks its own row, so it hard-codes nothing.
    const { Mappings, ...rest } = get().template.toJSON() as Record<string, unknown>;
    expect(JSON.stringify(rest)).not.toContain('arn:aws:');
    for (const row of Object.values((Mappings ?? {}) as Record<string, Record<string, unknown>>))
      for (const [region, arns] of Object.entries(row))
        if (region.startsWith('cn-')) expect(JSON.stringify(arns)).toContain('arn:aws-cn:');
  });

  it('allows CORS from the console’s origins only', () => {
    const [api] = ofType(get().resources, 'AWS::ApiGatewayV2::Api');
    expect(api!.Properties.CorsConfiguration.AllowOrigins).toEqual(get().config.consoleOrigins);
    expect(api!.Properties.CorsConfiguration.AllowOrigins).not.toContain('*');
  });

  it('serves the console on CloudFront with security headers, and lets only its origins use the files bucket', () => {
    const { config, resources } = get();
    const [dist] = ofType(resources, 'AWS::CloudFront::Distribution');
    const [policy] = ofType(resources, 'AWS::CloudFront::ResponseHeadersPolicy');
    const headers = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity.Override).toBe(true);
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(JSON.stringify(headers.ContentSecurityPolicy)).toContain("frame-ancestors 'none'");
    const behaviours = [
      dist!.Properties.DistributionConfig.DefaultCacheBehavior,
      ...(dist!.Properties.DistributionConfig.CacheBehaviors ?? []),
    ];
    for (const b of behaviours) expect(b.ResponseHeadersPolicyId).toBeDefined();
    const cors = ofType(resources, 'AWS::S3::Bucket').flatMap((b) => b.Properties.CorsConfiguration?.CorsRules ?? []);
    expect(cors.map((r: { AllowedOrigins: string[] }) => r.AllowedOrigins)).toEqual([config.consoleOrigins]);
  });

  it('configures the JWT authorizer from the stage’s identity setting, and every function with its claim names', () => {
    const { config, resources } = get();
    const [authorizer] = ofType(resources, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer!.Properties.AuthorizerType).toBe('JWT');
    const fns = ofType(resources, 'AWS::Lambda::Function').filter((f) => f.Properties.Environment?.Variables?.STAGE);
    expect(fns.length).toBeGreaterThan(0);
    if (config.identity.kind === 'oidc') {
      expect(authorizer!.Properties.JwtConfiguration).toEqual({
        Issuer: config.identity.issuer,
        Audience: config.identity.audiences,
      });
      for (const f of fns) {
        expect(f.Properties.Environment.Variables).toMatchObject({
          CLAIM_ROLE: config.identity.claims.role,
          CLAIM_TOWNSHIP: config.identity.claims.township,
          CLAIM_HOSPITAL: config.identity.claims.hospital,
          CLAIM_CLIENT_ID: config.identity.claims.clientId,
          SCOPE_PREFIX: config.identity.scopePrefix,
        });
      }
    } else {
      expect(JSON.stringify(authorizer!.Properties.JwtConfiguration.Issuer)).toContain('cognito-idp.');
      for (const f of fns) expect(f.Properties.Environment.Variables.CLAIM_ROLE).toBe('cognito:groups');
    }
  });

  it('least privilege in every IAM policy: no object-version deletes, no batch writes, deletes only where declared', () => {
    const { stack, template } = get();
    const json = template.toJSON() as never;
    const bucket = logicalId(stack.data.bucket);
    const audit = logicalId(stack.data.auditBucket);
    const known = new Set<string>(Object.values(BUCKET_PREFIXES));
    const deleters = new Set(
      [...ROUTES, ...EVENT_FUNCTIONS].filter((d) => d.access.table === 'write-delete').map((d) => d.fn),
    );
    const roleOf = new Map(stack.functions.all().map((f) => [logicalId(f.role), f.fn]));
    const statements = allPolicyStatements(json);
    expect(statements.length).toBeGreaterThan(100);
    const itemDeleters = new Set<string>();
    for (const { roles, statement } of statements) {
      const actions = actionsOf([statement]);
      expect(actions).not.toContain('s3:DeleteObjectVersion');
      expect(actions).not.toContain('dynamodb:BatchWriteItem');
      expect(actions.filter((a) => a.endsWith('*') && (a.startsWith('s3:') || a.startsWith('dynamodb:')))).toEqual([]);
      if (actions.includes('dynamodb:DeleteItem')) for (const r of roles) itemDeleters.add(roleOf.get(r) ?? r);
      // The audit digests' bucket: get, put and list under digests/ only, never a delete (docs/audit.md).
      if (JSON.stringify(statement.Resource ?? '').includes(audit)) {
        const digestGrants = bucketGrantsOf([statement], audit);
        for (const [action, resources] of Object.entries(digestGrants.actions)) {
          expect(['s3:GetObject', 's3:PutObject', 's3:ListBucket']).toContain(action);
          expect(resources).toEqual([action === 's3:ListBucket' ? '(bucket)' : 'digests/']);
        }
        if (digestGrants.actions['s3:ListBucket']) expect(digestGrants.listPrefixes).toEqual(['digests/*']);
        continue;
      }
      // Every grant on the files bucket names the bucket itself (listing, under a prefix condition) or the
      // objects under one of the layout's prefixes; never every object.
      const grants = bucketGrantsOf([statement], bucket);
      for (const [action, resources] of Object.entries(grants.actions)) {
        for (const r of resources) {
          if (action === 's3:ListBucket') expect(r).toBe('(bucket)');
          else if (action === 's3:PutBucketNotification') {
            // CDK's deploy-time custom resource that wires the S3 triggers; no function has it.
            expect(r).toBe('(bucket)');
            for (const role of roles) expect(role).toMatch(/^BucketNotificationsHandler/);
          } else expect(known.has(r), `${action} on ${r}`).toBe(true);
        }
      }
      if (grants.actions['s3:ListBucket'])
        for (const p of grants.listPrefixes) expect(known.has(p.replace(/\*$/, '')), p).toBe(true);
    }
    expect([...itemDeleters].sort()).toEqual([...deleters].sort());
    expect(deleters.size).toBeGreaterThan(0);
  });

  it('is cdk-nag clean', () => {
    const { stack } = get();
    const annotations = Annotations.fromStack(stack);
    expect([...annotations.findError('*', Match.anyValue())]).toEqual([]);
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(
      report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${r.constructPath}`)),
    ).toEqual([]);
  });
});

describe('prod (global regions, Cognito)', () => {
  it('has a resource server per scope family and a confidential client-credentials client per billing system', () => {
    const servers = ofType(prod.resources, 'AWS::Cognito::UserPoolResourceServer').map((s) => ({
      id: s.Properties.Identifier,
      scopes: s.Properties.Scopes.map((x: { ScopeName: string }) => x.ScopeName),
    }));
    expect(servers).toEqual([
      { id: 'zhalantun-api/claims', scopes: ['write', 'read'] },
      { id: 'zhalantun-api/eligibility', scopes: ['read'] },
    ]);
    const machines = ofType(prod.resources, 'AWS::Cognito::UserPoolClient').filter((c) => c.Properties.GenerateSecret);
    expect(machines).toHaveLength(
      prod.config.identity.kind === 'cognito' ? prod.config.identity.machineClients.length : 0,
    );
    for (const m of machines) {
      expect(m.Properties.AllowedOAuthFlows).toEqual(['client_credentials']);
      expect(m.Properties.ExplicitAuthFlows ?? []).toEqual([]);
      expect(m.Properties.AllowedOAuthScopes).toHaveLength(3);
    }
  });

  it('requires TOTP for people (no SMS); machines have no user and so no MFA', () => {
    const [pool] = ofType(prod.resources, 'AWS::Cognito::UserPool');
    expect(pool!.Properties.MfaConfiguration).toBe('ON');
    expect(pool!.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('lists every machine client in the authorizer audience (Cognito access tokens carry client_id, not aud)', () => {
    const [authorizer] = ofType(prod.resources, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer!.Properties.JwtConfiguration.Audience).toHaveLength(
      1 + (prod.config.identity.kind === 'cognito' ? prod.config.identity.machineClients.length : 0),
    );
  });

  it('schedules with EventBridge Scheduler in Asia/Shanghai and traces every function', () => {
    expect(ofType(prod.resources, 'AWS::Scheduler::Schedule')).toHaveLength(SCHEDULES.length);
    expect(ofType(prod.resources, 'AWS::Events::Rule')).toHaveLength(0);
    const fns = ofType(prod.resources, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Environment?.Variables?.STAGE,
    );
    for (const f of fns) expect(f.Properties.TracingConfig).toEqual({ Mode: 'Active' });
  });
});

describe('prod-cn (aws-cn / cn-northwest-1, OIDC)', () => {
  it('targets cn-northwest-1 in the aws-cn partition', () => {
    expect(cn.stack.region).toBe('cn-northwest-1');
    expect(cn.stack.partition).toBe('aws-cn');
    expect(JSON.stringify(cn.template.toJSON())).toContain('arn:aws-cn:');
  });

  it('serves the console under its ICP-filed domain with an IAM-store certificate, through an origin access identity', () => {
    const [dist] = ofType(cn.resources, 'AWS::CloudFront::Distribution');
    const config = dist!.Properties.DistributionConfig;
    expect(config.Aliases).toEqual([cn.config.consoleDomain!.name]);
    expect(config.ViewerCertificate).toEqual({
      IamCertificateId: cn.config.consoleDomain!.iamCertificateId,
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    expect(config.HttpVersion).toBe('http2');
    // OAC is not offered in the China regions: the bucket is read through an origin access identity.
    expect(ofType(cn.resources, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(0);
    expect(ofType(cn.resources, 'AWS::CloudFront::CloudFrontOriginAccessIdentity')).toHaveLength(1);
  });

  it('has no CloudFront Function there: deep links answered with index.html, the API called on its own endpoint', () => {
    expect(ofType(cn.resources, 'AWS::CloudFront::Function')).toHaveLength(0);
    const [dist] = ofType(cn.resources, 'AWS::CloudFront::Distribution');
    const config = dist!.Properties.DistributionConfig;
    // Only the console's bucket is behind the distribution, so rewriting its 403/404 cannot swallow an API error.
    expect(config.Origins).toHaveLength(1);
    expect(config.CacheBehaviors ?? []).toEqual([]);
    expect(config.CustomErrorResponses).toEqual(
      [403, 404].map((code) => ({
        ErrorCode: code,
        ResponseCode: 200,
        ResponsePagePath: '/index.html',
        ErrorCachingMinTTL: 0,
      })),
    );
    const [policy] = ofType(cn.resources, 'AWS::CloudFront::ResponseHeadersPolicy');
    const csp = JSON.stringify(
      policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy,
    );
    expect(csp).toMatch(/connect-src 'self' https:\/\/.*execute-api/);
  });

  it('synthesizes no Cognito resource', () => {
    expect(Object.values(cn.resources).filter((r) => r.Type.startsWith('AWS::Cognito::'))).toEqual([]);
  });

  it('switches off what the China regions lack: Scheduler (rules instead), X-Ray for Lambda, unauthenticated routes', () => {
    expect(ofType(cn.resources, 'AWS::Scheduler::Schedule')).toHaveLength(0);
    expect(ofType(cn.resources, 'AWS::Events::Rule').length).toBeGreaterThanOrEqual(SCHEDULES.length);
    const fns = ofType(cn.resources, 'AWS::Lambda::Function').filter((f) => f.Properties.Environment?.Variables?.STAGE);
    for (const f of fns) {
      expect(f.Properties.TracingConfig?.Mode ?? 'PassThrough').toBe('PassThrough');
      expect(f.Properties.Environment.Variables.POWERTOOLS_TRACE_ENABLED).toBe('false');
    }
    const keys = ofType(cn.resources, 'AWS::ApiGatewayV2::Route').map((r) => r.Properties.RouteKey);
    expect(keys).toHaveLength(ROUTES.filter((r) => r.roles !== 'public').length);
    for (const r of ofType(cn.resources, 'AWS::ApiGatewayV2::Route'))
      expect(r.Properties.AuthorizationType).toBe('JWT');
  });

  it('gives each UTC rule the input the scheduled handlers parse, with the event time as the scheduled time', () => {
    for (const rule of ofType(cn.resources, 'AWS::Events::Rule')) {
      const [target] = rule.Properties.Targets;
      const template = target.InputTransformer;
      expect(template.InputPathsMap).toEqual({ time: '$.time' });
      expect(JSON.parse(template.InputTemplate.replace('<time>', '"2019-01-31T16:00:00Z"'))).toMatchObject({
        source: 'zhalantun.scheduler',
        scheduledTime: '2019-01-31T16:00:00Z',
      });
    }
  });
});

/**
 * Both schedule forms fire at the same instants. A small evaluator of the AWS cron fields the platform uses
 * (minute hour day-of-month month day-of-week year: numbers, lists, `*`, `?`, `L`), run against the
 * schedules as synthesized: the Scheduler form read in Asia/Shanghai through the time-zone database
 * (Intl), the rule form in UTC, every hour of every day from 2019-01-01 to 2030-12-31.
 */
const parseCron = (expression: string) => {
  const m = /^cron\((.+)\)$/.exec(expression);
  if (!m) throw new Error(`not a cron expression: ${expression}`);
  const [minute, hour, dom, month, dow, year] = m[1]!.split(' ') as [string, string, string, string, string, string];
  return { minute, hour, dom, month, dow, year };
};
const fieldMatches = (field: string, value: number, lastDay?: number): boolean =>
  field === '*' ||
  field === '?' ||
  field.split(',').some((part) => (part === 'L' ? value === lastDay : Number(part) === value));
const fires = (
  cron: ReturnType<typeof parseCron>,
  t: { year: number; month: number; day: number; hour: number; minute: number },
) => {
  const lastDay = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
  return (
    fieldMatches(cron.minute, t.minute) &&
    fieldMatches(cron.hour, t.hour) &&
    fieldMatches(cron.dom, t.day, lastDay) &&
    fieldMatches(cron.month, t.month) &&
    fieldMatches(cron.year, t.year) &&
    cron.dow === '?'
  );
};
const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
const wallClock = (instant: Date, zone: 'UTC' | 'Asia/Shanghai') => {
  if (zone === 'UTC') {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      hour: instant.getUTCHours(),
      minute: instant.getUTCMinutes(),
    };
  }
  const parts = Object.fromEntries(shanghai.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
};

describe('EventBridge rules in UTC fire when the Scheduler schedules in Asia/Shanghai do, 2019–2030', () => {
  const scheduleForms = () =>
    ofType(prod.resources, 'AWS::Scheduler::Schedule').map((s) => ({
      name: JSON.parse(s.Properties.Target.Input).schedule as string,
      cron: parseCron(s.Properties.ScheduleExpression),
      zone: s.Properties.ScheduleExpressionTimezone as 'Asia/Shanghai',
    }));
  const ruleForms = () =>
    ofType(cn.resources, 'AWS::Events::Rule').map((r) => ({
      name: JSON.parse(r.Properties.Targets[0].InputTransformer.InputTemplate.replace('<time>', '""'))
        .schedule as string,
      cron: parseCron(r.Properties.ScheduleExpression),
    }));

  it.each(SCHEDULES.map((s) => [s.name]))('%s', (name) => {
    const scheduler = scheduleForms().filter((s) => s.name === name);
    const rules = ruleForms().filter((r) => r.name === name);
    expect(scheduler).toHaveLength(1);
    expect(scheduler[0]!.zone).toBe('Asia/Shanghai');
    expect(rules.length).toBeGreaterThanOrEqual(1);
    const minutes = new Set(
      [scheduler[0]!.cron.minute, ...rules.map((r) => r.cron.minute)].flatMap((m) => m.split(',').map(Number)),
    );
    const a: string[] = [];
    const b: string[] = [];
    // From 2018-12-31 16:00 UTC (2019-01-01 00:00 in Shanghai) to the end of 2030 in Shanghai.
    for (let t = Date.UTC(2018, 11, 31, 16); t < Date.UTC(2030, 11, 31, 16); t += 3_600_000) {
      for (const minute of minutes) {
        const instant = new Date(t + minute * 60_000);
        if (fires(scheduler[0]!.cron, wallClock(instant, 'Asia/Shanghai'))) a.push(instant.toISOString());
        if (rules.some((r) => fires(r.cron, wallClock(instant, 'UTC')))) b.push(instant.toISOString());
      }
    }
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('the translation refuses what it cannot translate exactly, rather than guess', () => {
    const base = { name: 'x', timeZone: 'Asia/Shanghai' as const };
    expect(() => utcRuleExpressions({ ...base, cron: { minute: '0', hour: '0', day: '31' } })).toThrow(/28th/);
    expect(() => utcRuleExpressions({ ...base, cron: { minute: '0', hour: '0', weekDay: 'MON' } })).toThrow(
      /day-of-week/,
    );
    expect(utcRuleExpressions({ ...base, cron: { minute: '30', hour: '9', day: '1' } })).toEqual([
      'cron(30 1 1 * ? *)',
    ]);
    expect(utcRuleExpressions({ ...base, cron: { minute: '0', hour: '0', day: '1,15' } })).toEqual([
      'cron(0 16 14 * ? *)',
      'cron(0 16 L * ? *)',
    ]);
    expect(utcRuleExpressions({ ...base, cron: { minute: '0', hour: '0', day: '1', month: '1' } })).toEqual([
      'cron(0 16 L 12 ? *)',
    ]);
  });
});
