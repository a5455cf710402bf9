import { describe, expect, it } from 'vitest';
import { nextFire, schedulerEvent } from '../../../infra/local/scheduler.js';
import { REPORTS_SCHEDULES } from '../../../shared/platform/routes/reports.js';
import { cutOffFor, reconciledYearFor, schedulerEventSchema } from '../../../shared/platform/scheduler-event.js';
import { CLAIMS_SCHEDULES } from '../../../shared/platform/routes/claims.js';
import { readFileSync } from 'node:fs';

const progress = REPORTS_SCHEDULES[0]!;

describe('the 1st-and-15th schedule at 00:00 Asia/Shanghai', () => {
  it.each([
    ['2019-06-10T00:00:00Z', '2019-06-14T16:00:00.000Z'], // 15 June 00:00 in Shanghai is 14 June 16:00 UTC
    ['2019-06-14T16:00:00Z', '2019-06-30T16:00:00.000Z'], // right after a run, the next is 1 July 00:00 Shanghai
    ['2019-12-20T00:00:00Z', '2019-12-31T16:00:00.000Z'],
  ])('after %s the next run is %s', (from, expected) => {
    expect(nextFire(progress, new Date(from)).toISOString()).toBe(expected);
  });

  it('reports on the previous day: a 15 June run has cut-off 14 June', () => {
    const event = schedulerEvent(progress, new Date('2019-06-14T16:00:00Z'));
    expect(cutOffFor(schedulerEventSchema.parse(event))).toBe('2019-06-14');
  });

  it('the sample event in events/ parses with the handler schema', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../../events/scheduler-progress-report.json', import.meta.url), 'utf8'),
    );
    expect(cutOffFor(schedulerEventSchema.parse(sample))).toBe('2019-06-30');
  });
});

describe('the monthly health report schedule', () => {
  it('a run at 00:00 on 1 November (Shanghai) reports October', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../../events/scheduler-health-report.json', import.meta.url), 'utf8'),
    );
    expect(cutOffFor(schedulerEventSchema.parse(sample)).slice(0, 7)).toBe('2019-10');
  });
});

describe('the yearly reconciliation schedule', () => {
  it('a run at 00:00 on 2 January 2020 (Shanghai) reconciles 2019, not the year of its 1 January cut-off', () => {
    const reconciliation = CLAIMS_SCHEDULES.find((s) => s.name === 'yearly-reconciliation')!;
    const at = nextFire(reconciliation, new Date('2019-12-31T00:00:00Z'));
    expect(at.toISOString()).toBe('2020-01-01T16:00:00.000Z'); // 2 January 00:00 in Shanghai
    const event = schedulerEventSchema.parse(schedulerEvent(reconciliation, at));
    expect(cutOffFor(event)).toBe('2020-01-01');
    expect(reconciledYearFor(event)).toBe(2019);
  });
});
