import { describe, expect, it } from 'vitest';
import { identityProblem } from '../../../shared/identity/gb11643.js';
import { checkEligibility } from '../../../shared/housing/eligibility.js';
import { inspectImage } from '../../../shared/housing/photo-inspection.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import { caseBodySchema } from '../../../shared/housing/schemas.js';
import { planYear } from '../../../scripts/year/plan.js';
import { firesOn, generatedJpeg } from '../../../scripts/year/play.js';

describe('the year generator (npm run year)', () => {
  const plan = planYear({ seed: 2019, scale: 0.2 });

  it('is the same year for the same seed, another for another seed', () => {
    expect(planYear({ seed: 2019, scale: 0.2 })).toEqual(plan);
    expect(planYear({ seed: 2020, scale: 0.2 }).claims[0]).not.toEqual(plan.claims[0]);
  });

  it('makes only valid synthetic identity numbers of region 159999, each once', () => {
    const ids = plan.persons.map((p) => p.personId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.startsWith('159999')).toBe(true);
      expect(identityProblem(id)).toBeUndefined();
    }
  });

  it('plans every case inside 2019, in date order, with notices of at least 5 days', () => {
    for (const c of plan.cases) {
      const dates = [c.request.appliedOn as string, ...c.steps.map((s) => s.on)];
      expect([...dates].sort()).toEqual(dates);
      expect(dates.at(-1)! <= '2019-12-31').toBe(true);
      for (const s of c.steps) {
        const from = (s.body.from ?? s.body.noticeFrom) as string | undefined;
        const to = (s.body.to ?? s.body.noticeTo) as string | undefined;
        if (from && to) expect((Date.parse(to) - Date.parse(from)) / 86_400_000 + 1).toBeGreaterThanOrEqual(5);
      }
    }
    // R1's three kinds and R2 are all there; R2 householders carry a welfare flag and are not registered poor.
    expect(new Set(plan.cases.map((c) => `${c.programme} ${c.grade}`))).toEqual(
      new Set(['R1 C', 'R1 D', 'R1 no-house', 'R2 C', 'R2 D']),
    );
    const byId = new Map(plan.persons.map((p) => [p.personId, p]));
    for (const c of plan.cases.filter((x) => x.programme === 'R2')) {
      const h = byId.get(c.request.householderId as string)!;
      expect(h.registered).toBe(false);
      expect(h.flags.minimumLivingAllowance || h.flags.extremelyPoor || h.flags.poorDisabledHousehold).toBe(true);
    }
  });

  it('plans only cases the system opens: every application passes the eligibility rules with its householder', () => {
    // Seed 2019 at full scale once gave 11 extremely poor (特困) householders a self-built 42–60 m² house: the
    // system refuses them at opening (at most 40 m² in any new-build mode, R1 九.(三).3; R2 八.(三).3).
    const full = planYear({ seed: 2019, scale: 1 });
    const byId = new Map(full.persons.map((p) => [p.personId, p]));
    const refused: unknown[] = [];
    let safetyNet = 0;
    for (const c of full.cases) {
      const h = byId.get(c.request.householderId as string)!;
      const request = caseBodySchema.parse(c.request);
      const person = {
        ...h,
        insuredYears: [2018, 2019],
        ...(h.registered ? { registeredFrom: '2016-03-01' } : {}),
      };
      const result = checkEligibility(request, person, HOUSING_2019);
      if (!result.ok) refused.push({ case: c.key, reasons: result.reasons });
      else if (result.safetyNet && c.request.mode !== 'repair') {
        safetyNet += 1;
        expect(c.request.plannedArea as number).toBeLessThanOrEqual(40);
      }
    }
    expect(refused).toEqual([]);
    expect(safetyNet).toBeGreaterThan(5); // the rule is exercised, not avoided
  });

  it('holds each township to its ranger quota and one post per household', () => {
    const scaled = planYear({ seed: 2019, scale: 1, townships: ['zhonghe'] });
    const initial = scaled.rangers.filter((r) => r.from <= '2019-01-31');
    expect(initial).toHaveLength(76); // 中和镇's 76 posts [G 四.(一) table]
    const households = scaled.rangers.map((r) => scaled.persons.find((p) => p.personId === r.personId)!.householdId);
    expect(new Set(households).size).toBe(households.length);
  });
});

describe('the simulated schedules', () => {
  it('fire on their Shanghai dates in order', () => {
    const known = new Set([
      'monthly-health-report',
      'progress-report',
      'bulletin-draft',
      'photo-sweep',
      'yearly-reconciliation',
    ]);
    const on = (date: string) => firesOn(date).filter((f) => known.has(f.s.name));
    expect(on('2019-03-01').map((f) => [f.s.name, f.at])).toEqual([
      ['monthly-health-report', '2019-02-28T16:00:00.000Z'],
      ['progress-report', '2019-02-28T16:00:00.000Z'],
      ['bulletin-draft', '2019-02-28T16:30:00.000Z'],
      ['photo-sweep', '2019-02-28T19:30:00.000Z'],
    ]);
    expect(on('2019-03-02').map((f) => f.s.name)).toEqual(['photo-sweep']);
    expect(on('2020-01-02').map((f) => f.s.name)).toEqual(['yearly-reconciliation', 'photo-sweep']);
    // Every schedule of the route table is played in time order (the audit digest included).
    const all = firesOn('2019-03-01').map((f) => f.at);
    expect([...all].sort()).toEqual(all);
  });

  it('the generated photos pass the storage check as JPEGs with their size', () => {
    const jpeg = generatedJpeg(1280, 960, 20_000, 7);
    expect(inspectImage(jpeg, 'image/jpeg')).toEqual({ ok: true, type: 'image/jpeg', width: 1280, height: 960 });
  });
});
