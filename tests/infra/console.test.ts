import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import STAGES from '../../infra/stages.json' with { type: 'json' };
import { stageConfig } from '../../infra/lib/config.js';
import { PlatformStack } from '../../infra/lib/stack.js';
import { testApp } from './support.js';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(new PlatformStack(testApp(), 'zlt-console-test', stageConfig('test')));
}, 120_000);

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;
const ofType = (type: string) => Object.values(template.toJSON().Resources as Resources).filter((r) => r.Type === type);

describe('web console on CloudFront', () => {
  it('serves the private console bucket through origin access control, and /v1/* from the HTTP API', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const [dist] = ofType('AWS::CloudFront::Distribution');
    const config = dist!.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const api = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['POST', 'PUT', 'DELETE', 'GET']));
    const apiOrigin = config.Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('execute-api');
    expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    const s3Origin = config.Origins.find((o: { Id: string }) => o.Id === config.DefaultCacheBehavior.TargetOriginId);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    // Deep links of the console (/cases/abc) are rewritten to index.html at the edge, API paths never.
    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: Match.stringLikeRegexp("uri.indexOf\\('/v1/'\\) !== 0"),
    });
  });

  it('adds the security headers: CSP without inline scripts, HSTS, nosniff, no framing', () => {
    const [policy] = ofType('AWS::CloudFront::ResponseHeadersPolicy');
    const h = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(h.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(h.ContentTypeOptions.Override).toBe(true);
    expect(h.FrameOptions.FrameOption).toBe('DENY');
  });

  it('lets only the console origin post photos to the files bucket', () => {
    const files = ofType('AWS::S3::Bucket').filter((b) => b.Properties.CorsConfiguration);
    expect(files).toHaveLength(1);
    const [rule] = files[0]!.Properties.CorsConfiguration.CorsRules;
    expect(rule.AllowedOrigins).toEqual(stageConfig('test').consoleOrigins);
    expect(rule.AllowedOrigins).not.toContain('*');
    expect(rule.AllowedMethods).toEqual(expect.arrayContaining(['POST', 'GET']));
  });
});

describe('console domain per partition', () => {
  const cn = (consoleDomain: unknown) => ({ 'prod-cn': { ...STAGES['prod-cn'], consoleDomain } });
  it('refuses a China stage without an ICP-filed domain and an IAM-store certificate, or with an ACM one', () => {
    expect(() => stageConfig('prod-cn', cn(undefined))).toThrow(/IAM store[\s\S]*consoleDomain/);
    expect(() =>
      stageConfig(
        'prod-cn',
        cn({
          name: 'console.zhalantun.example.cn',
          iamCertificateId: 'ASCAEXAMPLEZHALANTUN01',
          acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        }),
      ),
    ).toThrow(/ACM/);
    expect(stageConfig('prod-cn').consoleDomain?.iamCertificateId).toBe('ASCAEXAMPLEZHALANTUN01');
  });

  it('needs an ACM certificate for a global domain, and the domain among the console origins', () => {
    const global = (consoleDomain: unknown, consoleOrigins = ['https://console.zhalantun.example']) => ({
      prod: { consoleDomain, consoleOrigins },
    });
    expect(() => stageConfig('prod', global({ name: 'console.zhalantun.example' }))).toThrow(/ACM/);
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
    expect(() => stageConfig('prod', global({ name: 'other.zhalantun.example', acmCertificateArn: arn }))).toThrow(
      /consoleOrigins/,
    );
    const ok = stageConfig('prod', global({ name: 'console.zhalantun.example', acmCertificateArn: arn }));
    const t = Template.fromStack(new PlatformStack(testApp(), 'zlt-console-domain', ok));
    const [dist] = ofType2(t, 'AWS::CloudFront::Distribution');
    expect(dist!.Properties.DistributionConfig.Aliases).toEqual(['console.zhalantun.example']);
    expect(dist!.Properties.DistributionConfig.ViewerCertificate).toMatchObject({
      AcmCertificateArn: arn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
  }, 120_000);
});

const ofType2 = (t: Template, type: string) =>
  Object.values(t.toJSON().Resources as Resources).filter((r) => r.Type === type);
