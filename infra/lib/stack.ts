import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { Api } from './api.js';
import { Auth } from './auth.js';
import type { StageConfig } from './config.js';
import { Data } from './data.js';
import { Events } from './events.js';
import { FunctionFactory } from './functions.js';
import { Schedules } from './schedules.js';

/**
 * The platform for one stage. It only composes the capability constructs; everything it deploys comes from
 * the route table (ROUTES, EVENT_FUNCTIONS, SCHEDULES) and the shared table definition.
 */
export class PlatformStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: FunctionFactory;
  readonly api: Api;

  constructor(scope: Construct, id: string, config: StageConfig, props: StackProps = {}) {
    super(scope, id, props);
    this.data = new Data(this, 'Data', config);
    this.auth = new Auth(this, 'Auth', config);
    this.functions = new FunctionFactory(this, 'Functions', {
      config,
      data: { table: this.data.table, bucket: this.data.bucket },
    });
    this.api = new Api(this, 'Api', { config, routes: ROUTES, auth: this.auth, functions: this.functions });
    new Events(this, 'Events', {
      bucket: this.data.bucket,
      functions: this.functions,
      eventFunctions: EVENT_FUNCTIONS,
    });
    new Schedules(this, 'Schedules', {
      config,
      functions: this.functions,
      eventFunctions: EVENT_FUNCTIONS,
      schedules: SCHEDULES,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'FilesBucket', { value: this.data.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
