import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseListHeading } from '../../../web/src/pages/housing/caseQuery.js';
import { progressHeading } from '../../../web/src/pages/progress/cutOff.js';

/** The static app shell (web/index.html) the browser paints before any script (docs/web.md "The app shell"). */
const html = readFileSync(resolve(import.meta.dirname, '../../../web/index.html'), 'utf8');
const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('<script type="module"'));

describe('console: the app shell in index.html', () => {
  it('draws the header and the page frame with its heading inside #root, which React replaces', () => {
    expect(root).toMatch(/<header class="boot-header">[\s\S]*扎兰屯脱贫攻坚[\s\S]*<\/header>/);
    expect(root).toMatch(/<main class="boot-page">\s*<h1 id="boot-heading">[^<]+<\/h1>/);
    expect(root).toMatch(/role="status">正在加载…</);
  });
  it('needs no script and no stylesheet to paint: its styles are inline, the only script is the module entry', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<style>[\s\S]*\.boot-header[\s\S]*<\/style>/);
    expect(head).not.toMatch(/<link rel="stylesheet"/);
    // CSP: script-src 'self' (no inline scripts).
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script type="module" src="/src/main.tsx">',
    ]);
  });
  it('names the landing page as the page itself does (one function for both)', () => {
    expect(caseListHeading('中和镇')).toBe('危房改造档案 · 中和镇');
    expect(caseListHeading(undefined)).toBe('危房改造档案');
    expect(progressHeading('2019-06-15')).toBe('工程进度 · 截至2019年6月15日');
    expect(progressHeading('2019-08-01')).toBe('工程进度 · 截至2019年8月1日');
  });
});
