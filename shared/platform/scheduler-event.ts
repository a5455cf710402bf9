import * as z from '../zod.js';
import { addDays, shanghaiDate } from '../dates.js';

/** The input every schedule sends (the stack sets it; `<aws.scheduler.scheduled-time>` is filled by AWS). */
export const schedulerEventSchema = z.object({
  source: z.literal('zhalantun.scheduler'),
  schedule: z.string().check(z.minLength(1)),
  scheduledTime: z.iso.datetime(),
});
export type SchedulerEvent = z.output<typeof schedulerEventSchema>;

/** A run at 00:00 Asia/Shanghai covers the day before: the cut-off is the previous Shanghai date. */
export function cutOffFor(event: SchedulerEvent): string {
  return addDays(shanghaiDate(new Date(event.scheduledTime)), -1);
}

/**
 * The year the yearly reconciliation settles: the one before the run's Shanghai date. (The cut-off of a run
 * on 2 January is 1 January, which belongs to the new year: reading the year from it reconciled the wrong one.)
 */
export function reconciledYearFor(event: SchedulerEvent): number {
  return Number(shanghaiDate(new Date(event.scheduledTime)).slice(0, 4)) - 1;
}
