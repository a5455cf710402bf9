import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Access } from '../../shared/platform/types.js';
import { BaseFunction } from './base-function.js';
import type { StageConfig } from './config.js';

/**
 * Makes each function once, with exactly the grants its route-table entry asks for (least privilege):
 * table read → read-only data actions; table write → read/write; the same for the bucket. A function
 * gets a resource's name in its environment only if it may touch it.
 */
export class FunctionFactory extends Construct {
  private readonly made = new Map<string, BaseFunction>();

  constructor(scope: Construct, id: string, private readonly props: { config: StageConfig; table: ITableV2; bucket: IBucket }) {
    super(scope, id);
  }

  forFn(fn: string, access: Access, timeout: Duration = Duration.seconds(10), memorySize?: number): BaseFunction {
    const existing = this.made.get(fn);
    if (existing) return existing;
    const environment: Record<string, string> = {};
    if (access.table) environment.TABLE_NAME = this.props.table.tableName;
    if (access.bucket) environment.BUCKET_NAME = this.props.bucket.bucketName;
    const made = new BaseFunction(this, fn, { fn, config: this.props.config, environment, timeout, ...(memorySize ? { memorySize } : {}) });
    if (access.table === 'read') this.props.table.grantReadData(made);
    if (access.table === 'write') this.props.table.grantReadWriteData(made);
    if (access.bucket === 'read') this.props.bucket.grantRead(made);
    if (access.bucket === 'write') this.props.bucket.grantReadWrite(made);
    this.made.set(fn, made);
    return made;
  }

  get(fn: string): BaseFunction {
    const made = this.made.get(fn);
    if (!made) throw new Error(`function ${fn} was not made`);
    return made;
  }

  all(): BaseFunction[] {
    return [...this.made.values()];
  }
}
