import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EVENT_FUNCTIONS, ROUTES, SCHEDULES } from '../../shared/platform/routes/index.js';
import { Api } from './api.js';
import type { StageConfig } from './config.js';
import { Console } from './console.js';
import { Data } from './data.js';
import { Events } from './events.js';
import { FunctionFactory } from './functions.js';
import { Identity } from './identity.js';
import { Operations } from './operations.js';
import { Schedules } from './schedules.js';

/**
 * The platform for one stage. It only composes the capability constructs; everything it deploys comes from
 * the route table (ROUTES, EVENT_FUNCTIONS, SCHEDULES) and the shared table definition.
 */
export class PlatformStack extends Stack {
  readonly data: Data;
  readonly identity: Identity;
  readonly functions: FunctionFactory;
  readonly api: Api;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, config: StageConfig, props: StackProps = {}) {
    super(scope, id, props);
    this.data = new Data(this, 'Data', config);
    this.identity = new Identity(this, config);
    this.functions = new FunctionFactory(this, 'Functions', {
      config,
      data: {
        table: this.data.table,
        bucket: this.data.bucket,
        auditBucket: this.data.auditBucket,
        pageTokenSecret: this.data.pageTokenSecret,
      },
      environment: this.identity.functionEnvironment,
    });
    this.api = new Api(this, 'Api', { config, routes: ROUTES, identity: this.identity, functions: this.functions });
    this.operations = new Operations(this, 'Operations', config);
    this.operations.routeErrorAlarms(this.api.httpApi, ROUTES);
    new Events(this, 'Events', {
      bucket: this.data.bucket,
      functions: this.functions,
      eventFunctions: EVENT_FUNCTIONS,
      operations: this.operations,
    });
    new Schedules(this, 'Schedules', {
      config,
      functions: this.functions,
      eventFunctions: EVENT_FUNCTIONS,
      schedules: SCHEDULES,
      operations: this.operations,
    });

    this.operations.functionAlarms(this.functions.all(), SCHEDULES);
    this.operations.dashboard(this.api.httpApi);

    new Console(this, 'Console', { config, httpApi: this.api.httpApi, filesBucket: this.data.bucket });

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'JwtIssuer', { value: this.identity.issuer });
    const cognito = this.identity.cognito;
    if (cognito) {
      new CfnOutput(this, 'UserPoolId', { value: cognito.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: cognito.client.userPoolClientId });
      new CfnOutput(this, 'TokenEndpoint', { value: `${cognito.domain.baseUrl()}/oauth2/token` });
      for (const [label, client] of cognito.machineClients) {
        new CfnOutput(this, `MachineClient-${label}`, {
          description: `Client id of the billing system "${label}" (register it to its hospital)`,
          value: client.userPoolClientId,
        });
      }
    }
    new CfnOutput(this, 'FilesBucket', { value: this.data.bucket.bucketName });
    new CfnOutput(this, 'AuditDigestsBucket', { value: this.data.auditBucket.bucketName });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
