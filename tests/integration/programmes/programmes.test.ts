import { describe, expect, it } from 'vitest';
import { call, newPersonId, personRow, uniqueSuffix } from '../../support/api.js';

const bureau = { role: 'education-bureau' } as const;
const forestry = { role: 'forestry-bureau' } as const;
const poverty = { role: 'poverty-office' } as const;

describe('education aid', () => {
  async function student(overrides: Record<string, unknown> = {}, roster: Record<string, unknown> | null = {}) {
    const studentId = newPersonId();
    // The family type is checked against the roster on the payment date (the poverty office's row here).
    if (roster)
      await call('PUT', '/v1/roster/persons', {
        as: poverty,
        body: { persons: [personRow({ personId: studentId, ...roster })] },
      });
    const body = {
      studentId,
      name: '示例学生',
      householdId: `HH-E-${uniqueSuffix()}`,
      township: 'zhonghe',
      family: 'registered-poor',
      stage: 'university-bachelor',
      school: '示例大学',
      admissionYear: 2018,
      ...overrides,
    };
    expect((await call('POST', '/v1/education/students', { as: bureau, body })).status).toBe(201);
    return body;
  }

  it('pays once a verified student, refuses the unverified, and 20 concurrent replays of one payment make one payment', async () => {
    const s = await student();
    const payment = {
      paymentId: `EP-${uniqueSuffix()}`,
      studentId: s.studentId,
      type: 'university-aid',
      academicYear: 2019,
      paidOn: '2019-09-20',
    };
    const early = await call('POST', '/v1/education/payments', { as: bureau, body: payment });
    expect([early.status, early.body.error.code]).toEqual([409, 'not-verified']);

    const unverified = await call('GET', '/v1/education/verifications?semester=2019-autumn', { as: bureau });
    expect(unverified.body.unverified).toContain(s.studentId);
    expect(
      (
        await call('POST', `/v1/education/students/${s.studentId}/verifications`, {
          as: bureau,
          body: { semester: '2019-autumn', on: '2019-09-02' },
        })
      ).status,
    ).toBe(201);
    const listed = await call('GET', '/v1/education/verifications?semester=2019-autumn', { as: bureau });
    expect(listed.body.verified).toContain(s.studentId);

    const results = await Promise.all(
      Array.from({ length: 20 }, () => call('POST', '/v1/education/payments', { as: bureau, body: payment })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(results[0]!.body).toMatchObject({ paymentId: payment.paymentId, amount: 10000, rule: 'university-aid' });

    const other = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: { ...payment, paymentId: `EP-${uniqueSuffix()}` },
    });
    expect([other.status, other.body.error.code]).toEqual([409, 'cap-reached']);
    const changed = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: { ...payment, academicYear: 2018 },
    });
    expect([changed.status, changed.body.error.code]).toEqual([409, 'payment-conflict']);
    // A refusal names the fact that refused it (the console shows why, not only 不符合申请条件).
    const milk = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: { ...payment, paymentId: `EP-${uniqueSuffix()}`, type: 'milk-subsidy' },
    });
    expect([milk.status, milk.body.error.code]).toEqual([409, 'not-eligible']);
    expect(milk.body.error.details).toEqual([
      { path: 'body.type', code: 'milk-stage', message: 'The milk subsidy is for preschool to high school.' },
    ]);

    const read = await call('GET', `/v1/education/students/${s.studentId}`, { as: { role: 'audit' } });
    expect(read.body.payments).toHaveLength(1);
    expect(read.body.totals).toEqual({ 'university-aid': 10000 });
  });

  it('hardship aid is once per stage, and only the education bureau pays', async () => {
    const s = await student({ stage: 'high-school' });
    await call('POST', `/v1/education/students/${s.studentId}/verifications`, {
      as: bureau,
      body: { semester: '2019-spring', on: '2019-03-01' },
    });
    const body = (id: string) => ({
      paymentId: id,
      studentId: s.studentId,
      type: 'hardship-aid',
      academicYear: 2018,
      hardshipFinding: '父亲重病',
      paidOn: '2019-04-01',
    });
    expect(
      (await call('POST', '/v1/education/payments', { as: forestry, body: body(`H-${uniqueSuffix()}`) })).status,
    ).toBe(403);
    const first = await call('POST', '/v1/education/payments', { as: bureau, body: body(`H-${uniqueSuffix()}`) });
    expect(first.body.amount).toBe(3000);
    const second = await call('POST', '/v1/education/payments', { as: bureau, body: body(`H-${uniqueSuffix()}`) });
    expect([second.status, second.body.error.code]).toEqual([409, 'once-per-stage']);
  });
});

