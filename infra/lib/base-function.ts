import {
  AssetHashType,
  DockerImage,
  Duration,
  type ILocalBundling,
  RemovalPolicy,
  Stack,
  Token,
  type CfnElement,
} from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsVersions,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { Construct } from 'constructs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DIGEST_PREFIX } from '../../shared/audit/s3-digests.js';
import type { Access } from '../../shared/platform/types.js';
import { logRetention, type StageConfig } from './config.js';
import { assetBuild, FUNCTION_NODE_OPTIONS } from './bundling.js';
import { acknowledge } from './nag.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** What a function is for: API functions answer a person waiting; event functions run reports and checks. */
export type FunctionKind = 'api' | 'event';

const TIMEOUT: Record<FunctionKind, Duration> = { api: Duration.seconds(10), event: Duration.minutes(5) };
const MEMORY_MB = 512;

export interface DataResources {
  table: ITableV2;
  bucket: IBucket;
  /** The audit digests' Object Lock bucket (docs/audit.md). */
  auditBucket: IBucket;
  /** The key paging tokens are sealed with (generated; never in the template or the environment). */
  pageTokenSecret: ISecret;
}

export interface BaseFunctionProps {
  /** Handler module `functions/<fn>.ts`, exporting `handler`. */
  fn: string;
  kind: FunctionKind;
  /** What the route table says the function may touch; nothing else is granted or named. */
  access: Access;
  data: DataResources;
  config: StageConfig;
  /** Overrides the kind's timeout (route-table `timeoutSeconds`). */
  timeout?: Duration;
  /** Overrides the default memory (route-table `memoryMb`). */
  memoryMb?: number;
  /** Where the function's log group is made (a nested stack), instead of next to the function. */
  logScope?: Construct;
  /** Stage-wide settings every function gets (the identity provider's claim names). */
  environment?: Record<string, string>;
}

/**
 * Every Lambda of the platform: Node.js 22 on ARM64, bundled by the local esbuild (never Docker; functionCode
 * below) into one minified, tree-shaken ESM file with a source map (the xlsx functions also ship their chunks),
 * the pinned AWS SDK inside the bundle
 * (not the runtime's copy), its own log group with retention, a role that may write only that log group,
 * and exactly the data grants of its `access`. The environment carries resource names only, never secrets.
 * Log group, role and function sit under this one construct, so each cdk-nag acknowledgement below
 * applies to this function alone.
 */
