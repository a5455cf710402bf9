import { Duration, NestedStack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { routeKey, type RouteDef } from '../../shared/platform/types.js';
import { resourceName, type StageConfig } from './config.js';
import { acknowledge } from './nag.js';

/** How often Lambda retries a failed asynchronous invocation (the local stack does the same). */
export const ASYNC_RETRY_ATTEMPTS = 2;
/** Dead letters are kept 14 days (SQS's longest): long enough to redrive after a holiday. */
const DLQ_RETENTION = Duration.days(14);
/** A route alarms when more than 5% of its requests in 5 minutes were 5xx, once it had at least 10. */
export const ROUTE_5XX_RATE = 0.05;
export const ROUTE_5XX_MIN_REQUESTS = 10;

/**
 * Failure paths and the people who hear about them: one SNS topic for operations alarms; a dead-letter queue
 * (SQS) for every asynchronous path that can fail — the S3-triggered photo check and each schedule — with an
 * alarm as soon as one message sits in it; and a 5xx-rate alarm per API route. Nothing that fails after
 * retries is dropped silently: it is kept in a queue and someone is told.
 *
 * The topic and the alarms (one per route and per queue, some seventy) live in a nested stack: a
 * CloudFormation stack holds at most 500 resources and the platform stack itself is close to that. The
 * queues stay in the platform stack, next to the functions and schedules that send to them.
 */
export class Operations extends Construct {
  /** The nested stack holding the alarm topic and every alarm. */
  readonly alarms: NestedStack;
  readonly alarmTopic: Topic;
  readonly deadLetterQueues = new Map<string, Queue>();
  private readonly asyncConfigured = new Set<IFunction>();

  constructor(
    scope: Construct,
    id: string,
    private readonly config: StageConfig,
  ) {
    super(scope, id);
    this.alarms = new NestedStack(this, 'AlarmStack', {
      description: 'Zhalantun platform alarms: dead-letter queue depth and per-route 5xx rates',
    });
    this.alarmTopic = new Topic(this.alarms, 'Alarms', {
      topicName: resourceName(config, 'alarms'),
      displayName: 'Zhalantun platform alarms',
      enforceSSL: true,
    });
    acknowledge(
      this.alarmTopic,
      'AwsSolutions-SNS2',
      'The alarm topic carries only alarm names and states, no personal data; SSE with a customer key would add a key policy for CloudWatch without protecting anything.',
    );
  }

  /** A dead-letter queue with an alarm on its depth (≥ 1 visible message). */
  deadLetterQueue(name: string, what: string): Queue {
    const existing = this.deadLetterQueues.get(name);
    if (existing) return existing;
    const queue = new Queue(this, `${name}Dlq`, {
      queueName: resourceName(this.config, `${name}-dlq`),
      retentionPeriod: DLQ_RETENTION,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    acknowledge(queue, 'AwsSolutions-SQS3', `This is the dead-letter queue of ${what}; it has none of its own.`);
    const alarm = new Alarm(this.alarms, `${name}DlqDepth`, {
      alarmName: resourceName(this.config, `${name}-dlq-depth`),
      alarmDescription: `${what} failed after its retries; the event is kept in ${queue.node.id} for a redrive.`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.deadLetterQueues.set(name, queue);
    return queue;
  }

  /** Asynchronous invocations of `fn` (S3 events, schedules) are retried, then kept in its dead-letter queue. */
  asyncFailuresOf(fn: IFunction, name: string, what: string): Queue {
    const queue = this.deadLetterQueue(name, what);
    if (this.asyncConfigured.has(fn)) return queue; // a function two schedules invoke is configured once
    this.asyncConfigured.add(fn);
    fn.configureAsyncInvoke({
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(queue),
    });
    return queue;
  }

  /** One alarm per route on its share of 5xx answers (API Gateway's per-route metrics). */
  routeErrorAlarms(api: HttpApi, routes: readonly RouteDef[]): void {
    for (const route of routes) {
      const dimensionsMap = { ApiId: api.apiId, Stage: '$default', Method: route.method, Resource: route.path };
      const metric = (metricName: string) =>
        new Metric({
          namespace: 'AWS/ApiGateway',
          metricName,
          dimensionsMap,
          statistic: 'Sum',
          period: Duration.minutes(5),
        });
      const id = `${route.method}${route.path.replace(/[^A-Za-z0-9]/g, '')}`;
      const alarm = new Alarm(this.alarms, `Route5xx${id}`, {
        alarmName: resourceName(this.config, `5xx-${route.fn}-${route.method.toLowerCase()}`),
        alarmDescription: `More than ${ROUTE_5XX_RATE * 100}% of ${routeKey(route)} answered 5xx in 5 minutes.`,
        metric: new MathExpression({
          expression: `IF(requests >= ${ROUTE_5XX_MIN_REQUESTS}, errors / requests, 0)`,
          usingMetrics: { errors: metric('5xx'), requests: metric('Count') },
          period: Duration.minutes(5),
        }),
        threshold: ROUTE_5XX_RATE,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    }
  }
}
