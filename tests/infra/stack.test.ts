import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/auth/roles.js';
import { MAIN_TABLE, TABLES, tableName } from '../../shared/data/tables.js';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { schedulerEventSchema } from '../../shared/platform/scheduler-event.js';
import { METRIC } from '../../shared/observability/metrics.js';
import { routeKey, type Access, type RouteDef, type ScheduleDef } from '../../shared/platform/types.js';
import { Api } from '../../infra/lib/api.js';
import { stageConfig } from '../../infra/lib/config.js';
import { Identity } from '../../infra/lib/identity.js';
import { PlatformStack } from '../../infra/lib/stack.js';
import {
  actionsOf,
  allPolicyStatements,
  bucketGrantsOf,
  logicalId,
  probeStack,
  statementsOfRole,
  testApp,
} from './support.js';

type Resources = Record<
  string,
  { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string }
>;

let stack: PlatformStack;
let template: Template;
let resources: Resources;

beforeAll(() => {
  stack = new PlatformStack(testApp(), 'zlt-test', stageConfig('test'));
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Resources;
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** Every handler with the kind and access the route table gives it (a handler can serve several routes). */
interface FunctionDef {
  fn: string;
  kind: 'api' | 'event';
  access: Access;
  timeoutSeconds?: number;
  memoryMb?: number;
}
const FUNCTION_DEFS: FunctionDef[] = [
  ...new Map<string, FunctionDef>([
    ...ROUTES.map((r): [string, FunctionDef] => [
      r.fn,
      {
        fn: r.fn,
        kind: 'api',
        access: r.access,
        ...(r.timeoutSeconds ? { timeoutSeconds: r.timeoutSeconds } : {}),
        ...(r.memoryMb ? { memoryMb: r.memoryMb } : {}),
      },
    ]),
    ...EVENT_FUNCTIONS.map((f): [string, FunctionDef] => [f.fn, { fn: f.fn, kind: 'event', access: f.access }]),
  ]).values(),
];

const fnOf = (fn: string) => {
  const made = stack.functions.get(fn);
  return { handler: logicalId(made.handler), role: logicalId(made.role), logs: logicalId(made.logGroup) };
};
/** The functions' log groups sit in a nested stack; the parent names them by that stack's outputs. */
let logsTemplate: { Resources: Resources; Outputs: Record<string, { Value: unknown }> } | undefined;
const logsNested = () => (logsTemplate ??= Template.fromStack(stack.functions.logs).toJSON() as never);
const throughNested = (value: unknown): unknown => {
  const att = (value as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt'];
  if (att?.[1].startsWith('Outputs.')) return logsNested().Outputs[att[1].slice('Outputs.'.length)]?.Value;
  return value;
};
const actionsOfFn = (fn: string) => actionsOf(statementsOfRole(template.toJSON() as never, fnOf(fn).role));

/** CDK's read grant on a table (no write of any kind). */
const TABLE_READ_GRANT = [
  'dynamodb:BatchGetItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:Query',
  'dynamodb:Scan',
];

/** The bucket grants a route-table access must produce, in bucketGrantsOf's shape. */
function expectedBucketGrants(access: Access): ReturnType<typeof bucketGrantsOf> {
  const b = access.bucket ?? {};
  const actions: Record<string, string[]> = {};
  const put = (action: string, prefixes: readonly string[] | undefined) => {
    if (prefixes?.length) actions[action] = [...prefixes].sort();
  };
  put('s3:GetObject', b.read);
  put('s3:GetObjectVersion', b.readVersions);
  put('s3:PutObject', b.write);
  put('s3:DeleteObject', b.delete);
  const listed = [...new Set([...(b.read ?? []), ...(b.list ?? [])])];
  if (listed.length) actions['s3:ListBucket'] = ['(bucket)'];
  return { actions, listPrefixes: listed.map((p) => `${p}*`).sort() };
}

/** The settings CDK gives the AWS Parameters and Secrets extension (port, cache, timeouts): no values of ours. */
const EXTENSION_SETTINGS = [
  'PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED',
  'PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE',
  'PARAMETERS_SECRETS_EXTENSION_HTTP_PORT',
  'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL',
  'PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS',
  'SECRETS_MANAGER_TIMEOUT_MILLIS',
  'SECRETS_MANAGER_TTL',
  'SSM_PARAMETER_STORE_TIMEOUT_MILLIS',
  'SSM_PARAMETER_STORE_TTL',
];

describe('functions', () => {
  it('makes one Node.js 22 ARM64 function per handler of ROUTES and EVENT_FUNCTIONS, and no other of its own', () => {
    const ours = new Set(FUNCTION_DEFS.map((d) => fnOf(d.fn).handler));
    const lambdas = ofType('AWS::Lambda::Function');
    // The only other Lambda is CDK's own bucket-notification custom resource.
    expect(lambdas.filter(([id]) => !ours.has(id)).map(([id]) => id.replace(/[0-9a-f]{32}.*/, ''))).toEqual(
      EVENT_FUNCTIONS.some((f) => f.trigger) ? ['BucketNotificationsHandler'] : [],
    );
    for (const def of FUNCTION_DEFS) {
      template.hasResource('AWS::Lambda::Function', {
        Properties: Match.objectLike({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          // 1,024 MB where a hospital's billing system waits at the desk (route table memoryMb), 512 MB elsewhere.
          MemorySize: def.memoryMb ?? 512,
          // Report builds behind the API get API Gateway's 29 s; other API functions 10 s; event functions 5 min.
          Timeout: def.timeoutSeconds ?? (def.kind === 'api' ? 10 : 300),
          LoggingConfig: { LogGroup: Match.anyValue() },
          Role: { 'Fn::GetAtt': [fnOf(def.fn).role, 'Arn'] },
        }),
      });
      expect(resources[fnOf(def.fn).handler], def.fn).toBeDefined();
      const logging = resources[fnOf(def.fn).handler]!.Properties.LoggingConfig.LogGroup;
      expect(throughNested(logging), def.fn).toEqual({ Ref: fnOf(def.fn).logs });
    }
  });

  it('gives 1,024 MB to the functions a hospital waits on at the desk (settle, read, void a claim; eligibility), 512 MB to the rest', () => {
    const byMemory = (mb: number) =>
      FUNCTION_DEFS.filter((def) => resources[fnOf(def.fn).handler]!.Properties.MemorySize === mb)
        .map((def) => def.fn)
        .sort();
    expect(byMemory(1024)).toEqual(['claims-get', 'claims-post', 'claims-void', 'eligibility-get']);
    expect(byMemory(512)).toHaveLength(FUNCTION_DEFS.length - 4);
  });

  it('gives every function its own log group with the stage retention (90 days outside prod), kept on delete', () => {
    for (const def of FUNCTION_DEFS) {
      const group = logsNested().Resources[fnOf(def.fn).logs]!;
      expect(group.Type).toBe('AWS::Logs::LogGroup');
      expect(group.Properties.RetentionInDays, def.fn).toBe(90);
      expect(group.DeletionPolicy).toBe('Retain');
    }
    for (const [id, g] of ofType('AWS::Logs::LogGroup')) expect(g.Properties.RetentionInDays, id).toBeGreaterThan(0);
  });

  it('passes only resource names and the issuer’s claim names in the environment, a name only to a function that may use it', () => {
    for (const def of FUNCTION_DEFS) {
      const env = resources[fnOf(def.fn).handler]!.Properties.Environment.Variables as Record<string, unknown>;
      expect(Object.keys(env).sort(), def.fn).toEqual(
        [
          'STAGE',
          'POWERTOOLS_SERVICE_NAME',
          'POWERTOOLS_METRICS_NAMESPACE',
          'POWERTOOLS_TRACE_ENABLED',
          'CLAIM_ROLE',
          'CLAIM_TOWNSHIP',
          'CLAIM_HOSPITAL',
          'CLAIM_CLIENT_ID',
          'CLAIM_SCOPE',
          'SCOPE_PREFIX',
          'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
          ...(def.access.table ? ['TABLE_NAME'] : []),
          ...(def.access.bucket ? ['BUCKET_NAME'] : []),
          ...(def.access.auditDigests ? ['AUDIT_BUCKET_NAME'] : []),
          ...(def.access.pageTokens ? ['PAGE_TOKEN_SECRET_ARN', ...EXTENSION_SETTINGS] : []),
        ].sort(),
      );
      expect(env.STAGE).toBe('test');
      expect(env).toMatchObject({
        CLAIM_ROLE: 'cognito:groups',
        CLAIM_HOSPITAL: 'custom:hospitalId',
        SCOPE_PREFIX: 'zhalantun-api/',
      });
      if (def.access.table) expect(env.TABLE_NAME).toEqual({ Ref: logicalId(stack.data.table) });
      if (def.access.bucket) expect(env.BUCKET_NAME).toEqual({ Ref: logicalId(stack.data.bucket) });
      // The page-token key's ARN, never its value (the value is read at run time through the extension).
      if (def.access.pageTokens)
        expect(env.PAGE_TOKEN_SECRET_ARN).toEqual({ Ref: logicalId(stack.data.pageTokenSecret) });
    }
  });
});

describe('least privilege from the route table', () => {
  it.each(FUNCTION_DEFS.map((d) => [d.fn, d] as const))('%s gets exactly the grants of its access', (_, def) => {
    const actions = actionsOfFn(def.fn);
    const table = actions.filter((a) => a.startsWith('dynamodb:'));
    const statements = statementsOfRole(template.toJSON() as never, fnOf(def.fn).role);
    // Table: exactly the read grant, plus PutItem/UpdateItem to write, plus DeleteItem only where a function
    // removes items. Nobody gets BatchWriteItem.
    const expectedTable = !def.access.table
      ? []
      : [
          ...TABLE_READ_GRANT,
          ...(def.access.table !== 'read' ? ['dynamodb:PutItem', 'dynamodb:UpdateItem'] : []),
          ...(def.access.table === 'write-delete' ? ['dynamodb:DeleteItem'] : []),
        ].sort();
    expect([...new Set(table)].sort()).toEqual(expectedTable);
    // Bucket: each action on exactly the prefixes the route table names, listing only under them, no
    // DeleteObjectVersion and no whole-bucket object grant.
    const audit = logicalId(stack.data.auditBucket);
    const onAudit = (st: (typeof statements)[number]) => JSON.stringify(st.Resource ?? '').includes(audit);
    expect(
      bucketGrantsOf(
        statements.filter((st) => !onAudit(st)),
        logicalId(stack.data.bucket),
      ),
    ).toEqual(expectedBucketGrants(def.access));
    // The audit digests' bucket: read lists and gets digests, write puts them; nothing else, no delete.
    const digests = def.access.auditDigests;
    expect(bucketGrantsOf(statements.filter(onAudit), audit)).toEqual(
      !digests
        ? { actions: {}, listPrefixes: [] }
        : digests === 'read'
          ? { actions: { 's3:GetObject': ['digests/'], 's3:ListBucket': ['(bucket)'] }, listPrefixes: ['digests/*'] }
          : { actions: { 's3:PutObject': ['digests/'] }, listPrefixes: [] },
    );
    // Nothing else but writing to its own log group, sending traces (and reading the page-token secret when it
    // pages, sending a failed asynchronous event to its dead-letter queue when it is invoked asynchronously); no
    // action wildcard, and no resource wildcard except X-Ray's, whose actions take no resource.
    const asynchronous =
      def.kind === 'event' &&
      (EVENT_FUNCTIONS.find((f) => f.fn === def.fn)?.trigger !== undefined || SCHEDULES.some((s) => s.fn === def.fn));
    expect(actions.filter((a) => !a.startsWith('dynamodb:') && !a.startsWith('s3:')).sort()).toEqual(
      [
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
        ...(asynchronous ? ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'] : []),
        ...(def.access.pageTokens ? ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'] : []),
      ].sort(),
    );
    for (const s of statementsOfRole(template.toJSON() as never, fnOf(def.fn).role)) {
      expect(actionsOf([s])).not.toContain('*');
      if (!actionsOf([s]).every((a) => a.startsWith('xray:'))) expect(JSON.stringify(s.Resource)).not.toBe('"*"');
    }
  });

  it('uses no managed policies on function roles (AWSLambdaBasicExecutionRole would open every log group)', () => {
    for (const def of FUNCTION_DEFS)
      expect(resources[fnOf(def.fn).role]!.Properties.ManagedPolicyArns, def.fn).toBeUndefined();
  });

  it('points table grants at the main table and its indexes only, and log writes at the function’s own group', () => {
    const table = logicalId(stack.data.table);
    for (const def of FUNCTION_DEFS) {
      for (const s of statementsOfRole(template.toJSON() as never, fnOf(def.fn).role)) {
        const text = JSON.stringify(s.Resource);
        if (actionsOf([s]).some((a) => a.startsWith('dynamodb:'))) expect(text).toContain(table);
        if (actionsOf([s]).some((a) => a.startsWith('logs:')))
          expect(throughNested(s.Resource)).toEqual({ 'Fn::GetAtt': [fnOf(def.fn).logs, 'Arn'] });
      }
    }
  });
});

describe('HTTP API', () => {
  const authorizerId = () => ofType('AWS::ApiGatewayV2::Authorizer').map(([id]) => id);

  it('has exactly one route per ROUTES entry, to that entry’s function, with the JWT authorizer unless public', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(ROUTES.map(routeKey).sort());
    expect(authorizerId()).toHaveLength(1);
    for (const def of ROUTES) {
      const route = routes.find((r) => r.RouteKey === routeKey(def))!;
      if (def.roles === 'public') {
        expect(route.AuthorizationType, routeKey(def)).toBe('NONE');
        expect(route.AuthorizerId).toBeUndefined();
      } else {
        expect(route.AuthorizationType, routeKey(def)).toBe('JWT');
        expect(route.AuthorizerId).toEqual({ Ref: authorizerId()[0] });
      }
      const integration = resources[route.Target['Fn::Join'][1][1].Ref]!;
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [fnOf(def.fn).handler, 'Arn'] },
      });
    }
  });

  it('validates Cognito tokens: issuer is the stack’s user pool (partition-aware), audience its app client', () => {
    const cognito = stack.identity.cognito!;
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalId(cognito.client) }],
        Issuer: {
          'Fn::Join': [
            '',
            [
              'https://cognito-idp.',
              { Ref: 'AWS::Region' },
              '.',
              { Ref: 'AWS::URLSuffix' },
              '/',
              { Ref: logicalId(cognito.userPool) },
            ],
          ],
        },
      },
    });
  });

  it('has no /dev/token route: token issuing exists only in the local gateway', () => {
    const routeKeys = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey as string);
    expect(routeKeys.filter((k) => k.includes('/dev/'))).toEqual([]);
    expect(JSON.stringify(template.toJSON())).not.toMatch(/dev\/token|dev-token|devtoken/i);
  });

  it('logs access as JSON without claims and throttles on the $default stage', () => {
    const [[, stage]] = ofType('AWS::ApiGatewayV2::Stage') as [[string, Resources[string]]];
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      authorizerError: '$context.authorizer.error',
    });
    expect(JSON.stringify(format)).not.toContain('claims');
    expect(
      resources[stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0]]!.Properties.RetentionInDays,
    ).toBe(90);
  });
});

