import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run bench:console` (after `npm run build`): gzip sizes of the console's JavaScript and CSS — the first
 * page (the small entry and the app it imports on every visit — React, antd, the router — with its stylesheets) and each route chunk (what opening that page adds, and that plus the first page: what
 * a visit landing on that page downloads). ECharts is its own row (lib/charts.ts), fetched when a page first draws
 * a chart. Budget: first page ≤ 350 KiB gzip of JavaScript, checked for the first page alone and with the case
 * list (a township clerk's first screen).
 */
interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = resolve(import.meta.dirname, '../web/dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const i of manifest[key]?.imports ?? []) closure(i, seen);
  return seen;
}

function size(keys: Iterable<string>): { js: number; css: number } {
  let js = 0;
  let css = 0;
  const cssFiles = new Set<string>();
  for (const k of keys) {
    const c = manifest[k]!;
    // antd's per-component styles are modules of their own (web/vite.config.ts): their file is a stylesheet.
    if (c.file.endsWith('.css')) cssFiles.add(c.file);
    else js += gz(c.file);
    for (const f of c.css ?? []) cssFiles.add(f);
  }
  for (const f of cssFiles) css += gz(f);
  return { js, css };
}

// The first page: the entry and its static imports, the app (app.tsx, which the entry imports on every visit) and
// its imports, and anything index.html loads or preloads.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlFiles = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!));
const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const first = closure(entryKey);
if (!manifest['src/app.tsx']) throw new Error('no src/app.tsx in the manifest');
closure('src/app.tsx', first);
for (const [key, chunk] of Object.entries(manifest)) if (htmlFiles.has(chunk.file)) closure(key, first);
const firstSize = size(first);
const rows: string[][] = [
  ['first page (entry + static imports)', kib(firstSize.js), kib(firstSize.css), kib(firstSize.js)],
];
const landing = new Map<string, number>();
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry) continue;
  const added = [...closure(key)].filter((k) => !first.has(k));
  const s = size(added);
  landing.set(chunk.src ?? key, firstSize.js + s.js);
  rows.push([`route chunk ${chunk.src ?? chunk.name ?? key}`, kib(s.js), kib(s.css), kib(firstSize.js + s.js)]);
}
console.log('| what | JS KiB gzip | CSS KiB gzip | JS with the first page |\n|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const budget = 350 * 1024;
const verdict = (bytes: number) => (bytes <= budget ? 'within' : 'OVER');
console.log(`\nfirst page JS ${kib(firstSize.js)} KiB gzip: ${verdict(firstSize.js)} the 350 KiB budget`);
// A township clerk's first screen after signing in is the case list: the entry and its route chunk together.
const cases = landing.get('src/pages/housing/CaseList.tsx');
if (cases !== undefined)
  console.log(`first page + case list JS ${kib(cases)} KiB gzip: ${verdict(cases)} the 350 KiB budget`);
