import { Aws, Stack, TimeZone, type CfnElement } from 'aws-cdk-lib';
import { EventField, Rule, RuleTargetInput, Schedule as RuleSchedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { SchedulerEvent } from '../../shared/platform/scheduler-event.js';
import type { EventFunctionDef, ScheduleDef } from '../../shared/platform/types.js';
import { resourceName, type StageConfig } from './config.js';
import type { FunctionFactory } from './functions.js';
import { acknowledge } from './nag.js';
import type { Operations } from './operations.js';
import { utcRuleExpressions } from './utc-rules.js';

const TIME_ZONES: Record<ScheduleDef['timeZone'], TimeZone> = { 'Asia/Shanghai': TimeZone.ASIA_SHANGHAI };

/**
 * One EventBridge Scheduler schedule per SCHEDULES entry, evaluated in its own time zone (a classic
 * EventBridge rule is UTC only), invoking an event function with the input the handlers parse
 * (shared/platform/scheduler-event.ts); Scheduler fills in `<aws.scheduler.scheduled-time>`.
 *
 * Stages whose partition offers no Scheduler (`schedules: 'rules'`) get EventBridge rules in UTC instead,
 * firing at the same instants (utc-rules.ts) with the same input, the rule's event `time` standing in for
 * the scheduled time. The handlers cannot tell the two apart.
 */
export class Schedules extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: {
      config: StageConfig;
      functions: FunctionFactory;
      eventFunctions: readonly EventFunctionDef[];
      schedules: readonly ScheduleDef[];
      operations: Operations;
    },
  ) {
    super(scope, id);
    for (const s of props.schedules) {
      const def = props.eventFunctions.find((f) => f.fn === s.fn);
      if (!def) throw new Error(`schedule ${s.name} targets ${s.fn}, which is not in EVENT_FUNCTIONS`);
      const fn = props.functions.forFn(def.fn, 'event', def.access);
      // One dead-letter queue per scheduled function, for both the schedule's failed deliveries and the
      // function's failed runs: either way it is this schedule's run that is kept for a redrive.
      const deadLetterQueue = props.operations.asyncFailuresOf(
        fn.handler,
        def.fn,
        `the ${def.fn} function (schedule ${s.name})`,
      );
      const input = {
        source: 'zhalantun.scheduler',
        schedule: s.name,
        scheduledTime: ContextAttribute.scheduledTime,
      } satisfies Record<keyof SchedulerEvent, string>;
      if (props.config.schedules === 'rules') {
        const expressions = utcRuleExpressions(s);
        expressions.forEach((expression, i) => {
          new Rule(this, expressions.length > 1 ? `${s.name}-${i + 1}` : s.name, {
            ruleName: resourceName(props.config, expressions.length > 1 ? `${s.name}-${i + 1}` : s.name),
            description: `${s.summary} (UTC form of ${s.cron.minute} ${s.cron.hour} ${s.cron.day ?? '*'} ${s.cron.month ?? '*'} Asia/Shanghai)`,
            schedule: RuleSchedule.expression(expression),
            targets: [
              new LambdaFunction(fn.handler, {
                event: RuleTargetInput.fromObject({ ...input, scheduledTime: EventField.time }),
                retryAttempts: 2,
                // As with Scheduler: a delivery that still fails after two retries is kept in a dead-letter queue.
                deadLetterQueue,
              }),
            ],
          });
        });
        continue;
      }
      // One role per schedule (not CDK's shared one), assumable only by Scheduler on behalf of this account.
      const role = new Role(this, `${s.name}Role`, {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
          conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
        }),
      });
      new Schedule(this, s.name, {
        scheduleName: resourceName(props.config, s.name),
        description: s.summary,
        schedule: ScheduleExpression.cron({
          minute: s.cron.minute,
          hour: s.cron.hour,
          ...(s.cron.day ? { day: s.cron.day } : {}),
          ...(s.cron.month ? { month: s.cron.month } : {}),
          ...(s.cron.weekDay ? { weekDay: s.cron.weekDay } : {}),
          timeZone: TIME_ZONES[s.timeZone],
        }),
        // A retry reruns the handler, so scheduled handlers must tolerate a rerun (the reports do: a rerun
        // with the same figures writes nothing).
        // Scheduler retries a failed delivery twice, then keeps it in the schedule's dead-letter queue; the
        // function's own failures (it is invoked asynchronously) go to its on-failure queue.
        target: new LambdaInvoke(fn.handler, {
          input: ScheduleTargetInput.fromObject(input),
          retryAttempts: 2,
          role,
          deadLetterQueue,
        }),
      });
      const target = Stack.of(this).getLogicalId(fn.handler.node.defaultChild as CfnElement);
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::<${target}.Arn>:*]`,
        `The ${s.name} schedule may invoke its one target function, any version of it (CDK grants the function ARN and its qualified ARNs).`,
      );
    }
  }
}