describe('Cognito', () => {
  it('has one group per role, so a user’s group is their API role', () => {
    const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName as string);
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  it('carries the scope in mutable custom attributes township and hospitalId; MFA required; strong passwords; kept', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'township', AttributeDataType: 'String', Mutable: true }),
          Match.objectLike({ Name: 'hospitalId', AttributeDataType: 'String', Mutable: true }),
        ]),
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireSymbols: true,
            RequireNumbers: true,
            RequireUppercase: true,
            RequireLowercase: true,
          }),
        },
      }),
    });
  });

  it('lets no app client write scope or role: every client has an explicit write list without custom attributes', () => {
    // Without WriteAttributes Cognito lets a signed-in user write every mutable attribute with their own access
    // token (UpdateUserAttributes), e.g. custom:township. Only administrators may change scope (finding 1).
    const clients = ofType('AWS::Cognito::UserPoolClient');
    expect(clients.length).toBeGreaterThan(0);
    for (const [id, client] of clients) {
      const writable = client.Properties.WriteAttributes as string[] | undefined;
      expect(writable, id).toBeDefined();
      expect(writable!.length, id).toBeGreaterThan(0); // an empty list is read as "no restriction"
      expect(
        writable!.filter((a) => a.startsWith('custom:')),
        id,
      ).toEqual([]);
      // Nor the recovery channel: a stolen access token must not be able to re-point account recovery.
      expect(writable, id).not.toContain('email');
      expect(writable, id).not.toContain('phone_number');
    }
  });

  it('carries no role in attributes; groups are admin-managed and grant no IAM role', () => {
    const pool = ofType('AWS::Cognito::UserPool')[0]![1];
    const custom = (pool.Properties.Schema as { Name: string }[]).map((a) => a.Name);
    expect(custom.sort()).toEqual(['hospitalId', 'township']);
    for (const [id, group] of ofType('AWS::Cognito::UserPoolGroup')) {
      expect(group.Properties.RoleArn, id).toBeUndefined();
    }
    // No identity pool that could turn a group into AWS credentials.
    expect(ofType('AWS::Cognito::IdentityPool')).toEqual([]);
  });

  it('has one public console client: SRP or authorization code + PKCE to the console origins only, no secret, no implicit grant', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: stageConfig('test').consoleOrigins.map((o) => `${o}/auth/callback`),
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });
});

