import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../../../shared/reports/ports.js';
import { S3ReportStore } from '../../../shared/reports/s3-report-store.js';
import { bucketName, s3, uniqueSuffix } from '../../support/api.js';
import { MemoryReportStore } from '../../unit/reports/fakes.js';

/** One contract for the report store port, run against the S3 adapter (s3rver) and the unit tests' fake (docs/architecture.md). */
describe.each([
  ['S3ReportStore on the local S3 server', () => new S3ReportStore(s3(), bucketName())],
  ['MemoryReportStore (the unit tests’ fake)', () => new MemoryReportStore()],
] as [string, () => ReportStore][])('%s', (_name, make) => {
  const files = (json: string) => [
    { name: 'report.json', body: json, contentType: 'application/json' },
    { name: 'report.csv', body: '\uFEFFa,b\r\n', contentType: 'text/csv' },
  ];

  it('keeps revisions: the same JSON writes nothing, different JSON becomes the next revision, the latest is read back with links', async () => {
    const store = make();
    const base = `reports/contract-${uniqueSuffix()}`;
    expect(await store.latest(base, '2019-06-15', ['report.json'])).toBeUndefined();
    expect(await store.publish(base, '2019-06-15', '{"a":1}', files('{"a":1}'))).toMatchObject({
      revision: 1,
      unchanged: false,
      prefix: `${base}/2019-06-15/r1/`,
    });
    expect(await store.publish(base, '2019-06-15', '{"a":1}', files('{"a":1}'))).toMatchObject({
      revision: 1,
      unchanged: true,
    });
    expect(await store.publish(base, '2019-06-15', '{"a":2}', files('{"a":2}'))).toMatchObject({
      revision: 2,
      unchanged: false,
    });
    await store.publish(base, '2019-07-01', '{"a":3}', files('{"a":3}'));
    const latest = await store.latest(base, '2019-06-15', ['report.json', 'report.csv']);
    expect(latest).toMatchObject({ revision: 2, json: { a: 2 } });
    expect(Object.keys(latest!.links).sort()).toEqual(['csv', 'json']);
    expect(latest!.links.csv).toContain(`${base}/2019-06-15/r2/report.csv`);
    expect(await store.listIds(base)).toEqual(['2019-07-01', '2019-06-15']);
  });
});
