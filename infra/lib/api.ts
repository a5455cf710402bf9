import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { acknowledge } from './nag.js';
import { Construct } from 'constructs';
import type { RouteDef } from '../../shared/platform/types.js';
import type { Auth } from './auth.js';
import type { StageConfig } from './config.js';
import type { FunctionFactory } from './functions.js';

/**
 * The HTTP API: one route and one function per entry of the route table, the Cognito JWT authorizer on
 * every route that is not public, access logs and throttling on the default stage. `/dev/token` is never
 * here: it is not in the route table.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: { config: StageConfig; routes: readonly RouteDef[]; auth: Auth; functions: FunctionFactory }) {
    super(scope, id);
    const authorizer = new HttpUserPoolAuthorizer('Cognito', props.auth.userPool, {
      userPoolClients: [props.auth.client],
      identitySource: ['$request.header.Authorization'],
    });
    this.httpApi = new HttpApi(this, 'Http', { apiName: `zlt-${props.config.stage}-api`, createDefaultStage: false });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.config.logRetentionDays >= 365 ? RetentionDays.ONE_YEAR : RetentionDays.THREE_MONTHS,
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'Default', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.config.apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });

    for (const route of props.routes) {
      const fn = props.functions.forFn(route.fn, route.access, Duration.seconds(10));
      const [created] = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.fn}-integration`, fn),
        ...(route.roles === 'public' ? {} : { authorizer }),
      });
      if (route.roles === 'public' && created) {
        acknowledge(created, 'AwsSolutions-APIG4', `${route.method} ${route.path} is public by contract (API.md): ${route.summary}; it returns no personal data.`);
      }
    }
  }
}
