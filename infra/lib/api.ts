import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routeKey, type RouteDef } from '../../shared/platform/types.js';
import { logRetention, resourceName, type StageConfig } from './config.js';
import type { FunctionFactory } from './functions.js';
import type { Identity } from './identity.js';
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
 * function; the JWT authorizer of the stage's identity provider (Cognito or any OIDC issuer) on every
 * route that is not public; CORS for the console's origins only; JSON access logs and throttling on the
 * `$default` stage. Public routes are left out where the stage says so (China regions without an ICP
 * licence). `/dev/*` is never here: token issuing exists only in the local gateway.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;

  constructor(
    scope: Construct,
    id: string,
    props: { config: StageConfig; routes: readonly RouteDef[]; identity: Identity; functions: FunctionFactory },
  ) {
    super(scope, id);
    const authorizer = new HttpJwtAuthorizer('Jwt', props.identity.issuer, {
      jwtAudience: props.identity.audiences,
      identitySource: ['$request.header.Authorization'],
    });
    this.httpApi = new HttpApi(this, 'Http', {
      apiName: resourceName(props.config, 'api'),
      createDefaultStage: false,
      // Browsers may call the API from the console's origins only; billing systems are not browsers.
      corsPreflight: {
        allowOrigins: props.config.consoleOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        maxAge: Duration.hours(1),
      },
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: logRetention(props.config),
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'Default', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.config.apiThrottle,
      // Per-route metrics, for the per-route 5xx alarms (operations.ts).
      detailedMetricsEnabled: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    for (const route of props.routes) {
      if (route.roles === 'public' && !props.config.publicRoutes) continue;
      const fn = props.functions.forFn(route.fn, 'api', route.access, route.timeoutSeconds, route.memoryMb);
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
      } else if (isPublic && route.publicBecause) {
        for (const r of created) {
          acknowledge(r, 'AwsSolutions-APIG4', `${routeKey(route)} is public: ${route.publicBecause}.`);
        }
      }
    }
  }
}