describe('education ledger (issue 12 items 1–5)', () => {
  async function registered(overrides: Record<string, unknown> = {}) {
    const studentId = newPersonId();
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [personRow({ personId: studentId })] } });
    const body = {
      studentId,
      name: '示例学生',
      householdId: `HH-L-${uniqueSuffix()}`,
      township: 'zhonghe',
      family: 'registered-poor',
      stage: 'university-bachelor',
      school: '示例大学',
      admissionYear: 2016,
      ...overrides,
    };
    expect((await call('POST', '/v1/education/students', { as: bureau, body })).status).toBe(201);
    return body;
  }
  const verify = (studentId: string, semester: string, on: string) =>
    call('POST', `/v1/education/students/${studentId}/verifications`, { as: bureau, body: { semester, on } });

  it('item 1+5: two opening balances and two payments reach 40,000; re-registering admission 2016 → 2018 opens nothing, and the change is audited', async () => {
    const s = await registered();
    for (const y of [2016, 2017]) {
      const r = await call('POST', '/v1/education/opening-balances', {
        as: bureau,
        body: {
          paymentId: `OB-${uniqueSuffix()}`,
          studentId: s.studentId,
          type: 'university-aid',
          academicYear: y,
          amount: 10000,
          paidOn: `${y}-10-10`,
          stage: 'university-bachelor',
          evidence: `${y}年资助台账`,
        },
      });
      expect([r.status, r.body.openingBalance, r.body.amount]).toEqual([201, true, 10000]);
    }
    await verify(s.studentId, '2019-spring', '2019-03-01');
    await verify(s.studentId, '2019-autumn', '2019-09-02');
    // academic year 2018 paid late in spring 2019 (its own semester), 2019 in autumn 2019
    for (const [y, paidOn] of [
      [2018, '2019-03-10'],
      [2019, '2019-09-20'],
    ] as const) {
      const r = await call('POST', '/v1/education/payments', {
        as: bureau,
        body: {
          paymentId: `EP-${uniqueSuffix()}`,
          studentId: s.studentId,
          type: 'university-aid',
          academicYear: y,
          paidOn,
        },
      });
      expect([r.status, r.body.amount]).toEqual([201, 10000]);
    }
    // The audit case: re-register with admission 2018, which the old window read as opening 2020 and 2021.
    expect(
      (await call('POST', '/v1/education/students', { as: bureau, body: { ...s, admissionYear: 2018 } })).status,
    ).toBe(200);
    await verify(s.studentId, '2019-autumn', '2019-12-01');
    const fifth = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: {
        paymentId: `EP-${uniqueSuffix()}`,
        studentId: s.studentId,
        type: 'university-aid',
        academicYear: 2019,
        paidOn: '2019-12-10',
      },
    });
    expect([fifth.status, fifth.body.error.code]).toEqual([409, 'cap-reached']);
    const read = await call('GET', `/v1/education/students/${s.studentId}`, { as: { role: 'audit' } });
    // 10,000 × 2 opening + 10,000 × 2 paid = 40,000 = cap; room 0
    expect(read.body.totals).toEqual({ 'university-aid': 40000 });
    expect(read.body.caps.universityAid).toEqual({ cap: 40000, paid: 40000, room: 0 });
    expect(read.body.payments.filter((p: { openingBalance?: boolean }) => p.openingBalance)).toHaveLength(2);
    expect(read.body.registerHistory).toHaveLength(2);
    expect(read.body.registerHistory[1]).toMatchObject({
      before: { admissionYear: 2016 },
      after: { admissionYear: 2018 },
    });
  });

  it('item 1: concurrent payments for different academic years cannot pass the 30,000 junior-college cap together', async () => {
    const s = await registered({ stage: 'university-junior-college', admissionYear: 2016 });
    await call('POST', '/v1/education/opening-balances', {
      as: bureau,
      body: {
        paymentId: `OB-${uniqueSuffix()}`,
        studentId: s.studentId,
        type: 'university-aid',
        academicYear: 2016,
        amount: 20000,
        paidOn: '2016-10-10',
        stage: 'university-junior-college',
        evidence: '2016年资助台账',
      },
    });
    await verify(s.studentId, '2019-spring', '2019-03-01');
    await verify(s.studentId, '2019-autumn', '2019-09-02');
    // 20,000 on the ledger → room 10,000: of academic years 2018 and 2019 racing, exactly one is paid.
    const results = await Promise.all(
      [
        [2018, '2019-03-10'],
        [2019, '2019-09-20'],
      ].map(([y, paidOn]) =>
        call('POST', '/v1/education/payments', {
          as: bureau,
          body: {
            paymentId: `EP-${uniqueSuffix()}`,
            studentId: s.studentId,
            type: 'university-aid',
            academicYear: y,
            paidOn,
          },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const read = await call('GET', `/v1/education/students/${s.studentId}`, { as: { role: 'audit' } });
    expect(read.body.totals).toEqual({ 'university-aid': 30000 });
  });

  it('item 2+3: no advance payment; a January payment is verified by the autumn semester', async () => {
    const s = await registered({ stage: 'compulsory' });
    await verify(s.studentId, '2019-autumn', '2019-09-02');
    const advance = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: {
        paymentId: `EP-${uniqueSuffix()}`,
        studentId: s.studentId,
        type: 'milk-subsidy',
        academicYear: 2025,
        paidOn: '2019-09-10',
      },
    });
    expect([advance.status, advance.body.error.code]).toEqual([400, 'no-policy']);
    const early = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: {
        paymentId: `EP-${uniqueSuffix()}`,
        studentId: s.studentId,
        type: 'milk-subsidy',
        academicYear: 2019,
        paidOn: '2019-07-20',
      },
    });
    expect([early.status, early.body.error.code]).toEqual([409, 'not-yet-due']);
    expect((await verify(s.studentId, '2018-autumn', '2018-09-03')).status).toBe(201);
    const january = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: {
        paymentId: `EP-${uniqueSuffix()}`,
        studentId: s.studentId,
        type: 'milk-subsidy',
        academicYear: 2018,
        paidOn: '2019-01-15',
      },
    });
    expect([january.status, january.body.amount]).toEqual([201, 500]);
    const badSemester = await verify(s.studentId, '2019-summer', '2019-07-01');
    expect(badSemester.status).toBe(400);
  });

  it('item 4: milk subsidy refused when the roster does not show the family type the register claims', async () => {
    const studentId = newPersonId();
    // civil affairs loads a 低保 person; the register says registered-poor
    await call('PUT', '/v1/roster/persons', {
      as: { role: 'civil-affairs' },
      body: {
        persons: [
          personRow({ personId: studentId, registeredFrom: undefined, flags: { minimumLivingAllowance: true } }),
        ],
      },
    });
    const body = {
      studentId,
      name: '示例学生',
      householdId: `HH-L-${uniqueSuffix()}`,
      township: 'zhonghe',
      family: 'registered-poor',
      stage: 'compulsory',
      school: '示例小学',
      admissionYear: 2016,
    };
    await call('POST', '/v1/education/students', { as: bureau, body });
    await verify(studentId, '2019-autumn', '2019-09-02');
    const r = await call('POST', '/v1/education/payments', {
      as: bureau,
      body: {
        paymentId: `EP-${uniqueSuffix()}`,
        studentId,
        type: 'milk-subsidy',
        academicYear: 2019,
        paidOn: '2019-09-20',
      },
    });
    expect([r.status, r.body.error.code]).toEqual([409, 'family-not-confirmed']);
    expect(r.body.error.message).toContain('minimum-living-allowance');
  });
});

