import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { navigation } from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LoadSimulator } from 'lighthouse/core/computed/load-simulator.js';
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js';
import { ProcessedNavigation } from 'lighthouse/core/computed/processed-navigation.js';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse 12.2.3, mobile profile (its default: a
 * mid-range phone, simulated slow 4G and 4× CPU slowdown), against the built console served by the local stack
 * (started here on a free port with the demo data, exactly as `npm start`), driving Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium). Prints performance score, LCP, TBT, CLS (and FCP) for the case list
 * and the progress dashboard, each on a first visit (empty cache, no service worker) and a repeat visit (the
 * service worker's cache), and writes the full reports to .bench/lighthouse/.
 *
 * Signing in: the local console keeps its token in sessionStorage under `zlt.session` (web/src/auth/session.ts),
 * per tab and per origin. The script takes a token from the local gateway's POST /dev/token (as /dev-login
 * does), opens a same-origin URL that loads none of the console's assets (`/v1/`, the API's JSON 404; any
 * other path would load the console itself and warm the cache), writes the
 * token into that tab's sessionStorage, and has Lighthouse load the page in the same tab with
 * `disableStorageReset` (otherwise Lighthouse would clear the session). Each first visit uses a fresh browser
 * context, so its HTTP cache and service workers are empty.
 *
 * The content figure: LCP times the largest paint, which since the app shell is the shell's heading, not the
 * page's content. Each page names its first piece of content for the Element Timing API (`elementtiming`: the first
 * case card's title, the dashboard's 档案户数 figure; the plain-HTML cards the entry paints carry it too), and the
 * script reads when it was first painted in the run Lighthouse observed. Lighthouse's LCP is not that observed
 * time but its simulation of the load on a phone (Lantern: the requests and main-thread work that came before the
 * paint, replayed on slow 4G and a 4× slower CPU), so the script asks the same simulation when a paint at the
 * content's moment would have come, as if the content were the largest paint: `content` in the table and the
 * `_content_s` RESULT lines, comparable with LCP. As a check it asks it for the observed LCP too, which must
 * give Lighthouse's own LCP (`lcp check`).
 */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.bench/lighthouse');
const DASHBOARD_CUT_OFF = '2019-06-15';

interface Target {
  name: string;
  path: string;
  caller: Record<string, string>;
  /** Text of the page's h1 once signed in. */
  heading: string;
  /** The `elementtiming` name of the page's first content (the first case card's title, the first figure). */
  content: string;
  /** Name in the RESULT lines. */
  key: string;
}
const TARGETS: Target[] = [
  {
    name: 'case list (township clerk)',
    path: '/cases',
    caller: { role: 'township', township: 'zhonghe' },
    heading: '危房改造档案',
    content: 'case-card',
    key: 'case_list',
  },
  {
    name: 'progress dashboard (housing office)',
    path: `/progress?asOf=${DASHBOARD_CUT_OFF}`,
    caller: { role: 'housing-office' },
    heading: '工程进度',
    content: 'total-cases',
    key: 'dashboard',
  },
];
/** Runs per page and visit; the table shows the median of each figure (RUNS=1 for a quick look). */
const RUNS = Number(process.env.RUNS ?? 3);

async function startStack(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the local stack did not start within 240 s:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Local API ready at (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`the local stack exited (${code}):\n${output}`)));
  });
  return { url, child };
}