describe('stateful resources', () => {
  it('builds every table of the shared definition: keys, GSIs, on demand, PITR, deletion protection, retained', () => {
    expect(TABLES).toEqual([MAIN_TABLE]); // a second table needs infra (and an Access kind) before it can exist
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: tableName('test', MAIN_TABLE),
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: MAIN_TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: MAIN_TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: MAIN_TABLE.indexes.map((i) => ({
          IndexName: i.indexName,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: 'HASH' },
            { AttributeName: i.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        SSESpecification: { SSEEnabled: true },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
    const attributes = ofType('AWS::DynamoDB::GlobalTable')[0]![1].Properties.AttributeDefinitions as {
      AttributeName: string;
      AttributeType: string;
    }[];
    const keys = [
      MAIN_TABLE.partitionKey,
      MAIN_TABLE.sortKey,
      ...MAIN_TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(attributes).toEqual(expect.arrayContaining(keys.map((k) => ({ AttributeName: k, AttributeType: 'S' }))));
    expect(attributes).toHaveLength(keys.length);
  });

  it('keeps the files bucket private, encrypted, versioned, logged and retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketName: { 'Fn::Join': ['', ['zlt-test-files-', { Ref: 'AWS::AccountId' }, '-', { Ref: 'AWS::Region' }]] },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: {
          DestinationBucketName: { Ref: logicalId(stack.node.findChild('Data').node.findChild('AccessLogs')) },
          LogFilePrefix: 'files/',
        },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 365 }, Status: 'Enabled' }),
          ]),
        },
      }),
    });
  });

  it('locks the audit digests in compliance mode for the stage’s retention, and only the digest job writes there', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketName: { 'Fn::Join': ['', ['zlt-test-audit-', { Ref: 'AWS::AccountId' }, '-', { Ref: 'AWS::Region' }]] },
        ObjectLockEnabled: true,
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: stageConfig('test').auditRetentionDays } },
        },
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    });
    const audit = logicalId(stack.data.auditBucket);
    const writers = allPolicyStatements(template.toJSON() as never)
      .filter(({ statement }) => JSON.stringify(statement.Resource).includes(audit))
      .filter(({ statement }) => JSON.stringify(statement.Action).includes('s3:PutObject'))
      .flatMap(({ roles }) => roles);
    expect(writers).toEqual([logicalId(stack.functions.get('audit-digest-scheduled').role)]);
    expect(stageConfig('test', { test: { auditRetentionDays: 10950 } }).auditRetentionDays).toBe(10950);
  });

  it('refuses plain HTTP on every bucket and blocks public access on every bucket', () => {
    const buckets = ofType('AWS::S3::Bucket');
    // files, access logs, the audit digests and the console's static files.
    expect(buckets).toHaveLength(4);
    for (const [id, b] of buckets) {
      expect(b.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(b.Properties.BucketEncryption, id).toBeDefined();
      expect(b.Properties.AccessControl, id).toBeUndefined();
      const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === id);
      expect(policy?.[1].Properties.PolicyDocument.Statement, id).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      );
    }
  });
});

