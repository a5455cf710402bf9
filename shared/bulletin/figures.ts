/**
 * Completion as the bulletin and the dashboard count it, from a programme's stage counts (pure, browser-safe):
 * the task is the cases less those refused or found not dangerous [R1 三]; completed are those past the
 * city's final acceptance [R1 七.(七)]; the rate is completed ÷ task (null when there is no task).
 */
export const STARTED_STAGES = [
  'under-construction',
  'preliminary-accepted',
  'final-accepted',
  'paid',
  'subsidy-cancelled',
] as const;
export const ACCEPTED_STAGES = ['final-accepted', 'paid', 'subsidy-cancelled'] as const;

const count = (stages: Readonly<Record<string, number>>, which: readonly string[]): number =>
  which.reduce((n, s) => n + (stages[s] ?? 0), 0);

/** accepted / tasks to 4 decimals (a display figure; ranking compares the exact fractions). */
export const rate = (accepted: number, tasks: number): number | null =>
  tasks > 0 ? Math.round((accepted / tasks) * 10_000) / 10_000 : null;

export function completion(f: { cases: number; stages: Readonly<Record<string, number>> }) {
  const tasks = f.cases - (f.stages.refused ?? 0) - (f.stages['not-dangerous'] ?? 0);
  const accepted = count(f.stages, ACCEPTED_STAGES);
  return { tasks, started: count(f.stages, STARTED_STAGES), accepted, rate: rate(accepted, tasks) };
}
