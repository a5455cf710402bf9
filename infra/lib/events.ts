import { EventType, type Bucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Duration, TimeZone } from 'aws-cdk-lib';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { EventFunctionDef, ScheduleDef } from '../../shared/platform/types.js';
import type { StageConfig } from './config.js';
import type { FunctionFactory } from './functions.js';

/**
 * Functions invoked by events: S3 ObjectCreated under a prefix (photo checks), and EventBridge Scheduler
 * schedules evaluated in Asia/Shanghai, each sending the input the handlers parse
 * (shared/platform/scheduler-event.ts).
 */
export class Events extends Construct {
  constructor(scope: Construct, id: string, props: { config: StageConfig; bucket: Bucket; functions: FunctionFactory; eventFunctions: readonly EventFunctionDef[]; schedules: readonly ScheduleDef[] }) {
    super(scope, id);
    for (const def of props.eventFunctions) {
      const fn = props.functions.forFn(def.fn, def.access, Duration.minutes(5), 1024);
      if (def.trigger?.s3ObjectCreated) {
        props.bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn), { prefix: def.trigger.s3ObjectCreated.prefix });
      }
    }
    for (const s of props.schedules) {
      const def = props.eventFunctions.find((f) => f.fn === s.fn);
      if (!def) throw new Error(`schedule ${s.name} targets ${s.fn}, which is not an event function`);
      const fn = props.functions.forFn(def.fn, def.access, Duration.minutes(5), 1024);
      new Schedule(this, `Schedule-${s.name}`, {
        scheduleName: `zlt-${props.config.stage}-${s.name}`,
        description: s.summary,
        schedule: ScheduleExpression.cron({
          minute: s.cron.minute,
          hour: s.cron.hour,
          ...(s.cron.day ? { day: s.cron.day } : {}),
          ...(s.cron.month ? { month: s.cron.month } : {}),
          timeZone: TimeZone.ASIA_SHANGHAI,
        }),
        target: new LambdaInvoke(fn, {
          input: ScheduleTargetInput.fromObject({ source: 'zhalantun.scheduler', schedule: s.name, scheduledTime: ContextAttribute.scheduledTime }),
          retryAttempts: 2,
        }),
      });
    }
  }
}
