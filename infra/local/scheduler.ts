import type { ScheduleDef } from '../../shared/platform/types.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function matches(field: string | undefined, value: number): boolean {
  if (field === undefined || field === '*' || field === '?') return true;
  return field.split(',').some((part) => Number(part) === value);
}

/**
 * The next instant after `from` at which a schedule's cron fields (minute, hour, day, month) match in
 * Asia/Shanghai (UTC+8, no daylight saving). Searched minute by minute over at most 400 days.
 */
export function nextFire(schedule: ScheduleDef, from: Date): Date {
  const start = Math.floor(from.getTime() / 60_000) * 60_000 + 60_000;
  for (let t = start; t < start + 400 * 86_400_000; t += 60_000) {
    const local = new Date(t + SHANGHAI_OFFSET_MS);
    if (
      matches(schedule.cron.minute, local.getUTCMinutes()) &&
      matches(schedule.cron.hour, local.getUTCHours()) &&
      matches(schedule.cron.day, local.getUTCDate()) &&
      matches(schedule.cron.month, local.getUTCMonth() + 1)
    ) {
      return new Date(t);
    }
  }
  throw new Error(`schedule ${schedule.name} never fires`);
}

/** The event EventBridge Scheduler sends (the stack configures the same input). */
export function schedulerEvent(schedule: ScheduleDef, at: Date): Record<string, string> {
  return { source: 'zhalantun.scheduler', schedule: schedule.name, scheduledTime: at.toISOString() };
}

/** Runs schedules on this machine's clock, as EventBridge Scheduler does in AWS. */
export function runSchedules(
  schedules: readonly ScheduleDef[],
  invoke: (schedule: ScheduleDef, event: Record<string, string>) => Promise<void>,
  log: (line: string) => void,
): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const arm = (schedule: ScheduleDef) => {
    const at = nextFire(schedule, new Date());
    const wait = Math.min(at.getTime() - Date.now(), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (Date.now() >= at.getTime()) {
        void invoke(schedule, schedulerEvent(schedule, at)).catch((e: unknown) =>
          log(`schedule ${schedule.name} failed: ${String(e)}`),
        );
      }
      arm(schedule);
    }, wait);
    timer.unref();
    timers.add(timer);
  };
  for (const s of schedules) {
    arm(s);
    log(`schedule ${s.name}: next run ${nextFire(s, new Date()).toISOString()} (${s.summary})`);
  }
  return () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };
}
