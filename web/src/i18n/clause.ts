/**
 * A clause as users read it. Some policy data carries, next to the clause of 扎政办字〔2019〕27号, a pointer into
 * this repository's documentation for engineers (e.g. "H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)"). Users
 * see the clause only: a parenthesised pointer, or one after a semicolon, to a `docs/` file is dropped.
 */
export function clauseText(clause: string): string {
  return clause
    .replace(/\s*[(（]\s*docs\/[^)）]*[)）]/g, '')
    .replace(/\s*[;；]\s*docs\/.*$/, '')
    .trim();
}
