import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run bench:console` (after `npm run build`): gzip sizes of the console's JavaScript and CSS — the first
 * page (the entry and everything it imports statically) and each route chunk (what opening that page adds).
 * Budget: first page ≤ 350 KiB gzip of JavaScript.
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
    js += gz(c.file);
    for (const f of c.css ?? []) cssFiles.add(f);
  }
  for (const f of cssFiles) css += gz(f);
  return { js, css };
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const first = closure(entryKey);
const firstSize = size(first);
const rows: string[][] = [['first page (entry + static imports)', kib(firstSize.js), kib(firstSize.css)]];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry) continue;
  const added = [...closure(key)].filter((k) => !first.has(k));
  const s = size(added);
  rows.push([`route chunk ${chunk.src ?? chunk.name ?? key}`, kib(s.js), kib(s.css)]);
}
console.log('| what | JS KiB gzip | CSS KiB gzip |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const budget = 350 * 1024;
console.log(
  `\nfirst page JS ${kib(firstSize.js)} KiB gzip: ${firstSize.js <= budget ? 'within' : 'OVER'} the 350 KiB budget`,
);
