import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfig } from '../lib/config.js';
import { PlatformStack } from '../lib/stack.js';

/**
 * `npx cdk synth` (offline: notices off in cdk.json, CDK_DISABLE_VERSION_CHECK=1). The stage comes from
 * context (`-c stage=prod`, default `dev`). cdk-nag's AwsSolutions pack runs as a validation plugin on
 * every synth: an unacknowledged finding stops synthesis.
 */
const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
new PlatformStack(app, `zlt-${stage}`, stageConfig(stage), {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: 'Zhalantun 2019 poverty-alleviation platform',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
