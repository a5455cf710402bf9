import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { acknowledgeStackFindings } from './nag.js';
import type { Construct } from 'constructs';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { Api } from './api.js';
import { Auth } from './auth.js';
import type { StageConfig } from './config.js';
import { Data } from './data.js';
import { Events } from './events.js';
import { FunctionFactory } from './functions.js';

/** The platform for one stage; it only composes the capability constructs. */
export class PlatformStack extends Stack {
  constructor(scope: Construct, id: string, config: StageConfig, props: StackProps = {}) {
    super(scope, id, props);
    const data = new Data(this, 'Data', config);
    const auth = new Auth(this, 'Auth', config);
    const functions = new FunctionFactory(this, 'Functions', { config, table: data.table, bucket: data.bucket });
    const api = new Api(this, 'Api', { config, routes: ROUTES, auth, functions });
    new Events(this, 'Events', { config, bucket: data.bucket, functions, eventFunctions: EVENT_FUNCTIONS, schedules: SCHEDULES });
    const scheduledFunctions = [...new Set(SCHEDULES.map((s) => s.fn))].map((fn) => functions.get(fn));

    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });

    acknowledgeStackFindings(this, { table: data.table, bucket: data.bucket, scheduledFunctions });
  }
}
