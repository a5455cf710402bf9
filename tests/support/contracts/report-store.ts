import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../../../shared/reports/ports.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/**
 * The one contract of the report store port, run against the in-memory store (unit project) and the S3
 * adapter on the local S3 server (integration project). Each test publishes under a base prefix of its own.
 */
export function reportStoreContract(name: string, make: () => ReportStore): void {
  describe(`ReportStore contract: ${name}`, () => {
    const files = (json: string) => [
      { name: 'report.json', body: json, contentType: 'application/json' },
      { name: 'report.csv', body: '\uFEFFa,b\r\n', contentType: 'text/csv' },
    ];

    it('keeps revisions: the same JSON writes nothing, different JSON becomes the next revision, the latest is read back with links', async () => {
      const store = make();
      const base = `reports/contract-${suffix()}`;
      expect(await store.latest(base, '2019-06-15', ['report.json'])).toBeUndefined();
      expect(await store.publish(base, '2019-06-15', '{"a":1}', files('{"a":1}'))).toEqual({
        revision: 1,
        unchanged: false,
        prefix: `${base}/2019-06-15/r1/`,
        keys: { json: `${base}/2019-06-15/r1/report.json`, csv: `${base}/2019-06-15/r1/report.csv` },
      });
      expect(await store.publish(base, '2019-06-15', '{"a":1}', files('{"a":1}'))).toMatchObject({
        revision: 1,
        unchanged: true,
        prefix: `${base}/2019-06-15/r1/`,
      });
      expect(await store.publish(base, '2019-06-15', '{"a":2}', files('{"a":2}'))).toMatchObject({
        revision: 2,
        unchanged: false,
        keys: { json: `${base}/2019-06-15/r2/report.json`, csv: `${base}/2019-06-15/r2/report.csv` },
      });
      await store.publish(base, '2019-07-01', '{"a":3}', files('{"a":3}'));
      const latest = await store.latest(base, '2019-06-15', ['report.json', 'report.csv']);
      expect(latest).toMatchObject({ revision: 2, json: { a: 2 } });
      expect(Object.keys(latest!.links).sort()).toEqual(['csv', 'json']);
      expect(latest!.links.csv).toContain(`${base}/2019-06-15/r2/report.csv`);
      expect(await store.listIds(base)).toEqual(['2019-07-01', '2019-06-15']);
    });

    it('compares with the latest revision only: going back to earlier figures is a new revision, never an overwrite', async () => {
      const store = make();
      const base = `reports/contract-${suffix()}`;
      await store.publish(base, 'r', '{"a":1}', files('{"a":1}'));
      await store.publish(base, 'r', '{"a":2}', files('{"a":2}'));
      expect(await store.publish(base, 'r', '{"a":1}', files('{"a":1}'))).toMatchObject({
        revision: 3,
        unchanged: false,
      });
      expect(await store.latest(base, 'r', ['report.json'])).toMatchObject({ revision: 3, json: { a: 1 } });
    });

    it('counts revisions as numbers past r9, and links only the files asked for', async () => {
      const store = make();
      const base = `reports/contract-${suffix()}`;
      for (let n = 1; n <= 11; n += 1) await store.publish(base, 'id', `{"n":${n}}`, files(`{"n":${n}}`));
      const latest = await store.latest(base, 'id', ['report.json']);
      expect(latest).toMatchObject({ revision: 11, json: { n: 11 } });
      expect(Object.keys(latest!.links)).toEqual(['json']);
    });

    it("keeps bases apart: a base is never read as another's prefix", async () => {
      const store = make();
      const base = `reports/contract-${suffix()}`;
      await store.publish(base, '2019-06-15', '{"a":1}', files('{"a":1}'));
      await store.publish(`${base}x`, '2019-07-01', '{"a":1}', files('{"a":1}'));
      expect(await store.listIds(base)).toEqual(['2019-06-15']);
      expect(await store.listIds(`${base}y`)).toEqual([]);
      expect(await store.latest(`${base}x`, '2019-06-15', ['report.json'])).toBeUndefined();
    });
  });
}
