import { actorOf } from '../audit/types.js';
import type { Caller } from '../auth/roles.js';
import { assertTownshipScope } from '../auth/scope.js';
import { retryOnConflict, RetryableConflict } from '../retry.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { fenToYuan } from '../money.js';
import { TOWNSHIPS } from '../reference/townships.js';
import type { Person } from '../roster/types.js';
import type { RangerPost, RangerStore } from './ports.js';
import { resolveOn } from '../policy/parameter.js';
import { ECOLOGY_2019, quotaOf, type EcologyPolicy } from './policy.js';
import { isRegisteredOn } from '../roster/types.js';
import { allocateMonth, decideHire, freePost, monthShare, tenurePay, type Tenure } from './rangers.js';
import { mapLimit } from '../data/concurrency.js';

export interface EcologyDeps {
  rangers: RangerStore;
  person(personId: string): Promise<Person | undefined>;
  policy: EcologyPolicy;
}

export const defaultPolicy = ECOLOGY_2019;

/**
 * Hires a ranger (G 四.(一), 五.(二)). The same hire again (same person, township and date) answers the
 * post (200); every refusal is 409 with the rule's code. Lost races on the quota counter are retried;
 * a full quota is final.
 */
export async function hire(
  deps: EcologyDeps,
  caller: Caller,
  body: { personId: string; township: string; from: string; village?: string | undefined },
): Promise<{ created: boolean; post: RangerPost }> {
  assertTownshipScope(caller, body.township);
  const person = await deps.person(body.personId);
  // The values in force on the post's first day (a quota changed mid-year counts from its date).
  const policy = resolveOn(deps.policy, body.from);
  const decision = decideHire(person, body.township, body.from, policy);
  if (!decision.ok || !person) {
    const refusal = decision.ok
      ? { code: 'not-registered', message: 'The person is not on the roster.', clause: 'G 四.(一)' }
      : decision;
    throw new ConflictError(refusal.code, `${refusal.message} [${refusal.clause}]`);
  }
  const quota = quotaOf(policy, body.township).posts;
  return retryOnConflict(async () => {
    const existing = await deps.rangers.getPost(body.personId);
    if (existing?.status === 'active') {
      if (existing.township === body.township && existing.from === body.from) return { created: false, post: existing };
      throw new ConflictError('household-has-ranger', 'The person already holds a ranger post. [G 四.(一) 每户1人]');
    }
    const postNo = freePost(await deps.rangers.slots(body.township), quota, body.from);
    if (postNo === undefined)
      throw new ConflictError(
        'quota-full',
        `Township ${body.township}'s ${quota} posts are all held on ${body.from} (a released post is free from the day after its last holder's last day). [G 四.(一)]`,
      );
    const post: RangerPost = {
      personId: body.personId,
      householdId: person.householdId,
      township: body.township,
      postNo,
      village: body.village ?? person.village,
      from: body.from,
      status: 'active',
      hiredBy: caller.sub,
    };
    const outcome = await deps.rangers.hire(post, quota, actorOf(caller));
    switch (outcome) {
      case 'hired':
        return { created: true, post };
      case 'conflict':
        throw new RetryableConflict();
      case 'already-hired': {
        const existing = await deps.rangers.getPost(body.personId);
        if (
          existing &&
          existing.status === 'active' &&
          existing.township === body.township &&
          existing.from === body.from
        )
          return { created: false, post: existing };
        throw new ConflictError('household-has-ranger', 'The person already holds a ranger post. [G 四.(一) 每户1人]');
      }
      case 'household-has-ranger':
        throw new ConflictError(
          'household-has-ranger',
          'The household already has a ranger: one post per household. [G 四.(一) 每户1人]',
        );
      case 'quota-full':
        throw new ConflictError('quota-full', `Township ${body.township}'s ${quota} posts are all filled. [G 四.(一)]`);
    }
  });
}

/** Releases a ranger, freeing the post; releasing again answers the released post. */
export async function release(deps: EcologyDeps, caller: Caller, personId: string, on: string): Promise<RangerPost> {
  return retryOnConflict(async () => {
    const post = await deps.rangers.getPost(personId);
    if (!post) throw new NotFoundError('The person holds no ranger post.', 'ranger-not-found');
    assertTownshipScope(caller, post.township);
    if (post.status === 'released') return post;
    const outcome = await deps.rangers.release(post, on, actorOf(caller));
    if (outcome === 'released') return { ...post, status: 'released', releasedOn: on };
    throw new RetryableConflict();
  });
}