async function token(base: string, caller: Record<string, string>): Promise<string> {
  const r = await fetch(`${base}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caller),
  });
  const body = (await r.json()) as { token?: string };
  if (!body.token) throw new Error(`no token for ${JSON.stringify(caller)}: HTTP ${r.status}`);
  return body.token;
}

interface Figures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  /** When the page's first content painted, simulated as Lighthouse simulates LCP (see above). */
  content: number;
  /** The same, as observed in the unthrottled run (ms after navigation start). */
  contentObserved: number;
  /** Lantern's answer for the observed LCP: must equal `lcp`. */
  lcpCheck: number;
  /** Speed index: how soon the page as a whole (the cards, the figures: not just the LCP element) is drawn. */
  si: number;
  /** Lighthouse's CPU benchmark index of the run (an idle desktop scores ~1,500–2,500; lower is a busier CPU). */
  bench: number;
  /** The machine's 1-minute load average when the run ended. */
  load: number;
  /** The element Lighthouse took as the largest contentful paint (its snippet), so a reader sees what was timed. */
  lcpElement: string;
}

/** The LCP element's HTML snippet from the `largest-contentful-paint-element` audit (its first node item). */
function lcpElementOf(audit: unknown): string {
  let found = '';
  const walk = (v: unknown): void => {
    if (found || !v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'node' && typeof o.snippet === 'string') {
      found = o.snippet.replace(/\s+/g, ' ').slice(0, 100);
      return;
    }
    for (const x of Object.values(o)) walk(x);
  };
  walk((audit as { details?: unknown } | undefined)?.details);
  return found;
}

/**
 * The page's own last largest-contentful-paint entry (Lighthouse 12.2.3's element audit fails with this Chromium):
 * the element's tag, id and text when it is still in the page, else its id (the app shell's heading is
 * `boot-heading`) and size, and the unthrottled time it was painted.
 */
async function lcpEntryOf(page: Page): Promise<string> {
  return page
    .evaluate(`new Promise((ok) => {
      setTimeout(() => ok('(no entry)'), 3000);
      new PerformanceObserver((list) => {
        const e = list.getEntries().at(-1);
        if (!e) return ok('(no entry)');
        const el = e.element;
        const what = el
          ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"'
          : '(removed' + (e.id ? ' #' + e.id : '') + ')';
        ok(what + ', ' + Math.round(e.size) + ' px², painted at ' + Math.round(e.startTime) + ' ms unthrottled');
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    })`)
    .then((x) => String(x))
    .catch((e: Error) => `(unknown: ${e.message})`);
}

/** The first paint of the element named `name` for the Element Timing API, in ms after navigation start. */
async function elementPaintOf(page: Page, name: string): Promise<number> {
  const at = await page.evaluate(`new Promise((ok) => {
      setTimeout(() => ok(-1), 3000);
      new PerformanceObserver((list) => {
        const times = list.getEntries().filter((e) => e.identifier === ${JSON.stringify(name)}).map((e) => e.startTime);
        ok(times.length ? Math.min(...times) : -1);
      }).observe({ type: 'element', buffered: true });
    })`);
  return typeof at === 'number' && at >= 0 ? at : Number.NaN;
}

// Lighthouse's internal modules, untyped here: the computed artifacts it uses for its own LCP audit.
interface Computed {
  request(data: unknown, context: unknown): Promise<unknown>;
}
type Timestamps = { timeOrigin: number; largestContentfulPaint?: number };
/**
 * Lantern's simulated time (ms) of a paint observed `observedMs` after navigation start: Lighthouse's LCP
 * computation (Lantern.Metrics.LargestContentfulPaint over the same page graph, simulator and FCP), with the
 * LCP moment replaced by the given one.
 */
async function simulatedPaint(artifacts: unknown, observedMs: number | 'lcp'): Promise<number> {
  const a = artifacts as {
    traces: { defaultPass: unknown };
    devtoolsLogs: { defaultPass: unknown };
    GatherContext: unknown;
    URL: unknown;
    settings: unknown;
  };
  const data = {
    trace: a.traces.defaultPass,
    devtoolsLog: a.devtoolsLogs.defaultPass,
    gatherContext: a.GatherContext,
    settings: a.settings,
    URL: a.URL,
    simulator: null,
  };
  const context = { computedCache: new Map() };
  const graph = await (PageDependencyGraph as unknown as Computed).request(data, context);
  const nav = (await (ProcessedNavigation as unknown as Computed).request(data.trace, context)) as {
    timestamps: Timestamps;
  };
  const simulator = await (LoadSimulator as unknown as Computed).request(data, context);
  const fcpResult = await (LanternFirstContentfulPaint as unknown as Computed).request(data, context);
  const at =
    observedMs === 'lcp' ? nav.timestamps.largestContentfulPaint : nav.timestamps.timeOrigin + observedMs * 1000;
  if (at === undefined || Number.isNaN(at)) return Number.NaN;
  const lcp = (
    Lantern as unknown as {
      Metrics: { LargestContentfulPaint: { compute: (d: unknown, e: unknown) => { timing: number } } };
    }
  ).Metrics.LargestContentfulPaint;
  return lcp.compute(
    {
      simulator,
      graph,
      processedNavigation: { ...nav, timestamps: { ...nav.timestamps, largestContentfulPaint: at } },
    },
    { fcpResult },
  ).timing;
}

async function measure(page: Page, url: string, file: string, target: Target): Promise<Figures> {
  const expected = target.heading;
  const result = await navigation(page as never, url, {
    flags: { disableStorageReset: true, onlyCategories: ['performance'], output: 'html' },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  writeFileSync(join(outDir, `${file}.html`), result.report as string);
  const lhr = result.lhr;
  // The page measured is the signed-in page, not the sign-in form it would redirect to without the session.
  const heading = await page.$eval('h1', (h) => h.textContent ?? '').catch(() => '');
  if (!heading.includes(expected)) throw new Error(`${url}: expected the heading "${expected}", found "${heading}"`);
  await page.screenshot({ path: join(outDir, `${file}.png`) });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const contentObserved = await elementPaintOf(page, target.content);
  return {
    content: Number.isNaN(contentObserved) ? Number.NaN : await simulatedPaint(result.artifacts, contentObserved),
    contentObserved,
    lcpCheck: await simulatedPaint(result.artifacts, 'lcp'),
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
    si: audit('speed-index'),
    bench: Math.round(lhr.environment.benchmarkIndex),
    load: loadavg()[0] ?? Number.NaN,
    lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']) || (await lcpEntryOf(page)),
  };
}

async function visits(browser: Browser, base: string, target: Target, slug: string): Promise<[Figures, Figures]> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/v1/`);
    const jwt = await token(base, target.caller);
    await page.evaluate(`sessionStorage.setItem('zlt.session', ${JSON.stringify(jwt)})`);
    const first = await measure(page, `${base}${target.path}`, `${slug}-first`, target);
    // The first visit registered the service worker and handed it its assets; wait until it holds them.
    await page.waitForFunction(
      `(async () => {
        const script = document.querySelector('script[type=module]');
        return !!script && !!(await caches.match(script.src));
      })()`,
      { timeout: 30_000, polling: 250 },
    );
    const repeat = await measure(page, `${base}${target.path}`, `${slug}-repeat`, target);
    return [first, repeat];
  } finally {
    await context.close();
  }
}

function median(all: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    score: mid((f) => f.score),
    lcp: mid((f) => f.lcp),
    content: mid((f) => f.content),
    contentObserved: mid((f) => f.contentObserved),
    lcpCheck: mid((f) => f.lcpCheck),
    tbt: mid((f) => f.tbt),
    cls: mid((f) => f.cls),
    fcp: mid((f) => f.fcp),
    si: mid((f) => f.si),
    bench: mid((f) => f.bench),
    load: mid((f) => f.load),
    lcpElement: [...new Set(all.map((f) => f.lcpElement))].join(' | '),
  };
}