export class BaseFunction extends Construct {
  readonly fn: string;
  readonly handler: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BaseFunctionProps) {
    super(scope, id);
    this.fn = props.fn;
    const removalPolicy = props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    // In the shared logs nested stack when one is given (a stack holds at most 500 resources; see functions.ts).
    this.logGroup = new LogGroup(props.logScope ?? this, props.logScope ? `${props.fn}Logs` : 'Logs', {
      retention: logRetention(props.config),
      removalPolicy,
    });
    // Not AWSLambdaBasicExecutionRole: that allows writing to every log group in the account.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);

    const environment: Record<string, string> = {
      ...props.environment,
      STAGE: props.config.stage,
      POWERTOOLS_SERVICE_NAME: `zhalantun-${props.fn}`,
      POWERTOOLS_METRICS_NAMESPACE: 'Zhalantun',
      // Where the partition offers no X-Ray for Lambda (China), the tracer stays off with the function's tracing.
      POWERTOOLS_TRACE_ENABLED: String(props.config.tracing),
      ...(FUNCTION_NODE_OPTIONS ? { NODE_OPTIONS: FUNCTION_NODE_OPTIONS } : {}),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    if (props.access.table) environment.TABLE_NAME = props.data.table.tableName;
    if (props.access.bucket) environment.BUCKET_NAME = props.data.bucket.bucketName;
    if (props.access.auditDigests) environment.AUDIT_BUCKET_NAME = props.data.auditBucket.bucketName;
    if (props.access.pageTokens) environment.PAGE_TOKEN_SECRET_ARN = props.data.pageTokenSecret.secretArn;

    this.handler = new LambdaFunction(this, 'Handler', {
      code: functionCode(props.fn, props.config.tracing),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: architectureFor(this, props.access),
      memorySize: props.memoryMb ?? MEMORY_MB,
      timeout: props.timeout ?? TIMEOUT[props.kind],
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.config.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      environment,
      // The page-token secret is read through the AWS Parameters and Secrets extension (no SDK client bundled).
      ...(props.access.pageTokens ? { paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(EXTENSION) } : {}),
    });

    this.grantAccess(props.access, props.data);
    if (props.config.tracing) {
      acknowledge(
        this,
        'AwsSolutions-IAM5[Resource::*]',
        'Active tracing lets the function send its trace segments to X-Ray; xray:PutTraceSegments and PutTelemetryRecords take no resource, so CDK grants them on *.',
      );
    }
    acknowledge(
      this,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the platform is built and tested for (ES2022 code); a newer runtime is a one-line change here once the suites pass on it.',
    );
  }

  /**
   * Least privilege from the route table. Table: `read` → CDK's read grant; `write` adds PutItem and UpdateItem
   * only; `write-delete` adds DeleteItem. Nobody gets BatchWriteItem. Bucket: one statement per operation, on
   * exactly the key prefixes the function names (`<bucket>/<prefix>*`), listing only under those prefixes
   * (`s3:prefix` condition); DeleteObject only where a function deletes (the photo check, on uploads); no
   * DeleteObjectVersion for anyone. The wildcards that remain (the table's own indexes, the objects under one
   * prefix) are acknowledged here, on this function only.
   */
  private grantAccess(access: Access, data: DataResources): void {
    if (access.pageTokens) data.pageTokenSecret.grantRead(this.role);
    if (access.table) {
      data.table.grantReadData(this.role);
      if (access.table !== 'read') {
        data.table.grant(
          this.role,
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          ...(access.table === 'write-delete' ? ['dynamodb:DeleteItem'] : []),
        );
      }
      acknowledge(
        this,
        `AwsSolutions-IAM5[Resource::<${logicalIdOf(data.table)}.Arn>/index/*]`,
        "CDK's table grant covers the main table's own GSIs (index/*); no other table is reachable.",
      );
    }
    if (access.auditDigests) this.grantDigests(access.auditDigests, data);
    const bucket = access.bucket;
    if (!bucket) return;
    const objects = (prefixes: readonly string[]) => prefixes.map((p) => data.bucket.arnForObjects(`${p}*`));
    const allow = (actions: string[], prefixes: readonly string[] | undefined) => {
      if (prefixes?.length)
        this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources: objects(prefixes) }));
    };
    allow(['s3:GetObject'], bucket.read);
    allow(['s3:GetObjectVersion'], bucket.readVersions);
    allow(['s3:PutObject'], bucket.write);
    allow(['s3:DeleteObject'], bucket.delete);
    const listed = [...new Set([...(bucket.read ?? []), ...(bucket.list ?? [])])];
    if (listed.length > 0) {
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [data.bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': listed.map((p) => `${p}*`) } },
        }),
      );
    }
    const prefixes = new Set([
      ...(bucket.read ?? []),
      ...(bucket.readVersions ?? []),
      ...(bucket.write ?? []),
      ...(bucket.delete ?? []),
    ]);
    for (const prefix of prefixes) {
      acknowledge(
        this,
        `AwsSolutions-IAM5[Resource::<${logicalIdOf(data.bucket)}.Arn>/${prefix}*]`,
        `The objects under ${prefix} only: keys there are chosen by the code (case, photo, import or report id), not by callers.`,
      );
    }
  }

  /**
   * The digest bucket: list and get under digests/ to verify, put there to write one. No delete of any kind
   * (Object Lock in compliance mode would refuse it anyway).
   */
  private grantDigests(mode: 'read' | 'write', data: DataResources): void {
    const objects = data.auditBucket.arnForObjects(`${DIGEST_PREFIX}*`);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: mode === 'read' ? ['s3:GetObject'] : ['s3:PutObject'], resources: [objects] }),
    );
    if (mode === 'read')
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [data.auditBucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${DIGEST_PREFIX}*`] } },
        }),
      );
    acknowledge(
      this,
      `AwsSolutions-IAM5[Resource::<${logicalIdOf(data.auditBucket)}.Arn>/${DIGEST_PREFIX}*]`,
      'The digests only: their keys are the run times the job chooses, and Object Lock keeps each one as written.',
    );
  }
}

const EXTENSION = ParamsAndSecretsVersions.V1_0_103;

/**
 * A function's code: bundled on this machine by infra/lib/build-function.mjs with the options of
 * infra/lib/bundling.ts (assetBuild), never in Docker. esbuild's API rather than CDK's NodejsFunction, which
 * drives esbuild's command line: the command line takes no plugins and writes one file, and the functions need
 * both (the SDK plugins in build-function.mjs; the split xlsx functions). The asset's hash is that of the bundle, so a deploy
 * updates exactly the functions whose code changed. Where CDK skips bundling (a stack the command was not asked
 * about, or the tests' `aws:cdk:bundling-stacks: []`), nothing runs.
 */
function functionCode(fn: string, tracing: boolean): Code {
  return Code.fromAsset(resolve(ROOT, 'functions'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling either succeeds or throws.
      image: DockerImage.fromRegistry('zhalantun/local-bundling-only'),
      local: new FunctionBundler(fn, tracing),
    },
  });
}

/**
 * Bundles one function. Its fields are what CDK's asset cache tells one function's bundling from another's by
 * (the cache key is the bundling options as JSON, where a bare `tryBundle` closure would leave every function
 * with the first one's code).
 */
class FunctionBundler implements ILocalBundling {
  constructor(
    readonly fn: string,
    readonly tracing: boolean,
  ) {}

  tryBundle(outputDir: string): boolean {
    // Plugins are code, not JSON: the script adds the same FUNCTION_PLUGINS itself.
    const { plugins: _plugins, ...options } = assetBuild(this.fn, outputDir, this.tracing);
    const arg = Buffer.from(JSON.stringify(options)).toString('base64');
    const run = spawnSync(process.execPath, [BUILD_SCRIPT, arg], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bundling ${this.fn} failed (${run.status}): ${run.stderr || run.error}`);
    return true;
  }
}

const BUILD_SCRIPT = resolve(ROOT, 'infra/lib/build-function.mjs');

/**
 * ARM64 (Graviton) for every function, except one that reads a secret through the Parameters and Secrets
 * extension in a region where the extension exists only for x86_64 (the China regions, as of extension
 * 1.0.103): that function runs on x86_64 rather than bundle a Secrets Manager client.
 */
function architectureFor(scope: Construct, access: Access): Architecture {
  const region = Stack.of(scope).region;
  if (!access.pageTokens || Token.isUnresolved(region)) return Architecture.ARM_64;
  const arm = RegionInfo.get(region).paramsAndSecretsLambdaLayerArn(EXTENSION, 'arm64');
  return arm ? Architecture.ARM_64 : Architecture.X86_64;
}

/** cdk-nag names a resource in a finding by its logical id: `<Logical.Arn>`. */
function logicalIdOf(resource: ITableV2 | IBucket): string {
  const child = resource.node.defaultChild;
  if (!child) throw new Error(`${resource.node.path} has no CloudFormation resource`);
  return Stack.of(resource).getLogicalId(child as CfnElement);
}