export async function quotas(deps: EcologyDeps, caller: Caller) {
  const visible = TOWNSHIPS.filter((t) => caller.role !== 'township' || t.code === caller.township);
  const filled = await deps.rangers.filled(visible.map((t) => t.code));
  const rows = visible.map((t) => {
    const q = quotaOf(deps.policy, t.code);
    const f = filled.get(t.code) ?? 0;
    return {
      township: t.code,
      name: t.name,
      villages: q.villages,
      quota: q.posts,
      filled: f,
      free: q.posts - f,
      people: q.people,
    };
  });
  const sum = (k: 'villages' | 'quota' | 'filled' | 'free' | 'people') => rows.reduce((s, r) => s + r[k], 0);
  return {
    townships: rows,
    totals: {
      villages: sum('villages'),
      quota: sum('quota'),
      filled: sum('filled'),
      free: sum('free'),
      people: sum('people'),
    },
  };
}

export const postView = (post: RangerPost, year: number, policy: EcologyPolicy, tenures: readonly Tenure[]) => {
  const pay = tenurePay(tenures, post.personId, year, policy);
  return {
    ...post,
    pay: {
      year,
      months: pay.months,
      amount: fenToYuan(pay.amount),
      clause: policy.parameters.rangerPayPerYear.citation,
    },
  };
};

/**
 * The month's pay run (the pay ledger, G 四.(一)): each numbered post held on any day of the month pays that
 * month's share once, to its holder by `allocateMonth` (most days, still registered poor); holders no longer
 * registered are listed and not paid. Recorded once per post-month: a rerun adds only post-months missing,
 * so no post is ever paid more than 3,200 a year and the programme never more than quota × 3,200.
 */
export async function payRun(deps: EcologyDeps, caller: Caller, month: string) {
  // The month is paid at the values in force on its first day (a pay changed mid-year from its date's month).
  const policy = resolveOn(deps.policy, `${month}-01`);
  const townships = policy.parameters.rangerQuotas.value.filter((q) => q.posts > 0).map((q) => q.township);
  const tenures = (await Promise.all(townships.map((t) => deps.rangers.tenures(t)))).flat();
  const first = `${month}-01`;
  const inMonth = tenures.filter((t) => t.from <= `${month}-31` && (t.until === undefined || t.until >= first));
  const ids = [...new Set(inMonth.map((t) => t.personId))];
  const persons = new Map(
    (await mapLimit(ids, 8, async (id) => [id, await deps.person(id)] as const)).filter(([, p]) => p !== undefined),
  );
  const registered = (id: string, on: string) => {
    const p = persons.get(id);
    return p !== undefined && isRegisteredOn(p, on);
  };
  const share = monthShare(Number(month.slice(5, 7)), policy);
  const allocations = townships.map((t) =>
    allocateMonth(
      inMonth.filter((x) => x.township === t),
      month,
      registered,
    ),
  );
  const due = allocations.flatMap((a) => a.paid);
  const withheld = allocations.flatMap((a) => a.withheld);
  const written = await mapLimit(due, 8, ({ tenure, days }) =>
    deps.rangers.payMonth(
      {
        month,
        postNo: tenure.postNo,
        village: tenure.village,
        days,
        personId: tenure.personId,
        householdId: tenure.householdId,
        township: tenure.township,
        amount: share,
        clause: policy.parameters.rangerPayPerYear.citation,
        runBy: caller.sub,
      },
      actorOf(caller),
    ),
  );
  const entries = await deps.rangers.payEntries(month);
  return {
    month,
    paidThisRun: written.filter(Boolean).length,
    entries: entries.length,
    total: fenToYuan(entries.reduce((s, e) => s + e.amount, 0)),
    byTownship: Object.fromEntries(
      townships.map((t) => [t, fenToYuan(entries.filter((e) => e.township === t).reduce((s, e) => s + e.amount, 0))]),
    ),
    withheld: withheld.map(({ tenure, days, reason }) => ({
      personId: tenure.personId,
      township: tenure.township,
      postNo: tenure.postNo,
      village: tenure.village,
      days,
      reason,
    })),
  };
}
