import { appendFileSync } from 'node:fs';

/**
 * Counts the attack attempts the security tests make, per attack class, when ATTACK_TALLY names a file
 * (one JSON line per attempt batch). The counts feed the hardening table in docs/security.md; the tests'
 * assertions, not this file, decide whether an attack held.
 */
export function tally(attackClass: string, tries: number): void {
  const file = process.env.ATTACK_TALLY;
  if (file) appendFileSync(file, `${JSON.stringify({ attackClass, tries })}\n`);
}
