import { API_ORIGIN } from './api/origin';
import { getSession } from './auth/session';
import { peekEarly, startEarly } from './lib/early';
import { mayOpen, type PageDef, pageAt } from './pages/registry';

/*
 * The console's entry: a few KiB that run as soon as they arrive (docs/web.md "Sizes, repeat visits and
 * Lighthouse"). Before React and antd (the app, `app.tsx`) are fetched, it starts what the landing page needs
 * first: the page's first API requests (lib/early.ts), and for a page with a `preview` (the case list), it paints
 * the page's first content from that answer as plain HTML. Then it loads the page's chunk and the app. On a slow
 * village network the page's data thus travels first, alone, instead of behind ~200 KiB of framework.
 */
/**
 * Runs `start` once the browser has painted the app shell: an animation frame comes just before a paint, and a task
 * queued from it runs after that paint. Evaluating React and antd (hundreds of milliseconds on a phone) would
 * otherwise be able to take the main thread before the first paint, and the shell would show only once the
 * framework had run. A hidden tab runs no animation frames: the timer starts the app anyway.
 */
function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/**
 * The longest the framework waits for the landing page's first content (`showContent`). On a slow link the page's
 * data and the framework (~200 KiB gzip) share the bandwidth: the data goes first and the cards are painted from
 * it, then the framework follows. If the data is slower than this, the framework starts anyway.
 */
const CONTENT_WAIT_MS = 1500;

/**
 * Paints the landing page's first content (its `preview`, e.g. the case cards) into the shell from the page's
 * first early response, in place of "正在加载…". Resolves once that is on screen, or at once when there is nothing
 * to paint (the request failed or was refused: the page itself will say so).
 */
async function showContent(page: PageDef, path: string | undefined): Promise<void> {
  const early = path && page.preview ? peekEarly(path) : undefined;
  if (!early || !page.preview) return;
  const [write, response] = await Promise.all([page.preview(), early]);
  if (!response.ok) return;
  const html = write(await response.json());
  const status = document.getElementById('boot-status');
  if (!html || !status) return;
  const content = document.createElement('div');
  content.className = 'boot-content';
  // Every text in it is escaped by the page's writer (pages/housing/caseCard.ts, pages/progress/facts.ts).
  content.innerHTML = html;
  status.replaceWith(content);
  await new Promise<void>((painted) => afterFirstPaint(painted));
}

const page = pageAt(location.pathname);
const session = getSession();
const landing = page && session && mayOpen(page, session.role) ? page : undefined;
let content: Promise<void> = Promise.resolve();
if (landing && session) {
  // The static app shell (index.html) already shows the header and the page's frame: name the page in it, so the
  // page's heading is on screen while the framework is still on its way. React replaces the shell when it renders.
  const heading = document.getElementById('boot-heading');
  if (heading) heading.textContent = landing.heading?.(session, new URLSearchParams(location.search)) ?? landing.title;
  // Network only, no script to run: the page's first API requests go out now.
  const first = landing.first?.(session, new URLSearchParams(location.search)) ?? [];
  for (const path of first) startEarly(API_ORIGIN, path, session.token);
  content = showContent(landing, first[0]).catch(() => undefined);
}

const startApp = () => {
  // The router loads the chunk again (the same module) and shows any failure.
  landing?.load().catch(() => undefined);
  import('./app').catch(() => {
    // The app's files did not arrive (network gone, or an old page after a new release): say so in Chinese.
    const root = document.getElementById('root');
    if (root) {
      root.setAttribute('role', 'alert');
      root.textContent = '页面加载失败：可能是网络中断或系统已更新，请刷新页面重试。';
    }
  });
};
// The framework's files are fetched from here, not preloaded by index.html: after the shell is painted and, for
// a page with a preview, after its first content is, so that they do not compete with the page's data.
afterFirstPaint(() => {
  void Promise.race([content, new Promise((wait) => setTimeout(wait, CONTENT_WAIT_MS))]).then(startApp);
});
