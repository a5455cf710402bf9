import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/app/education.js';
import { entryView } from '../shared/education/view.js';
import { universityAidRoom } from '../shared/education/entitlements.js';
import { EDUCATION_2019, EDUCATION_POLICIES } from '../shared/education/policy.js';
import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { fenToYuan } from '../shared/money.js';

export const makeHandler = (store = educationStore) =>
  apiHandler(EDUCATION_CONTRACTS.studentGet, async ({ params }) => {
    const bundle = await store().bundle(params.studentId);
    if (!bundle) throw new NotFoundError('No such student in the register.', 'student-not-found');
    const totals: Record<string, number> = {};
    for (const e of bundle.ledger) totals[e.type] = (totals[e.type] ?? 0) + e.amount;
    // The caps of the latest document (the ledger decides the sums, whatever the register says now).
    const latest = EDUCATION_POLICIES[EDUCATION_POLICIES.length - 1] ?? EDUCATION_2019;
    const aid = universityAidRoom(bundle.student.stage, bundle.ledger, latest);
    return {
      status: 200,
      body: {
        student: bundle.student,
        verified: [...bundle.verified].sort(),
        payments: bundle.ledger.sort((a, b) => a.paidOn.localeCompare(b.paidOn)).map(entryView),
        totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, fenToYuan(v)])),
        caps: {
          universityAid: { cap: fenToYuan(aid.cap), paid: fenToYuan(aid.paid), room: fenToYuan(aid.room) },
        },
        registerHistory: bundle.changes,
      },
    };
  });

export const handler = makeHandler();
