import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

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
