import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/reports-progress-scheduled.js';
import type { ProgressDeps } from '../../../shared/reports/progress-run.js';
import type { S3ReportStore } from '../../../shared/reports/report-store.js';

describe('the scheduled progress report', () => {
  it('runs the same report code for the previous day when EventBridge Scheduler fires at 00:00 Shanghai on the 1st', async () => {
    const asked: string[] = [];
    const published: { id: string; names: string[] }[] = [];
    const deps: ProgressDeps = {
      cases: {
        historyUpTo: (township: string, asOf: string) => {
          asked.push(`${township}@${asOf}`);
          return (async function* () {})();
        },
      },
      reports: {
        publish: async (_base: string, id: string, _json: string, files: { name: string }[]) => {
          published.push({ id, names: files.map((f) => f.name) });
          return { prefix: '', revision: 1, unchanged: false, keys: {} };
        },
      } as unknown as S3ReportStore,
    };
    const event = JSON.parse(readFileSync(new URL('../../../events/scheduler-progress-report.json', import.meta.url), 'utf8'));
    const result = await makeHandler(() => deps)(event);
    expect(result).toEqual({ asOf: '2019-06-30', revision: 1, unchanged: false });
    expect(asked).toHaveLength(16);
    expect(asked.every((a) => a.endsWith('@2019-06-30'))).toBe(true);
    expect(published).toEqual([{ id: '2019-06-30', names: ['report.json', 'report.csv', 'report.xlsx'] }]);
  });

  it('refuses an event that is not the Scheduler input', async () => {
    await expect(makeHandler(() => ({}) as ProgressDeps)({ source: 'aws.events' })).rejects.toThrow();
  });
});