describe('event functions', () => {
  it('sends ObjectCreated under each trigger prefix to its function, and nothing else', () => {
    const triggered = EVENT_FUNCTIONS.filter((f) => f.trigger);
    const configs = ofType('Custom::S3BucketNotifications').flatMap(
      ([, n]) => n.Properties.NotificationConfiguration.LambdaFunctionConfigurations as unknown[],
    );
    expect(configs).toEqual(
      triggered.map((f) => ({
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: f.trigger!.s3ObjectCreated.prefix }] } },
        LambdaFunctionArn: { 'Fn::GetAtt': [fnOf(f.fn).handler, 'Arn'] },
      })),
    );
  });
});

describe('schedules', () => {
  /** EventBridge Scheduler's six-field cron; day-of-month and day-of-week cannot both be set. */
  const expression = (c: ScheduleDef['cron']) =>
    `cron(${c.minute} ${c.hour} ${c.day ?? (c.weekDay ? '?' : '*')} ${c.month ?? '*'} ${c.weekDay ?? '?'} *)`;

  it('runs the progress report at 00:00 Asia/Shanghai on the 1st and 15th', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 0 1,15 * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: Match.objectLike({
        Input: JSON.stringify({
          source: 'zhalantun.scheduler',
          schedule: 'progress-report',
          scheduledTime: '<aws.scheduler.scheduled-time>',
        }),
      }),
    });
  });

  it.each(SCHEDULES.map((s) => [s.name, s] as const))(
    '%s: its cron in its time zone, invoking its function with input the handler parses',
    (_, s) => {
      const found = ofType('AWS::Scheduler::Schedule').filter(([, r]) => r.Properties.Name === `zlt-test-${s.name}`);
      expect(found).toHaveLength(1);
      const props = found[0]![1].Properties;
      expect(props).toMatchObject({
        ScheduleExpression: expression(s.cron),
        ScheduleExpressionTimezone: s.timeZone,
        FlexibleTimeWindow: { Mode: 'OFF' },
        State: 'ENABLED',
      });
      expect(props.Target.Arn).toEqual({ 'Fn::GetAtt': [fnOf(s.fn).handler, 'Arn'] });
      // Scheduler replaces the placeholder with the scheduled time in ISO form.
      const delivered = JSON.parse(
        (props.Target.Input as string).replace('<aws.scheduler.scheduled-time>', '2019-07-15T16:00:00Z'),
      );
      expect(schedulerEventSchema.parse(delivered)).toEqual({
        source: 'zhalantun.scheduler',
        schedule: s.name,
        scheduledTime: '2019-07-15T16:00:00Z',
      });
      // Its role may invoke that one function and nothing else.
      const statements = statementsOfRole(template.toJSON() as never, props.Target.RoleArn['Fn::GetAtt'][0]);
      // Invoke its function, and hand a delivery that failed after the retries to its dead-letter queue.
      expect(actionsOf(statements).sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
      expect(JSON.stringify(statements)).toContain(fnOf(s.fn).handler);
    },
  );

  it('has one schedule per SCHEDULES entry', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', SCHEDULES.length);
  });
});

