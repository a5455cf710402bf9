import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routeKey, type RouteDef } from '../../shared/platform/types.js';
import type { Auth } from './auth.js';
import { logRetention, resourceName, type StageConfig } from './config.js';
import type { FunctionFactory } from './functions.js';
import { acknowledge } from './nag.js';

/**
 * One access-log line per request, as JSON. No claims and no body: the log must not become a second copy
 * of personal data. `authorizerError` explains a 401 from the JWT authorizer.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sourceIp: '$context.identity.sourceIp',
  }),
);

/**
 * The HTTP API: for every entry of the route table (shared/platform/routes), one route to that entry's
 * function; the Cognito JWT authorizer on every route that is not public; JSON access logs and throttling
 * on the `$default` stage. `/dev/token` is never here: it is not in the route table, only in the local
 * gateway (infra/local/local-auth.ts).
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;

  constructor(
    scope: Construct,
    id: string,
    props: { config: StageConfig; routes: readonly RouteDef[]; auth: Auth; functions: FunctionFactory },
  ) {
    super(scope, id);
    // Built from parts rather than the user pool's ProviderURL so that it also holds in aws-cn (amazonaws.com.cn).
    const issuer = `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}/${props.auth.userPool.userPoolId}`;
    const authorizer = new HttpJwtAuthorizer('Cognito', issuer, {
      jwtAudience: [props.auth.client.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });
    this.httpApi = new HttpApi(this, 'Http', { apiName: resourceName(props.config, 'api'), createDefaultStage: false });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: logRetention(props.config),
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'Default', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.config.apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    for (const route of props.routes) {
      const fn = props.functions.forFn(route.fn, 'api', route.access, route.timeoutSeconds);
      const isPublic = route.roles === 'public';
      const created = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.fn}-integration`, fn.handler),
        ...(isPublic ? {} : { authorizer }),
      });
      // Only a public route that touches no data is acknowledged automatically; one that reads the table
      // or bucket stays a cdk-nag error until someone writes down why it may be open.
      if (isPublic && !route.access.table && !route.access.bucket) {
        for (const r of created) {
          acknowledge(
            r,
            'AwsSolutions-APIG4',
            `${routeKey(route)} is public in the route table (${route.summary}) and its function has no table or bucket access, so it can reveal no stored data.`,
          );
        }
      }
    }
  }
}
