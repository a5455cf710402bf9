import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeHandler as makeGet } from '../../../functions/reports-progress-get.js';
import { makeHandler as makeList } from '../../../functions/reports-progress-list.js';
import { makeHandler as makeRun } from '../../../functions/reports-progress-run.js';
import { makeHandler as makeScheduled } from '../../../functions/reports-progress-scheduled.js';
import type { ApiEvent } from '../../../shared/http/api-handler.js';
import type { HistoryItem } from '../../../shared/reports/progress.js';
import type { ProgressDeps } from '../../../shared/reports/progress-run.js';
import { MemoryReportStore } from '../../../shared/reports/memory-report-store.js';
import { memoryHistory } from './fakes.js';
import { TOWNSHIPS } from '../../../shared/reference/townships.js';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../../events/${name}`, import.meta.url), 'utf8'));
const context = {
  functionName: 'test',
  awsRequestId: 'r',
  getRemainingTimeInMillis: () => 29_000,
} as unknown as Context;

function apiEvent(
  routeKey: string,
  claims: Record<string, unknown>,
  options: { body?: unknown; pathParameters?: Record<string, string> } = {},
): ApiEvent {
  return {
    version: '2.0',
    routeKey,
    rawPath: '/',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: { authorizer: { jwt: { claims, scopes: [] } } },
    isBase64Encoded: false,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
  } as unknown as ApiEvent;
}
const answer = async (p: unknown) => {
  const r = (await p) as { statusCode: number; body: string };
  return { status: r.statusCode, body: JSON.parse(r.body) };
};

// One returned R1 case in 中和镇 (applied 2019-06-01, village review failed 2019-06-03).
const zhonghe: HistoryItem[] = [
  {
    kind: 'event',
    programme: 'R1',
    event: {
      caseId: 'HC-1',
      seq: 1,
      type: 'applied',
      on: '2019-06-01',
      actor: { sub: 't', role: 'township' },
      data: { grade: 'D', subsidy: 2_523_200, householderId: '159999195001010011' },
      statusBefore: null,
      statusAfter: 'applied',
    },
  },
  {
    kind: 'event',
    programme: 'R1',
    event: {
      caseId: 'HC-1',
      seq: 2,
      type: 'village-review',
      on: '2019-06-03',
      actor: { sub: 't', role: 'township' },
      data: { passed: false, reason: '材料不全', returnedFrom: 'village-review' },
      statusBefore: 'applied',
      statusAfter: 'returned',
    },
  },
];

function deps(asked: string[] = []) {
  const d: ProgressDeps = { cases: memoryHistory({ zhonghe }, asked), reports: new MemoryReportStore() };
  return d;
}

describe('the scheduled progress report', () => {
  it.each([
    ['scheduler-progress-report.json', '2019-06-30'],
    ['scheduler-progress-report-15th.json', '2019-06-14'],
  ])(
    'EventBridge Scheduler firing at 00:00 Shanghai (%s) reports the previous day, %s, for all 16 townships',
    async (file, asOf) => {
      const asked: string[] = [];
      const d = deps(asked);
      const result = await makeScheduled(() => d)(sample(file));
      expect(result).toEqual({ asOf, revision: 1, unchanged: false });
      // Every township's cases read once (their projections: any cut-off is computed from them).
      expect([...asked].sort()).toEqual(TOWNSHIPS.map((t) => t.code).sort());
      expect(await d.reports.listIds('reports/progress')).toEqual([asOf]);
    },
  );

  it('refuses an event that is not the Scheduler input', async () => {
    await expect(makeScheduled(() => deps())({ source: 'aws.events' })).rejects.toThrow();
  });

  it('the schedule and POST /v1/reports/progress run the same code: the POST after the schedule finds the same report (unchanged, r1)', async () => {
    const d = deps();
    await makeScheduled(() => d)(sample('scheduler-progress-report.json'));
    const posted = await answer(
      makeRun(() => d)(
        apiEvent('POST /v1/reports/progress', { sub: 'w', role: 'housing-office' }, { body: { asOf: '2019-06-30' } }),
        context,
      ),
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      asOf: '2019-06-30',
      revision: 1,
      unchanged: true,
      files: { json: expect.any(String), csv: expect.any(String), xlsx: expect.any(String) },
    });
    expect(posted.body.townships.find((t: { township: string }) => t.township === 'zhonghe').R1).toMatchObject({
      cases: 1,
      stages: { returned: 1 },
      returns: { count: 1 },
    });
  });
});

describe('who reads the progress report', () => {
  it('audit and finance read every township with file links; township staff read their own row and the city totals without reasons or files', async () => {
    const d = deps();
    await makeScheduled(() => d)(sample('scheduler-progress-report.json'));
    const get = (claims: Record<string, unknown>, asOf = '2019-06-30') =>
      answer(
        makeGet(() => d)(apiEvent('GET /v1/reports/progress/{asOf}', claims, { pathParameters: { asOf } }), context),
      );

    for (const role of ['audit', 'finance', 'housing-office']) {
      const r = await get({ sub: 'x', role });
      expect(r.status, role).toBe(200);
      expect(r.body.townships).toHaveLength(16);
      expect(Object.keys(r.body.files).sort()).toEqual(['csv', 'json', 'xlsx']);
    }

    const mine = await get({ sub: 'z', role: 'township', township: 'zhonghe' });
    expect(mine.status).toBe(200);
    expect(mine.body.townships.map((t: { township: string }) => t.township)).toEqual(['zhonghe']);
    expect(mine.body.townships[0].R1.returns).toEqual({
      count: 1,
      reasons: [{ step: 'village-review', reason: '材料不全', count: 1 }],
    });
    expect(mine.body.files).toBeUndefined();
    expect(mine.body.programmes[0].totals.returns).toEqual({ count: 1 });

    const other = await get({ sub: 'c', role: 'township', township: 'chaihe' });
    expect(other.body.townships).toEqual([
      expect.objectContaining({ township: 'chaihe', R1: expect.objectContaining({ cases: 0 }) }),
    ]);
    expect(JSON.stringify(other.body)).not.toContain('材料不全');

    expect((await get({ sub: 'h', role: 'hospital', hospitalId: 'zlt-peoples' })).status).toBe(403);
    expect((await get({ sub: 'x', role: 'audit' }, '2019-06-29')).status).toBe(404);
    const run = await answer(
      makeRun(() => d)(
        apiEvent(
          'POST /v1/reports/progress',
          { sub: 'z', role: 'township', township: 'zhonghe' },
          { body: { asOf: '2019-06-30' } },
        ),
        context,
      ),
    );
    expect(run.status).toBe(403);
    const list = await answer(
      makeList(() => d)(apiEvent('GET /v1/reports/progress', { sub: 'f', role: 'finance' }), context),
    );
    expect(list.body).toEqual({ reports: [{ asOf: '2019-06-30' }] });
  });
});
