import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfig } from '../lib/config.js';
import { PlatformStack } from '../lib/stack.js';

/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy -c stage=prod` (stage from context, default `dev`,
 * validated before anything is built). Synth is offline: notices and telemetry are off in cdk.json and
 * CDK_DISABLE_VERSION_CHECK=1 stops the version check; functions are bundled by the local esbuild.
 *
 * cdk-nag's AwsSolutions pack runs on every synth, not only in tests: cdk-nag v3 is a CDK validation
 * plugin (no longer an Aspect), and an unacknowledged finding fails `cdk synth` and therefore `cdk deploy`.
 * The infra tests run the same pack on the stack directly (tests/infra/stack.test.ts).
 *
 * The stack names no account at synth: the template is the same with or without credentials, and
 * `cdk deploy` targets the account of the CLI profile. A stage that pins a region (prod-cn:
 * cn-northwest-1) is synthesized for it, so CDK knows the partition (aws-cn) and writes `arn:aws-cn:`.
 */
const app = new App();
const config = stageConfig(app.node.tryGetContext('stage') ?? 'dev');
new PlatformStack(app, `zlt-${config.stage}`, config, {
  description: `Zhalantun 2019 poverty-alleviation platform (${config.stage})`,
  ...(config.region ? { env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region } } : {}),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
