import { Duration, NestedStack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC } from '../../shared/observability/metrics.js';
import { routeKey, type RouteDef, type ScheduleDef } from '../../shared/platform/types.js';
import { resourceName, type StageConfig } from './config.js';
import type { BaseFunction } from './base-function.js';
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
    if (config.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
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

  /**
   * Per function: an alarm as soon as Lambda throttles it (the account's concurrency is shared by every
   * function; a throttled claim is a hospital desk waiting). Per scheduled function: an alarm on any error
   * of a run, at the first failure — the dead-letter queue only hears of it after the retries.
   */
  functionAlarms(functions: readonly BaseFunction[], schedules: readonly ScheduleDef[]): void {
    const scheduled = new Set(schedules.map((s) => s.fn));
    for (const f of functions) {
      const throttles = new Alarm(this.alarms, `Throttles${f.node.id.replace(/[^A-Za-z0-9]/g, '')}`, {
        alarmName: resourceName(this.config, `throttles-${f.fn}`),
        alarmDescription: `Lambda throttled ${f.fn} (docs/deploy.md "Runbook": throttles).`,
        metric: f.handler.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      throttles.addAlarmAction(new SnsAction(this.alarmTopic));
      if (!scheduled.has(f.fn)) continue;
      const failed = new Alarm(this.alarms, `ScheduleFailed${f.node.id.replace(/[^A-Za-z0-9]/g, '')}`, {
        alarmName: resourceName(this.config, `schedule-failed-${f.fn}`),
        alarmDescription: `A scheduled run of ${f.fn} failed (docs/deploy.md "Runbook": schedule failed).`,
        metric: f.handler.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      failed.addAlarmAction(new SnsAction(this.alarmTopic));
    }
  }

  /**
   * One dashboard for the operator: the API's traffic and errors, the functions' errors and throttles, the
   * dead-letter queues, and the business metrics the functions publish (shared/observability/metrics.ts),
   * split by their closed-set dimensions through SEARCH so a new refusal reason or payer appears by itself.
   */
  dashboard(api: HttpApi): Dashboard {
    const dashboard = new Dashboard(this.alarms, 'Dashboard', {
      dashboardName: resourceName(this.config, 'operations'),
    });
    const five = Duration.minutes(5);
    const apiMetric = (metricName: string) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: api.apiId },
        statistic: 'Sum',
        period: five,
      });
    const search = (metric: string, dimension: string, label: string): IMetric =>
      new MathExpression({
        expression: `SEARCH('{Zhalantun,service,${dimension}} MetricName="${metric}"', 'Sum', 300)`,
        label,
        period: five,
      });
    const all = (metric: string, label: string): IMetric =>
      new MathExpression({
        expression: `SUM(SEARCH('{Zhalantun,service} MetricName="${metric}"', 'Sum', 300))`,
        label,
        period: five,
      });
    dashboard.addWidgets(
      new TextWidget({
        markdown: `# Zhalantun platform (${this.config.stage})\nAlarms go to the SNS topic \`${resourceName(this.config, 'alarms')}\`; what to do for each is in docs/deploy.md "Runbook".`,
        width: 24,
        height: 2,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'API requests', left: [apiMetric('Count')], width: 8 }),
      new GraphWidget({ title: 'API 4xx / 5xx', left: [apiMetric('4xx'), apiMetric('5xx')], width: 8 }),
      new GraphWidget({
        title: 'Dead-letter queues (visible messages)',
        left: [...this.deadLetterQueues.values()].map((q) =>
          q.metricApproximateNumberOfMessagesVisible({ period: five, statistic: 'Maximum' }),
        ),
        width: 8,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'Claims settled', left: [all(METRIC.claimsSettled, 'settled')], width: 8 }),
      new GraphWidget({
        title: 'Claims refused, by reason',
        left: [search(METRIC.claimsRefused, 'reason', 'refused')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Yuan settled, by payer',
        left: [search(METRIC.settledYuan, 'payer', 'yuan')],
        width: 8,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'Report runs', left: [search(METRIC.reportRuns, 'report,trigger', 'runs')], width: 8 }),
      new GraphWidget({ title: 'Photo verdicts', left: [search(METRIC.photoVerdicts, 'verdict', 'photos')], width: 8 }),
      new GraphWidget({
        title: 'Roster rows and import steps',
        left: [search(METRIC.rosterRows, 'outcome', 'rows'), search(METRIC.rosterImportSteps, 'status', 'steps')],
        width: 8,
      }),
    );
    return dashboard;
  }
}
