import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { type StageConfig, stageConfig } from '../../infra/lib/config.js';
import { Data } from '../../infra/lib/data.js';
import { FunctionFactory } from '../../infra/lib/functions.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The context `cdk synth` uses (feature flags, telemetry off), so the tests build the stack the CLI builds. */
export const CDK_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(resolve(ROOT, 'cdk.json'), 'utf8')).context;

/** An app with cdk.json's context; bundling is skipped unless asked for. */
export function testApp(opts: { bundle?: boolean; outdir?: string } = {}): App {
  return new App({
    context: { ...CDK_CONTEXT, ...(opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
    ...(opts.outdir ? { outdir: opts.outdir } : {}),
  });
}

/** A small stack of a stage's data and a function factory, to make a few functions in (probe stage). */
export function probeStack(app: App, name: string): { stack: Stack; config: StageConfig; functions: FunctionFactory } {
  const stack = new Stack(app, name);
  const config = stageConfig('probe');
  const data = new Data(stack, 'Data', config);
  const functions = new FunctionFactory(stack, 'Functions', {
    config,
    data: {
      table: data.table,
      bucket: data.bucket,
      auditBucket: data.auditBucket,
      pageTokenSecret: data.pageTokenSecret,
    },
  });
  return { stack, config, functions };
}

export const logicalId = (c: IConstruct): string => {
  const child = c.node.defaultChild ?? c;
  return Stack.of(c).getLogicalId(child as CfnElement);
};

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

export const actionsOf = (statements: readonly Statement[]): string[] =>
  statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

/** Every statement of every inline policy attached to a role (CDK puts grants in the role's DefaultPolicy). */
export function statementsOfRole(
  template: { Resources: Record<string, { Type: string; Properties?: Record<string, any> }> },
  roleLogicalId: string,
): Statement[] {
  return Object.values(template.Resources)
    .filter(
      (r) =>
        r.Type === 'AWS::IAM::Policy' &&
        ((r.Properties?.Roles ?? []) as { Ref: string }[]).some((x) => x.Ref === roleLogicalId),
    )
    .flatMap((r) => r.Properties!.PolicyDocument.Statement as Statement[]);
}

export interface GrantStatement extends Statement {
  Condition?: Record<string, Record<string, unknown>>;
}

const listOf = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * What a set of statements allows on the files bucket, read back from the template: for each S3 action, the key
 * prefixes its object resources name (`<bucket>/<prefix>*` → `<prefix>`; the bucket itself → `(bucket)`; any
 * other resource verbatim, which a test then sees), and the `s3:prefix` values listing is limited to.
 */
export function bucketGrantsOf(
  statements: readonly GrantStatement[],
  bucketLogicalId: string,
): { actions: Record<string, string[]>; listPrefixes: string[] } {
  const actions: Record<string, string[]> = {};
  const listPrefixes: string[] = [];
  const describe = (resource: unknown): string => {
    const r = resource as { 'Fn::GetAtt'?: [string, string]; 'Fn::Join'?: [string, unknown[]] };
    if (r['Fn::GetAtt']?.[0] === bucketLogicalId && r['Fn::GetAtt'][1] === 'Arn') return '(bucket)';
    const parts = r['Fn::Join']?.[1];
    if (parts?.length === 2) {
      const [head, tail] = parts as [{ 'Fn::GetAtt'?: [string, string] }, unknown];
      if (head['Fn::GetAtt']?.[0] === bucketLogicalId && typeof tail === 'string' && /^\/[^*]*\*$/.test(tail))
        return tail.slice(1, -1);
    }
    return JSON.stringify(resource);
  };
  for (const s of statements) {
    const s3 = listOf(s.Action).filter((a) => a.startsWith('s3:'));
    if (s3.length === 0) continue;
    for (const action of s3) {
      actions[action] = [...new Set([...(actions[action] ?? []), ...listOf(s.Resource).map(describe)])].sort();
      if (action === 's3:ListBucket')
        listPrefixes.push(...listOf(s.Condition?.StringLike?.['s3:prefix'] as string | string[] | undefined));
    }
  }
  return { actions, listPrefixes: [...new Set(listPrefixes)].sort() };
}

/** Every Allow statement of every IAM policy in a template, with the roles it is attached to. */
export function allPolicyStatements(template: {
  Resources: Record<string, { Type: string; Properties?: Record<string, any> }>;
}): { roles: string[]; statement: GrantStatement }[] {
  return Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .flatMap((r) =>
      (r.Properties!.PolicyDocument.Statement as GrantStatement[])
        .filter((s) => s.Effect === 'Allow')
        .map((statement) => ({
          roles: ((r.Properties!.Roles ?? []) as { Ref: string }[]).map((x) => x.Ref),
          statement,
        })),
    );
}
