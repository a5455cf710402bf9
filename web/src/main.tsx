import { API_ORIGIN } from './api/origin';
import { getSession } from './auth/session';
import { startEarly } from './lib/early';
import { mayOpen, pageAt } from './pages/registry';

/*
 * The console's entry: a few KiB that run as soon as they arrive (docs/web.md "Sizes, repeat visits and
 * Lighthouse"). Before React and antd (the app, `app.tsx`, whose files index.html already preloads) have
 * downloaded, it starts what the landing page will need next: the page's first API requests (lib/early.ts) and
 * the page's own chunk. On a slow village network these then travel alongside the framework instead of after it.
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

const page = pageAt(location.pathname);
const session = getSession();
const landing = page && session && mayOpen(page, session.role) ? page : undefined;
if (landing && session) {
  // The static app shell (index.html) already shows the header and the page's frame: name the page in it, so the
  // page's heading is on screen while the framework is still on its way. React replaces the shell when it renders.
  const heading = document.getElementById('boot-heading');
  if (heading) heading.textContent = landing.heading?.(session, new URLSearchParams(location.search)) ?? landing.title;
  // Network only, no script to run: the page's first API requests go out now.
  for (const path of landing.first?.(session, new URLSearchParams(location.search)) ?? [])
    startEarly(API_ORIGIN, path, session.token);
}

afterFirstPaint(() => {
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
});
