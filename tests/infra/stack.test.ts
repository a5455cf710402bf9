import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_TABLE } from '../../shared/data/tables.js';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { stageConfig } from '../../infra/lib/config.js';
import { PlatformStack } from '../../infra/lib/stack.js';

let app: App;
let stack: PlatformStack;
let template: Template;

beforeAll(() => {
  app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  stack = new PlatformStack(app, 'zlt-test', stageConfig('test'));
  template = Template.fromStack(stack);
});

/** The platform's own functions (not CDK's bucket-notification helper). */
const functions = () => Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id.startsWith('Functions'));
const policyOf = (fn: string) => {
  const roles = template.findResources('AWS::IAM::Policy');
  const logical = Object.keys(template.findResources('AWS::Lambda::Function')).find((id) => id.startsWith(`Functions${fn.replace(/-/g, '')}`) && !id.includes('Logs'));
  const role = logical && (template.findResources('AWS::Lambda::Function')[logical]!.Properties.Role['Fn::GetAtt'][0] as string);
  const policy = Object.values(roles).find((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role));
  return (policy?.Properties.PolicyDocument.Statement ?? []) as { Action: string | string[] }[];
};
const actions = (fn: string) => policyOf(fn).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

describe('functions', () => {
  it('makes one Node.js 22 ARM64 function per route-table entry and event function', () => {
    const fns = new Set([...ROUTES.map((r) => r.fn), ...EVENT_FUNCTIONS.map((f) => f.fn)]);
    expect(functions()).toHaveLength(fns.size);
    for (const [, f] of functions()) {
      expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
      expect(f.Properties.LoggingConfig?.LogGroup).toBeDefined();
    }
  });

  it('gives every function log retention', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThanOrEqual(functions().length);
    for (const g of groups) expect(g.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('grants least privilege from the route table: readers cannot write, and functions without data touch nothing', () => {
    expect(actions('eligibility-get')).toContain('dynamodb:Query');
    expect(actions('eligibility-get')).not.toContain('dynamodb:PutItem');
    expect(actions('eligibility-get').some((a) => a.startsWith('s3:'))).toBe(false);
    expect(actions('roster-load')).toContain('dynamodb:UpdateItem');
    expect(actions('health').some((a) => a.startsWith('dynamodb:') || a.startsWith('s3:'))).toBe(false);
    expect(actions('housing-photo-get')).not.toContain('s3:PutObject');
    expect(actions('photo-uploaded')).toEqual(expect.arrayContaining(['s3:DeleteObject*']));
  });

  it('passes only resource names in the environment', () => {
    for (const [, f] of functions()) {
      const env = Object.keys(f.Properties.Environment?.Variables ?? {});
      expect(env.every((k) => ['STAGE', 'POWERTOOLS_SERVICE_NAME', 'NODE_OPTIONS', 'TABLE_NAME', 'BUCKET_NAME'].includes(k))).toBe(true);
    }
  });
});

describe('HTTP API', () => {
  it('has a route for every route-table entry, with the Cognito JWT authorizer unless public', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    expect(routes).toHaveLength(ROUTES.length);
    for (const r of ROUTES) {
      const found = routes.find((x) => x.RouteKey === `${r.method} ${r.path}`);
      expect(found, `${r.method} ${r.path}`).toBeDefined();
      expect(found!.AuthorizationType).toBe(r.roles === 'public' ? 'NONE' : 'JWT');
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'], JwtConfiguration: Match.objectLike({ Audience: Match.anyValue(), Issuer: Match.anyValue() }) });
  });

  it('has no /dev/token route: token issuing exists only in the local gateway', () => {
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('/dev/token');
    expect(json).not.toContain('dev-token');
  });

  it('logs access and throttles on the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true, AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }), DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: Match.anyValue() }) });
  });

  it('maps Cognito groups to the API roles', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(['audit', 'civil-affairs', 'disabled-federation', 'education-bureau', 'finance', 'forestry-bureau', 'health-commission', 'hospital', 'housing-office', 'insurance-bureau', 'poverty-office', 'township'].sort());
    template.hasResourceProperties('AWS::Cognito::UserPool', { Schema: Match.arrayWith([Match.objectLike({ Name: 'township' }), Match.objectLike({ Name: 'hospitalId' })]), MfaConfiguration: 'ON' });
  });
});

describe('stateful resources', () => {
  it('builds the table from the shared definition: keys, GSIs, on demand, PITR, deletion protection, retained', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: 'zlt-test-main',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: MAIN_TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: MAIN_TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: MAIN_TABLE.indexes.map((i) => Match.objectLike({ IndexName: i.indexName, KeySchema: [{ AttributeName: i.partitionKey, KeyType: 'HASH' }, { AttributeName: i.sortKey, KeyType: 'RANGE' }] })),
        Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true })],
      }),
    });
  });

  it('keeps the files bucket private, encrypted, versioned and SSL-only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: Match.stringLikeRegexp('^zlt-test-files-'),
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('sends photo uploads under housing/ to the photo check', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { LambdaFunctionConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'housing/' }] } } })] },
    });
  });
});

describe('schedules', () => {
  it('runs the progress report at 00:00 Asia/Shanghai on the 1st and 15th with the Scheduler input the handler parses', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 0 1,15 * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: Match.objectLike({ Input: JSON.stringify({ source: 'zhalantun.scheduler', schedule: 'progress-report', scheduledTime: '<aws.scheduler.scheduled-time>' }) }),
    });
    expect(Object.keys(template.findResources('AWS::Scheduler::Schedule'))).toHaveLength(SCHEDULES.length);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports nothing unacknowledged, and every acknowledgement has a reason', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    const open = report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${r.resourceLogicalId}`));
    expect(open).toEqual([]);
    const acks = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').flatMap((m) => Object.entries(m.data as Record<string, string>)));
    expect(acks.length).toBeGreaterThan(0);
    for (const [id, reason] of acks) expect(reason.length, id).toBeGreaterThan(30);
  });
});

describe('cdk synth offline', () => {
  it('synthesises with bundling by the local esbuild and no network (CDK_DISABLE_VERSION_CHECK, notices off)', () => {
    const out = mkdtempSync(join(tmpdir(), 'zlt-synth-'));
    const root = resolve(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/aws-cdk/bin/cdk'), 'synth', '--quiet', '--output', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
      timeout: 170_000,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const assets = readdirSync(out).filter((d) => d.startsWith('asset.') && existsSync(join(out, d, 'index.mjs')));
    expect(assets.length).toBe(new Set([...ROUTES.map((x) => x.fn), ...EVENT_FUNCTIONS.map((x) => x.fn)]).size);
    for (const a of assets) expect(statSync(join(out, a, 'index.mjs')).size).toBeLessThan(3 * 1024 * 1024);
  }, 180_000);
});