const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const { url: base, child } = await startStack();
  let browser: Browser | undefined;
  try {
    const office = await token(base, { role: 'housing-office' });
    const built = await fetch(`${base}/v1/reports/progress`, {
      method: 'POST',
      headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json' },
      body: JSON.stringify({ asOf: DASHBOARD_CUT_OFF }),
    });
    if (!built.ok) throw new Error(`building the ${DASHBOARD_CUT_OFF} progress report: HTTP ${built.status}`);
    browser = await puppeteer.launch({
      executablePath: chromePath,
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
    });
    const rows: string[] = [];
    const results: string[] = [];
    const elements: string[] = [];
    for (const [i, target] of TARGETS.entries()) {
      const firsts: Figures[] = [];
      const repeats: Figures[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const [first, repeat] = await visits(browser, base, target, `page-${i + 1}-run-${run}`);
        firsts.push(first);
        repeats.push(repeat);
      }
      for (const [visit, all, key] of [
        ['first visit', firsts, 'first'],
        ['repeat visit', repeats, 'repeat'],
      ] as const) {
        const f = median(all);
        const name = `lighthouse_${target.key}_${key}`;
        results.push(
          `RESULT ${name}_lcp_s ${(f.lcp / 1000).toFixed(2)} s`,
          `RESULT ${name}_content_s ${(f.content / 1000).toFixed(2)} s`,
          `RESULT ${name}_content_observed_ms ${Math.round(f.contentObserved)} ms`,
          `RESULT ${name}_tbt_ms ${Math.round(f.tbt)} ms`,
          `RESULT ${name}_speed_index_s ${(f.si / 1000).toFixed(2)} s`,
          `RESULT ${name}_benchmark_index ${f.bench}`,
          `RESULT ${name}_load_1min ${f.load.toFixed(1)}`,
        );
        elements.push(`${target.name}, ${visit}: LCP element ${f.lcpElement}`);
        rows.push(
          `| ${target.name} | ${visit} | ${f.score} | ${ms(f.lcp)} | ${ms(f.content)} | ${Math.round(f.contentObserved)} ms | ${Math.round(f.tbt)} ms | ${f.cls.toFixed(3)} | ${ms(f.fcp)} | ${ms(f.si)} | ${f.bench} | ${f.load.toFixed(1)} | ${all.map((x) => (x.lcp / 1000).toFixed(2)).join(' / ')} | ${all.map((x) => (x.content / 1000).toFixed(2)).join(' / ')} | ${all.map((x) => (x.lcpCheck / 1000).toFixed(2)).join(' / ')} |`,
        );
      }
    }
    const version = JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
    console.log(`Lighthouse ${version}, mobile profile, ${chromePath}, median of ${RUNS} run(s)`);
    console.log(
      '| page | visit | performance | LCP | content | content observed | TBT | CLS | FCP | speed index | benchmark index | load | LCP of each run (s) | content of each run (s) | lcp check (s) |\n' +
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
    );
    for (const r of rows) console.log(r);
    console.log('');
    for (const e of elements) console.log(e);
    console.log(
      `\nTarget LCP ≤ 2.5 s (first visit); content: the page's first case card or figure, simulated as LCP is. Full reports: ${outDir}`,
    );
    for (const r of results) console.log(r);
  } finally {
    await browser?.close();
    child.kill('SIGTERM');
  }
}

await main();
