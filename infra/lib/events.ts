import { Stack } from 'aws-cdk-lib';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import type { EventFunctionDef } from '../../shared/platform/types.js';
import type { FunctionFactory } from './functions.js';
import { acknowledge } from './nag.js';
import type { Operations } from './operations.js';

/**
 * Functions invoked by events rather than HTTP, one per EVENT_FUNCTIONS entry; an entry with
 * `trigger.s3ObjectCreated` receives the bucket's ObjectCreated notifications under its key prefix (the
 * housing photo check). Schedules are wired in schedules.ts.
 */
export class Events extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: {
      bucket: IBucket;
      functions: FunctionFactory;
      eventFunctions: readonly EventFunctionDef[];
      operations: Operations;
    },
  ) {
    super(scope, id);
    for (const def of props.eventFunctions) {
      const fn = props.functions.forFn(def.fn, 'event', def.access);
      const trigger = def.trigger?.s3ObjectCreated;
      if (trigger) {
        // Retried twice, then kept in a dead-letter queue with an alarm: a photo whose verdict could not be
        // written is retried, and never stranded silently (shared/housing/use-cases.ts checkUploadedPhoto).
        props.operations.asyncFailuresOf(fn.handler, def.fn, `the ${def.fn} function (S3 ObjectCreated)`);
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
