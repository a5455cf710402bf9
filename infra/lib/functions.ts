import { Duration, NestedStack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { Access } from '../../shared/platform/types.js';
import { BaseFunction, type DataResources, type FunctionKind } from './base-function.js';
import type { StageConfig } from './config.js';

/**
 * Makes each handler's function once, however many routes, schedules or triggers point at it. A handler
 * named twice must be named with the same kind and access: two routes sharing a function cannot
 * silently widen each other's grants.
 */
export class FunctionFactory extends Construct {
  private readonly made = new Map<string, { fn: BaseFunction; kind: FunctionKind; access: string }>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: { config: StageConfig; data: DataResources; environment?: Record<string, string> },
  ) {
    super(scope, id);
    // Every function's log group lives in one nested stack: a CloudFormation stack holds at most 500 resources,
    // and a log group per function is some 60 of them. Nothing in the nested stack refers back to the parent.
    this.logs = new NestedStack(this, 'Logs', { description: 'Zhalantun platform: one log group per function' });
  }

  readonly logs: NestedStack;

  forFn(fn: string, kind: FunctionKind, access: Access, timeoutSeconds?: number, memoryMb?: number): BaseFunction {
    const key = JSON.stringify({
      table: access.table ?? null,
      bucket: access.bucket ?? null,
      pageTokens: access.pageTokens ?? null,
      auditDigests: access.auditDigests ?? null,
    });
    const existing = this.made.get(fn);
    if (existing) {
      if (existing.kind !== kind || existing.access !== key) {
        throw new Error(
          `${fn} is declared twice with different kind or access (${existing.kind} ${existing.access} vs ${kind} ${key})`,
        );
      }
      return existing.fn;
    }
    const made = new BaseFunction(this, fn, {
      fn,
      kind,
      access,
      data: this.props.data,
      config: this.props.config,
      logScope: this.logs,
      environment: this.props.environment ?? {},
      ...(timeoutSeconds ? { timeout: Duration.seconds(timeoutSeconds) } : {}),
      ...(memoryMb ? { memoryMb } : {}),
    });
    this.made.set(fn, { fn: made, kind, access: key });
    return made;
  }

  get(fn: string): BaseFunction {
    const made = this.made.get(fn);
    if (!made) throw new Error(`function ${fn} was not made`);
    return made.fn;
  }

  all(): BaseFunction[] {
    return [...this.made.values()].map((m) => m.fn);
  }
}