describe('eco-rangers', () => {
  it('20 concurrent hires into a township with 4 free posts hire exactly 4, and a release frees a post', async () => {
    // 铁东街道 has 4 posts [G 四.(一)]; each test run uses a fresh DynamoDB Local, so all 4 are free here.
    const rows = Array.from({ length: 20 }, () =>
      personRow({ township: 'tiedong', householdId: `HH-R-${uniqueSuffix()}` }),
    );
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: rows } });
    const before = await call('GET', '/v1/ecology/quotas', { as: forestry });
    const tiedong = before.body.townships.find((t: { township: string }) => t.township === 'tiedong');
    expect(tiedong).toMatchObject({ quota: 4, filled: 0, free: 4, villages: 1, people: 13 });
    expect(before.body.totals).toMatchObject({ quota: 480, villages: 130, people: 1536 });

    const results = await Promise.all(
      rows.map((r) =>
        call('POST', '/v1/ecology/rangers', {
          as: { role: 'township', township: 'tiedong' },
          body: { personId: r.personId, township: 'tiedong', from: '2019-03-01' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(16).fill('quota-full'));
    const full = (await call('GET', '/v1/ecology/quotas', { as: { role: 'township', township: 'tiedong' } })).body;
    expect(full.townships).toEqual([expect.objectContaining({ township: 'tiedong', filled: 4, free: 0 })]);

    const hired = rows[results.findIndex((r) => r.status === 201)]!;
    const released = await call('POST', `/v1/ecology/rangers/${hired.personId}/release`, {
      as: forestry,
      body: { on: '2019-06-30' },
    });
    expect(released.body).toMatchObject({ status: 'released', pay: { months: 4, amount: 1066.67 } }); // March–June: 3,200 × 4 / 12
    const after = (await call('GET', '/v1/ecology/quotas', { as: forestry })).body.townships.find(
      (t: { township: string }) => t.township === 'tiedong',
    );
    expect(after).toMatchObject({ filled: 3, free: 1 });

    // July's pay run pays the 3 posts still held: July's share = 3,200 × 7/12 − 3,200 × 6/12 = 1,866.67 − 1,600 = 266.67 each.
    const run = await call('POST', '/v1/ecology/pay-runs/2019-07', { as: { role: 'finance' } });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.byTownship.tiedong).toBe(800.01);
    const rerun = await call('POST', '/v1/ecology/pay-runs/2019-07', { as: { role: 'finance' } });
    expect(rerun.body).toMatchObject({ paidThisRun: 0, entries: run.body.entries, total: run.body.total });
    // June's run still pays the released ranger (served to 30 June).
    expect((await call('POST', '/v1/ecology/pay-runs/2019-06', { as: forestry })).body.byTownship.tiedong).toBe(
      1066.68,
    );
  });

  it('refuses a second ranger in a household, excluded persons, and other townships’ staff', async () => {
    const householdId = `HH-R-${uniqueSuffix()}`;
    const [a, b] = [
      personRow({ township: 'chengjisihan', householdId }),
      personRow({ township: 'chengjisihan', householdId }),
    ];
    const excluded = personRow({ township: 'chengjisihan', flags: { excludedFromRangerPosts: true } });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [a, b, excluded] } });
    const hire = (p: Record<string, unknown>, as: object = forestry) =>
      call('POST', '/v1/ecology/rangers', {
        as: as as never,
        body: { personId: p.personId, township: 'chengjisihan', from: '2019-04-01' },
      });
    expect((await hire(a)).status).toBe(201);
    expect((await hire(a)).status).toBe(200); // the same hire again
    expect((await hire(b)).body.error.code).toBe('household-has-ranger');
    expect((await hire(excluded)).body.error.code).toBe('excluded');
    expect((await hire({ personId: newPersonId() })).body.error.code).toBe('not-registered');
    expect((await hire(b, { role: 'township', township: 'zhonghe' })).status).toBe(403);
  });

  it('items 11–13: turnover pays a post once a month, a ranger off the register is withheld, the unable to work are not hired, the village is recorded', async () => {
    // 河西街道 has 4 posts [G 四.(一)]; only this test hires there.
    const [a, b, c] = [
      personRow({ township: 'hexi', village: '河西村' }),
      personRow({ township: 'hexi', village: '河西村' }),
      personRow({ township: 'hexi', village: '河西村', registeredUntil: '2019-02-15' }),
    ];
    const unable = personRow({ township: 'hexi' });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [a, b, c, unable] } });
    await call('PUT', '/v1/roster/persons', {
      as: { role: 'disabled-federation' },
      body: {
        persons: [{ ...unable, registeredFrom: undefined, insuredYears: undefined, flags: { unableToWork: true } }],
      },
    });
    const hire = (p: Record<string, unknown>, from: string, village?: string) =>
      call('POST', '/v1/ecology/rangers', {
        as: forestry,
        body: { personId: p.personId, township: 'hexi', from, ...(village ? { village } : {}) },
      });
    const hiredA = await hire(a, '2019-01-01', '河西二村');
    expect(hiredA.body).toMatchObject({ postNo: 1, village: '河西二村' });
    expect((await hire(c, '2019-01-01')).body).toMatchObject({ postNo: 2, village: '河西村' });
    const refused = await hire(unable, '2019-01-01');
    expect([refused.status, refused.body.error.code]).toEqual([409, 'unable-to-work']);
    await call('POST', `/v1/ecology/rangers/${a.personId}/release`, { as: forestry, body: { on: '2019-03-01' } });
    // The released post 1 is free from 03-02: B hired from 03-02 takes post 1 again.
    expect((await hire(b, '2019-03-02')).body).toMatchObject({ postNo: 1 });

    const runs = [];
    for (const month of ['2019-01', '2019-02', '2019-03'])
      runs.push((await call('POST', `/v1/ecology/pay-runs/${month}`, { as: { role: 'finance' } })).body);
    // Post 1: A Jan 266.67 + Feb 266.66, B Mar 266.67 = 800.00 (before: A was also paid March, 1,066.67).
    // Post 2: C Jan 266.67 + Feb 266.66 = 533.33; C left the register on 02-15, so March is withheld.
    // hexi: Jan 533.34, Feb 533.32, Mar 266.67 → 1,333.33.
    expect(runs.map((r) => r.byTownship.hexi)).toEqual([533.34, 533.32, 266.67]);
    expect(runs[2].withheld).toEqual([
      expect.objectContaining({
        personId: c.personId,
        township: 'hexi',
        postNo: 2,
        reason: expect.stringContaining('2019-03-01'),
      }),
    ]);
    const list = (await call('GET', '/v1/ecology/rangers?township=hexi', { as: forestry })).body.rangers;
    const pay = Object.fromEntries(
      list.map((r: { personId: string; pay: { amount: number } }) => [r.personId, r.pay.amount]),
    );
    // A: Jan + Feb = 533.33; B: Mar–Dec = 3,200 − 533.33 = 2,666.67; one post, 3,200.00 in the year.
    expect([pay[a.personId as string], pay[b.personId as string]]).toEqual([533.33, 2666.67]);
  });

  it('reports income programmes against their targets', async () => {
    await call('POST', '/v1/ecology/income', {
      as: forestry,
      body: {
        programme: 'nursery-park',
        participantId: `W-${uniqueSuffix()}`,
        householdId: 'HH-W',
        people: 1,
        earnings: 9000,
      },
    });
    const r = await call('GET', '/v1/ecology/income', { as: { role: 'audit' } });
    const nursery = r.body.programmes.find((p: { programme: string }) => p.programme === 'nursery-park');
    expect(nursery.target).toMatchObject({ people: 50, incomePerUnit: 9000 });
    expect(nursery.actual.reachingTarget).toBeGreaterThanOrEqual(1);
  });
});
