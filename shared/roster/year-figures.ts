/**
 * The year-to-date figures of SPEC §3.3 shown by eligibility, read from the person-year item that claim
 * settlement maintains (PERSON#<id> / YEAR#<yyyy>). Until a claim is settled the year is empty.
 */
export function yearFigures(yearItems: readonly Record<string, unknown>[], on: string): Record<string, unknown> {
  const year = Number(on.slice(0, 4));
  const item = yearItems.find((i) => i.sk === `YEAR#${year}`);
  return { year, ...(item?.figures as Record<string, unknown> | undefined) };
}
