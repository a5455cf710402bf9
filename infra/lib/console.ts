import { Aws, CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  type CfnDistribution,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { type StageConfig, resourceName } from './config.js';
import { acknowledge } from './nag.js';

/**
 * The web console (docs/web.md): its files in a private bucket read by CloudFront through origin access
 * control, `/v1/*` sent to the HTTP API on the same distribution (one origin for the browser, so no CORS on
 * the API), security headers on every response, and CORS on the files bucket for the console's origin only
 * (photos go straight to the bucket through presigned POSTs; thumbnails come back through signed links).
 */
export function consoleContentSecurityPolicy(filesOrigin: string, apiOrigin?: string): string {
  const connect = apiOrigin ? `'self' ${filesOrigin} ${apiOrigin}` : `'self' ${filesOrigin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design writes its CSS-in-JS into <style> elements: inline styles, never inline scripts.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${filesOrigin}`,
    `connect-src ${connect}`,
    "font-src 'self' data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Any path that is not a file of the build (/cases/abc, /auth/callback) gets index.html: the console routes it. */
const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/v1/') !== 0 && uri.lastIndexOf('.') <= uri.lastIndexOf('/')) request.uri = '/index.html';
  return request;
}`;

export class Console extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: { config: StageConfig; httpApi: HttpApi; filesBucket: Bucket }) {
    super(scope, id);
    const { config } = props;
    this.bucket = new Bucket(this, 'Site', {
      bucketName: `${resourceName(config, 'console')}-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // The console is rebuilt from git on every deploy: nothing here is a record.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'The console bucket holds only the built static files, rebuilt from git on each deploy; CloudFront is its only reader.',
    );

    const filesOrigin = `https://${props.filesBucket.bucketRegionalDomainName}`;
    const apiHost = `${props.httpApi.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`;
    // Without edge functions the API is not behind this distribution: the console calls its endpoint.
    const sameOrigin = config.cloudFrontFunctions;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: resourceName(config, 'console-headers'),
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: consoleContentSecurityPolicy(
            filesOrigin,
            sameOrigin ? undefined : `https://${apiHost}`,
          ),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const rewrite = sameOrigin
      ? new CloudFrontFunction(this, 'SpaRewrite', {
          code: FunctionCode.fromInline(SPA_REWRITE),
          runtime: FunctionRuntime.JS_2_0,
          comment: 'Console routes to index.html',
        })
      : undefined;

    const china = config.partition === 'aws-cn';
    const domain = config.consoleDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${resourceName(config, 'console')}: web console${sameOrigin ? ' and /v1/* API' : ''}`,
      defaultRootObject: 'index.html',
      // HTTP/3 in CloudFront China could not be confirmed from its service notes: HTTP/2 there.
      httpVersion: china ? HttpVersion.HTTP2 : HttpVersion.HTTP2_AND_3,
      ...(domain?.acmCertificateArn
        ? {
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            domainNames: [domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.acmCertificateArn),
          }
        : {}),
      defaultBehavior: {
        origin: consoleOrigin(this.bucket, china),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        ...(rewrite
          ? { functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }] }
          : {}),
      },
      // Only the console's files are behind this distribution then, so a missing key (403 from S3 through the
      // origin access identity, which cannot list) is a deep link of the console: answer index.html.
      ...(sameOrigin
        ? {}
        : {
            errorResponses: [403, 404].map((httpStatus) => ({
              httpStatus,
              responseHttpStatus: 200,
              responsePagePath: '/index.html',
              ttl: Duration.seconds(0),
            })),
          }),
      additionalBehaviors: sameOrigin
        ? {
            '/v1/*': {
              origin: new HttpOrigin(apiHost, {
                protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
              }),
              viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
              allowedMethods: AllowedMethods.ALLOW_ALL,
              cachePolicy: CachePolicy.CACHING_DISABLED,
              // Everything but Host (API Gateway must see its own host name); Authorization goes through.
              originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
              responseHeadersPolicy: headers,
            },
          }
        : {},
    });
    if (china) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR7',
        'Origin access control is not offered in the China regions; an origin access identity reads the bucket.',
      );
    }
    if (china && domain?.iamCertificateId) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'The IAM-store certificate with TLSv1.2_2021 is set by a property override that cdk-nag does not read.',
      );
      // CloudFront in China takes certificates from the IAM store only; the L2 construct knows ACM alone.
      const cfn = this.distribution.node.defaultChild as CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [domain.name]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: domain.iamCertificateId,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      });
    }
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Township clerks work anywhere in Zhalantun and travel; sign-in, not geography, decides access.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'The API behind /v1/* has its own throttling and JWT authorizer; a WAF web ACL is a deployment choice (docs/deploy.md).',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR3',
      'API access logs are kept by the HTTP API stage; static file requests carry no personal data.',
    );
    if (!domain) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'No console domain in this stage: the default CloudFront certificate serves; set consoleDomain for TLSv1.2_2021.',
      );
    }

    // Presigned POST uploads and signed GETs from the console's origins only (never `*`).
    props.filesBucket.addCorsRule({
      allowedOrigins: config.consoleOrigins,
      allowedMethods: [HttpMethods.POST, HttpMethods.GET, HttpMethods.HEAD],
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    });

    new CfnOutput(this, 'ConsoleUrl', {
      value: domain ? `https://${domain.name}` : `https://${this.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'ConsoleDistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'ConsoleBucket', { value: this.bucket.bucketName });
  }
}

/**
 * Origin access control where CloudFront offers it; the China regions do not (CDK RFC 0617: "OAC is not
 * supported in China and GovCloud regions"), so there the legacy origin access identity reads the bucket.
 */
function consoleOrigin(bucket: IBucket, china: boolean) {
  return china ? S3BucketOrigin.withOriginAccessIdentity(bucket) : S3BucketOrigin.withOriginAccessControl(bucket);
}
