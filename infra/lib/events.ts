import { Stack } from 'aws-cdk-lib';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import type { EventFunctionDef } from '../../shared/platform/types.js';
import type { FunctionFactory } from './functions.js';
import { acknowledge } from './nag.js';

/**
 * Functions invoked by events rather than HTTP, one per EVENT_FUNCTIONS entry; an entry with
 * `trigger.s3ObjectCreated` receives the bucket's ObjectCreated notifications under its key prefix (the
 * housing photo check). Schedules are wired in schedules.ts.
 */
export class Events extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: { bucket: IBucket; functions: FunctionFactory; eventFunctions: readonly EventFunctionDef[] },
  ) {
    super(scope, id);
    for (const def of props.eventFunctions) {
      const fn = props.functions.forFn(def.fn, 'event', def.access);
      const trigger = def.trigger?.s3ObjectCreated;
      if (trigger) {
        props.bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn.handler), {
          prefix: trigger.prefix,
        });
      }
    }
    acknowledgeNotificationsHandler(Stack.of(this));
  }
}

/**
 * S3 notifications are configured by a singleton custom-resource function that CDK adds to the stack when
 * the first notification is added. It is CDK's code, not ours, and its logging role is CDK's choice.
 */
function acknowledgeNotificationsHandler(stack: Stack): void {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    acknowledge(
      child,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      "CDK's own bucket-notification custom resource uses the managed basic execution role for its logs; it runs only during deployments and touches no data.",
    );
  }
}
