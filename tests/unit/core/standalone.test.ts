import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: a cloner has only what is tracked here. No file may send a reader to the
 * team's working notes outside the repository (the specification, the HTTP notes, the style notes, the
 * stack notes, the notes on default policy values) nor to a folder above the repository's root. The product rules
 * live in docs/rules.md with their clauses of 扎政办字〔2019〕27号; the contract is docs/openapi.json.
 *
 * The names are assembled from pieces so that this file does not itself contain them.
 */
const root = resolve(import.meta.dirname, '../../..');
const word = (...parts: string[]) => parts.join('');
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'the specification', pattern: new RegExp(`${word('SP', 'EC')}(\\.md|\\s*§|\\s+"|\\b)`) },
  { name: 'the HTTP notes', pattern: new RegExp(word('\\bAP', 'I\\.md')) },
  { name: 'the style notes', pattern: new RegExp(word('ST', 'YLE\\.md')) },
  { name: 'the stack notes', pattern: new RegExp(word('STACK', '-NOTES')) },
  { name: 'the notes on default policy values', pattern: new RegExp(word('policy', '-defaults')) },
  { name: 'the developers notes', pattern: new RegExp(word('DEVEL', 'OPERS')) },
  { name: 'a machine path outside the repository', pattern: new RegExp(word('/wo', 'rk/')) },
];
/** Relative paths in text that climb out of their folder towards a `shared` folder. */
const CLIMB = /((?:\.\.\/)+)shared\b/g;
/** Generated from the sources checked here; binary or vendored files carry no prose. */
const SKIP = /\.(png|jpe?g|gif|ico|heic|xlsx|woff2?|pdf)$|^package-lock\.json$/;

function tracked(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((f) => f !== '' && !SKIP.test(f));
}

/** Every reference in `text` (found in `file`, relative to the root) that leads outside the repository. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name, pattern } of FORBIDDEN) {
      if (pattern.test(line)) found.push(`${file}:${i + 1} cites ${name}: ${line.trim().slice(0, 160)}`);
    }
    for (const m of line.matchAll(CLIMB)) {
      const target = resolve(root, dirname(file), `${m[1]}shared`);
      if (relative(root, target).startsWith('..')) {
        found.push(`${file}:${i + 1} points above the repository: ${line.trim().slice(0, 160)}`);
      }
    }
  });
  return found;
}

describe('the repository stands alone', () => {
  it('no tracked file cites the team notes or a folder above the repository', () => {
    const problems = tracked().flatMap((file) => {
      const text = readFileSync(resolve(root, file), 'utf8');
      return text.includes('\0') ? [] : outsideReferences(file, text);
    });
    expect(problems).toEqual([]);
  });

  it('the check catches each kind of reference, and leaves the repository’s own imports alone', () => {
    const cite = (...parts: string[]) => `// see ${parts.join('')}`;
    expect(outsideReferences('shared/x.ts', cite('SP', 'EC §3.2'))).toHaveLength(1);
    expect(outsideReferences('shared/x.ts', cite('SP', 'EC.md'))).toHaveLength(1);
    expect(outsideReferences('shared/x.ts', cite('AP', 'I.md "Claims"'))).toHaveLength(1);
    expect(outsideReferences('shared/x.ts', cite('ST', 'YLE.md 8'))).toHaveLength(1);
    expect(outsideReferences('vitest.config.ts', cite('STACK', '-NOTES.md'))).toHaveLength(1);
    expect(outsideReferences('docs/x.md', cite('policy', '-defaults.md'))).toHaveLength(1);
    // From README at the root, one level up is the folder next to the clone.
    expect(outsideReferences('README.md', cite('../sha', 'red/source/'))).toHaveLength(1);
    expect(outsideReferences('docs/x.md', cite('../../sha', 'red/x.md'))).toHaveLength(1);
    // The repository's own shared/ folder, from functions/, tests/ and web/.
    const up = (n: number) => '../'.repeat(n);
    expect(outsideReferences('functions/x.ts', `import { a } from '${up(1)}shared/errors.js';`)).toEqual([]);
    expect(outsideReferences('tests/unit/core/x.ts', `import { a } from '${up(3)}shared/money.js';`)).toEqual([]);
    expect(outsideReferences('web/vite.config.ts', `resolve(import.meta.dirname, '${up(1)}shared')`)).toEqual([]);
  });
});
