import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of the codebase, checked on every import (static `import … from`, `export … from`
 * and dynamic `import()`), type-only imports included:
 *
 * - `shared/platform` holds the route types and table only: it imports nothing but itself and the kernel.
 * - `shared/app` is the composition root: the only place (besides `functions/` handlers reaching it, and
 *   the tools outside `shared/`) that builds adapters; nothing in `shared/` imports it.
 * - A domain (`claims`, `housing`, `education`, `ecology`, `roster`, `reference`, `reports`) never imports
 *   `platform`, `app` or the HTTP handler wrapper, and never another domain's adapters.
 * - Only adapters (`dynamodb-*`, `s3-*` modules and `shared/data`) talk to the AWS SDK; use cases, rules
 *   and ports do not import it, nor the table's item codecs in `shared/data`.
 * - `functions/` handlers reach adapters only through `shared/app`.
 */
const root = resolve(import.meta.dirname, '../../..');
const DOMAINS = ['claims', 'housing', 'education', 'ecology', 'roster', 'reference', 'reports'] as const;
const KERNEL = [
  'auth',
  'identity',
  'logging',
  'policy',
  'errors.ts',
  'money.ts',
  'dates.ts',
  'retry.ts',
  // The schema library as every module uses it (zod/mini with its English messages).
  'zod.ts',
  // Pure helpers that happen to live next to the table layer: canonical JSON and bounded concurrency.
  'data/canonical.ts',
  'data/concurrency.ts',
  // The bucket's key layout (constants only): key builders and the route table's grants share it.
  'data/bucket-prefixes.ts',
];

/**
 * Edges that still break a rule, each waiting for its domain's ports. Empty since every domain's use cases
 * take their stores through the domain's own ports; kept so an exception has to be written down, and the
 * list may only shrink: an entry that no longer occurs fails the test.
 */
const KNOWN_EXCEPTIONS: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(root, file);
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'/g),
    ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((spec) => ({
    from,
    to: spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec,
  }));
}

const edges = [...walk(join(root, 'shared')), ...walk(join(root, 'functions'))].flatMap(importsOf);

const domainOf = (path: string): string | undefined => {
  const m = /^shared\/([^/]+)\//.exec(path);
  return m && (DOMAINS as readonly string[]).includes(m[1]!) ? m[1] : undefined;
};
const isAdapter = (path: string): boolean =>
  /\/(dynamodb|s3|memory)-[^/]+\.ts$/.test(path) || (path.startsWith('shared/data/') && !isKernel(path));
const isKernel = (path: string): boolean =>
  KERNEL.some((k) => path === `shared/${k}` || path.startsWith(`shared/${k}/`));

/** Each rule: a name and the edges that break it. */
const RULES: [string, (e: Edge) => boolean][] = [
  [
    'shared/platform imports only itself and the kernel',
    (e) =>
      e.from.startsWith('shared/platform/') &&
      e.to.startsWith('shared/') &&
      !e.to.startsWith('shared/platform/') &&
      !isKernel(e.to),
  ],
  [
    'nothing in shared/ but shared/app imports shared/app',
    (e) => e.from.startsWith('shared/') && !e.from.startsWith('shared/app/') && e.to.startsWith('shared/app/'),
  ],
  [
    'a domain imports neither platform, app nor the HTTP handler wrapper',
    (e) =>
      domainOf(e.from) !== undefined &&
      (e.to.startsWith('shared/platform/') || e.to.startsWith('shared/app/') || e.to === 'shared/http/api-handler.ts'),
  ],
  [
    "a domain never imports another domain's adapters",
    (e) => {
      const d = domainOf(e.from);
      const t = domainOf(e.to);
      return d !== undefined && t !== undefined && d !== t && isAdapter(e.to);
    },
  ],
  [
    'use cases, rules and ports reach neither the AWS SDK nor the table layer',
    (e) =>
      domainOf(e.from) !== undefined &&
      !isAdapter(e.from) &&
      (e.to.startsWith('@aws-sdk/') || (isAdapter(e.to) && !/\/memory-[^/]+\.ts$/.test(e.to))),
  ],
  [
    'handlers reach adapters only through shared/app',
    (e) => e.from.startsWith('functions/') && (isAdapter(e.to) || e.to.startsWith('@aws-sdk/')),
  ],
];

describe('import directions', () => {
  it('sees the codebase (a walk that finds nothing would pass every rule)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(
      edges.some((e) => e.from === 'shared/app/claims.ts' && e.to === 'shared/claims/dynamodb-claim-store.ts'),
    ).toBe(true);
  });

  it.each(RULES)('%s', (_name, breaks) => {
    const broken = edges.filter(breaks).map((e) => `${e.from} -> ${e.to}`);
    expect(broken.filter((edge) => !KNOWN_EXCEPTIONS.includes(edge))).toEqual([]);
  });

  it('every known exception still occurs (the list only shrinks)', () => {
    const all = new Set(edges.map((e) => `${e.from} -> ${e.to}`));
    expect(KNOWN_EXCEPTIONS.filter((edge) => !all.has(edge))).toEqual([]);
  });

  it('each rule catches the direction it forbids', () => {
    const samples: Edge[] = [
      { from: 'shared/platform/openapi.ts', to: 'shared/claims/contracts.ts' },
      { from: 'shared/claims/use-cases.ts', to: 'shared/app/claims.ts' },
      { from: 'shared/reports/health-run.ts', to: 'shared/platform/routes/index.ts' },
      { from: 'shared/claims/dynamodb-claim-store.ts', to: 'shared/roster/dynamodb-roster-store.ts' },
      { from: 'shared/claims/use-cases.ts', to: 'shared/claims/dynamodb-claim-store.ts' },
      { from: 'functions/claims-post.ts', to: 'shared/claims/dynamodb-claim-store.ts' },
    ];
    samples.forEach((edge, i) => {
      expect(RULES[i]![1](edge), `${RULES[i]![0]}: ${edge.from} -> ${edge.to}`).toBe(true);
    });
  });
});
