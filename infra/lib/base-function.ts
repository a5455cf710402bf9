import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { StageConfig } from './config.js';

const ROOT = resolve(import.meta.dirname, '../..');

const RETENTION: Record<StageConfig['logRetentionDays'], RetentionDays> = {
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  180: RetentionDays.SIX_MONTHS,
  365: RetentionDays.ONE_YEAR,
};

export interface BaseFunctionProps {
  fn: string;
  config: StageConfig;
  environment: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
}

/**
 * Every Lambda of the platform: Node.js 22 on ARM64, bundled by the local esbuild (no Docker) as
 * minified, tree-shaken ESM with source maps, an explicit log group with retention, and only resource
 * names in the environment (STYLE 13–14).
 */
export class BaseFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: BaseFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RETENTION[props.config.logRetentionDays],
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      entry: resolve(ROOT, 'functions', `${props.fn}.ts`),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: resolve(ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup,
      environment: {
        STAGE: props.config.stage,
        POWERTOOLS_SERVICE_NAME: `zhalantun-${props.fn}`,
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        sourceMap: true,
        mainFields: ['module', 'main'],
        banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        forceDockerBundling: false,
      },
    });
  }
}
