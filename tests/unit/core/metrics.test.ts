import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  flushMetrics,
  metrics,
  recordClaimRefused,
  recordImportStep,
  recordPhotoVerdict,
  recordReportRun,
  recordRosterRows,
  recordSettlement,
} from '../../../shared/observability/metrics.js';

/** EMF lines as CloudWatch would read them from the function's output. */
function capture(run: () => void): Record<string, any>[] {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    run();
    flushMetrics();
  } finally {
    spy.mockRestore();
  }
  return out
    .split('\n')
    .filter((l) => l.includes('"_aws"'))
    .map((l) => JSON.parse(l));
}

const ALLOWED_DIMENSIONS = new Set(['service', 'payer', 'reason', 'report', 'trigger', 'verdict', 'outcome', 'status']);
const IDENTITY = /\d{17}[\dXx]/;

afterEach(() => {
  metrics.clearMetrics();
});

describe('business metrics (EMF)', () => {
  it('a settled claim counts once and reports yuan per payer that pays something, from fen', () => {
    // 12,345.67 yuan: basic 9,116.54 + assistance 564.74 + commercial 121.02 + safety net 121.01 + hospital 182.72
    // + patient 2,239.64 = 12,345.67; critical illness pays nothing and gets no line.
    const lines = capture(() =>
      recordSettlement({
        basicInsurance: 911654,
        criticalIllnessInsurance: 0,
        medicalAssistance: 56474,
        commercialInsurance: 12102,
        safetyNetFund: 12101,
        hospital: 18272,
        patient: 223964,
      }),
    );
    const yuan: Record<string, number> = Object.fromEntries(
      lines.filter((l) => 'payer' in l).map((l) => [l.payer, l.SettledYuan]),
    );
    expect(yuan).toEqual({
      basicInsurance: 9116.54,
      medicalAssistance: 564.74,
      commercialInsurance: 121.02,
      safetyNetFund: 121.01,
      hospital: 182.72,
      patient: 2239.64,
    });
    expect(Object.values(yuan).reduce((a, b) => a + b, 0)).toBeCloseTo(12345.67, 2);
    expect(lines.filter((l) => 'ClaimsSettled' in l).map((l) => l.ClaimsSettled)).toEqual([1]);
  });

  it('every line has closed-set dimensions only and no identity number anywhere', () => {
    const lines = capture(() => {
      recordSettlement({
        basicInsurance: 100,
        criticalIllnessInsurance: 0,
        medicalAssistance: 0,
        commercialInsurance: 0,
        safetyNetFund: 0,
        hospital: 0,
        patient: 50,
      });
      recordClaimRefused('person-not-registered');
      recordReportRun('progress', 'schedule');
      recordPhotoVerdict('accepted');
      recordRosterRows(10, 2);
      recordImportStep('loaded');
    });
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(lines.find((l) => 'RosterImportSteps' in l)).toMatchObject({ status: 'loaded', RosterImportSteps: 1 });
    for (const line of lines) {
      const dims = line._aws.CloudWatchMetrics.flatMap((m: { Dimensions: string[][] }) => m.Dimensions.flat());
      for (const d of dims) expect(ALLOWED_DIMENSIONS.has(d), d).toBe(true);
      expect(JSON.stringify(line)).not.toMatch(IDENTITY);
    }
    expect(lines.find((l) => 'ClaimsRefused' in l)).toMatchObject({
      reason: 'person-not-registered',
      ClaimsRefused: 1,
    });
    expect(lines.filter((l) => 'RosterRows' in l).map((l) => [l.outcome, l.RosterRows])).toEqual([
      ['accepted', 10],
      ['rejected', 2],
    ]);
  });

  it('publishes nothing (and warns about nothing) when an invocation recorded nothing', () => {
    expect(capture(() => undefined)).toEqual([]);
  });
});