describe('stage configuration', () => {
  it('is validated at synth time', () => {
    expect(() => stageConfig('Prod!')).toThrow(/Invalid configuration for stage "Prod!"/);
    expect(stageConfig('prod')).toMatchObject({ logRetentionDays: 365, retainData: true });
  });
});

describe('cdk-nag AwsSolutions', () => {
  const acknowledgements = (scope: Stack) =>
    scope.node
      .findAll()
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === 'aws:cdk:acknowledged-rules')
          .flatMap((m) =>
            Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ path: c.node.path, id, reason })),
          ),
      )
      .filter((a) => a.id.includes('AwsSolutions-'));

  it('leaves no warning or error annotation (CDK’s own, or a v2-style cdk-nag finding)', () => {
    const annotations = Annotations.fromStack(stack);
    expect([
      ...annotations.findError('*', Match.anyValue()),
      ...annotations.findWarning('*', Match.anyValue()),
    ]).toEqual([]);
  });

  it('reports no unacknowledged error or warning (cdk-nag v3 is a validation plugin: run it on the stack)', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const open = report.violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.severity} ${v.ruleName} ${r.constructPath}`),
    );
    expect(open).toEqual([]);
  });

  it('gives every acknowledgement a written reason', () => {
    const acks = acknowledgements(stack);
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) expect(a.reason.length, `${a.path} ${a.id}`).toBeGreaterThanOrEqual(40);
  });

  it('does not wave through a public route that can read data', () => {
    const { stack: probe, config, functions } = probeStack(testApp(), 'probe');
    const route: RouteDef = {
      method: 'GET',
      path: '/v1/leak',
      fn: 'health',
      roles: 'public',
      access: { table: 'read' },
      summary: 'probe',
    };
    new Api(probe, 'Api', { config, routes: [route], identity: new Identity(probe, config), functions });
    const report = new AwsSolutionsChecks().validateScope(probe);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-APIG4');
  });
});

describe('failure paths: dead-letter queues and alarms (operations.ts)', () => {
  const queueIdOf = (ref: unknown) => JSON.stringify(ref);
  /** The alarms and their topic sit in a nested stack (a stack holds at most 500 resources). */
  const nested = () => Template.fromStack(stack.operations.alarms).toJSON() as { Resources: Resources };
  const nestedOfType = (type: string) => Object.entries(nested().Resources).filter(([, r]) => r.Type === type);
  const topicId = () => nestedOfType('AWS::SNS::Topic').map(([id]) => id);
  /** The nested stack names a parent resource by a parameter; the parent passes the resource's own reference. */
  const passedIn = (ref: unknown): string => {
    const param = (ref as { Ref?: string }).Ref;
    const passed = ofType('AWS::CloudFormation::Stack')
      .map(([, n]) => (n.Properties.Parameters ?? {}) as Record<string, unknown>)
      .find((p) => param !== undefined && p[param] !== undefined);
    return param && passed ? JSON.stringify(passed[param]) : JSON.stringify(ref);
  };

  it('keeps the platform stack under CloudFormation’s 500 resources', () => {
    // About 485 today: each new route adds an integration, a route and a Lambda permission (and a function, its
    // role, policy and log group when it has its own handler). Near the limit, move more into nested stacks.
    expect(Object.keys(resources).length).toBeLessThan(500);
    expect(ofType('AWS::CloudWatch::Alarm')).toEqual([]);
    expect(nestedOfType('AWS::CloudWatch::Alarm').length).toBeGreaterThan(ROUTES.length);
  });

  it('retries the S3-triggered photo check twice, then keeps the event in an SQS dead-letter queue', () => {
    const trigger = EVENT_FUNCTIONS.find((f) => f.trigger)!;
    const configs = ofType('AWS::Lambda::EventInvokeConfig').filter(
      ([, c]) => c.Properties.FunctionName?.Ref === fnOf(trigger.fn).handler,
    );
    expect(configs).toHaveLength(1);
    const config = configs[0]![1].Properties;
    expect(config.MaximumRetryAttempts).toBe(2);
    const destination = config.DestinationConfig.OnFailure.Destination;
    expect(destination['Fn::GetAtt'][1]).toBe('Arn');
    expect(resources[destination['Fn::GetAtt'][0]]!.Type).toBe('AWS::SQS::Queue');
    // The function may send to its queue.
    expect(actionsOfFn(trigger.fn)).toEqual(expect.arrayContaining(['sqs:SendMessage']));
  });

  it('gives every schedule a dead-letter queue, and its function an on-failure queue', () => {
    const schedules = ofType('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(SCHEDULES.length);
    for (const [id, s] of schedules) {
      const dlq = s.Properties.Target.DeadLetterConfig?.Arn;
      expect(dlq, id).toBeDefined();
      expect(resources[dlq['Fn::GetAtt'][0]]!.Type).toBe('AWS::SQS::Queue');
      expect(s.Properties.Target.RetryPolicy.MaximumRetryAttempts).toBe(2);
    }
    for (const fn of new Set(SCHEDULES.map((s) => s.fn))) {
      expect(
        ofType('AWS::Lambda::EventInvokeConfig').some(([, c]) => c.Properties.FunctionName?.Ref === fnOf(fn).handler),
        fn,
      ).toBe(true);
    }
  });

  it('alarms to the operations topic as soon as one message sits in any dead-letter queue', () => {
    const queues = ofType('AWS::SQS::Queue').map(([id]) => id);
    expect(queues.length).toBeGreaterThanOrEqual(1 + SCHEDULES.length);
    const alarms = nestedOfType('AWS::CloudWatch::Alarm');
    for (const q of queues) {
      const alarm = alarms.find(
        ([, a]) =>
          a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' &&
          (a.Properties.Dimensions as { Value: unknown }[]).some((d) => queueIdOf(passedIn(d.Value)).includes(q)),
      );
      expect(alarm, q).toBeDefined();
      expect(alarm![1].Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      expect(alarm![1].Properties.AlarmActions).toEqual([{ Ref: topicId()[0] }]);
    }
  });

  it('alarms on throttles of every function, and on the first failed run of every scheduled function', () => {
    const alarms = nestedOfType('AWS::CloudWatch::Alarm');
    const on = (metricName: string, fn: string) =>
      alarms.find(
        ([, a]) =>
          a.Properties.MetricName === metricName &&
          a.Properties.Namespace === 'AWS/Lambda' &&
          (a.Properties.Dimensions as { Value: unknown }[]).some((d) => passedIn(d.Value).includes(fnOf(fn).handler)),
      );
    for (const f of stack.functions.all()) {
      const alarm = on('Throttles', f.fn);
      expect(alarm, f.fn).toBeDefined();
      expect(alarm![1].Properties).toMatchObject({ Threshold: 1, Statistic: 'Sum' });
      expect(alarm![1].Properties.AlarmActions).toEqual([{ Ref: topicId()[0] }]);
    }
    const scheduled = new Set(SCHEDULES.map((s) => s.fn));
    for (const f of stack.functions.all()) {
      expect(Boolean(on('Errors', f.fn)), f.fn).toBe(scheduled.has(f.fn));
    }
  });

  it('subscribes the stage’s alarm address to the topic when one is set', () => {
    const withEmail = new PlatformStack(testApp(), 'zlt-alarm-email', {
      ...stageConfig('test'),
      alarmEmail: 'oncall@zhalantun.example',
    });
    Template.fromStack(withEmail.operations.alarms).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@zhalantun.example',
    });
    expect(nestedOfType('AWS::SNS::Subscription')).toEqual([]);
  });

  it('has one operations dashboard with the API, the queues and every business metric the functions publish', () => {
    const [dashboard] = nestedOfType('AWS::CloudWatch::Dashboard');
    // The body is JSON inside a CloudFormation join: drop the escaping layers before reading it.
    const body = JSON.stringify(dashboard![1].Properties.DashboardBody).replace(/\\/g, '');
    for (const metric of Object.values(METRIC)) expect(body, metric).toContain(`MetricName="${metric}"`);
    expect(body).toContain('AWS/ApiGateway');
    expect(body).toContain('ApproximateNumberOfMessagesVisible');
  });

  it('has a 5xx-rate alarm per route, on API Gateway per-route metrics', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { DetailedMetricsEnabled: true },
    });
    const alarms = nestedOfType('AWS::CloudWatch::Alarm').filter(([, a]) => a.Properties.Metrics);
    for (const route of ROUTES) {
      const alarm = alarms.find(([, a]) =>
        (
          a.Properties.Metrics as {
            MetricStat?: { Metric: { MetricName: string; Dimensions: { Name: string; Value: unknown }[] } };
          }[]
        ).some(
          (m) =>
            m.MetricStat?.Metric.MetricName === '5xx' &&
            m.MetricStat.Metric.Dimensions.some((d) => d.Name === 'Resource' && d.Value === route.path) &&
            m.MetricStat.Metric.Dimensions.some((d) => d.Name === 'Method' && d.Value === route.method),
        ),
      );
      expect(alarm, routeKey(route)).toBeDefined();
      expect(alarm![1].Properties.AlarmActions).toEqual([{ Ref: topicId()[0] }]);
    }
  });
});
