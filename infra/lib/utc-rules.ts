import type { ScheduleDef } from '../../shared/platform/types.js';

/**
 * Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991, so a Shanghai
 * wall-clock time is always the same UTC instant (the template tests check every day of 2019–2030
 * against the time-zone database).
 */
const SHANGHAI_OFFSET_HOURS = 8;

const ints = (field: string, what: string): number[] => {
  if (!/^\d+(,\d+)*$/.test(field)) throw new Error(`${what} "${field}" is not a list of numbers`);
  return field.split(',').map(Number);
};

/**
 * The EventBridge rule cron expressions (UTC) that fire at the same instants as a schedule's cron in
 * Asia/Shanghai, for partitions without EventBridge Scheduler. 00:00 in Shanghai is 16:00 UTC the day
 * before, so "the 1st" becomes "the last day of the previous month" (`L`) and "the 2nd" the 1st.
 *
 * Handles what the schedules use: a fixed minute and hour, days of the month up to the 28th (so the day
 * before always exists in the same month), any month list; no day of week. Anything else is refused at
 * synth time rather than translated wrongly.
 */
export function utcRuleExpressions(s: Pick<ScheduleDef, 'name' | 'cron' | 'timeZone'>): string[] {
  if (s.timeZone !== 'Asia/Shanghai') throw new Error(`${s.name}: only Asia/Shanghai schedules are translated`);
  if (s.cron.weekDay && s.cron.weekDay !== '?') throw new Error(`${s.name}: a day-of-week schedule is not translated`);
  const minutes = ints(s.cron.minute, `${s.name} minute`);
  const hours = ints(s.cron.hour, `${s.name} hour`);
  const [minute] = minutes;
  const [hour] = hours;
  if (minute === undefined || hour === undefined || minutes.length !== 1 || hours.length !== 1) {
    throw new Error(`${s.name}: only one fixed minute and hour are translated`);
  }
  const month = s.cron.month ?? '*';
  const months = month === '*' ? undefined : ints(month, `${s.name} month`);
  const day = s.cron.day ?? '*';
  const expr = (d: string, h: number, m: string) => `cron(${minute} ${h} ${d} ${m} ? *)`;

  const utcHour = hour - SHANGHAI_OFFSET_HOURS;
  if (utcHour >= 0) return [expr(day, utcHour, month)];
  const h = utcHour + 24;
  if (day === '*') {
    if (months) throw new Error(`${s.name}: every day of some months is not translated`);
    return [expr('*', h, '*')];
  }
  const days = ints(day, `${s.name} day`);
  if (days.some((d) => d < 1 || d > 28)) throw new Error(`${s.name}: days after the 28th are not translated`);
  const out: string[] = [];
  const later = days.filter((d) => d > 1).map((d) => d - 1);
  if (later.length) out.push(expr(later.join(','), h, month));
  if (days.includes(1)) {
    const previous = months ? months.map((m) => (m === 1 ? 12 : m - 1)).join(',') : '*';
    out.push(expr('L', h, previous));
  }
  return out;
}
