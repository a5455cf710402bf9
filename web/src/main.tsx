import { API_ORIGIN } from './api/origin';
import { getSession } from './auth/session';
import { startEarly } from './lib/early';
import { mayOpen, pageAt } from './pages/registry';

/**
 * The console's entry: a few KiB that run as soon as they arrive (docs/web.md "Sizes, repeat visits and
 * Lighthouse"). Before React and antd (the app, `app.tsx`, whose files index.html already preloads) have
 * downloaded, it starts what the landing page will need next: the page's first API requests (lib/early.ts) and
 * the page's own chunk. On a slow village network these then travel alongside the framework instead of after it.
 */
const page = pageAt(location.pathname);
const session = getSession();
if (page && session && mayOpen(page, session.role)) {
  // The static app shell (index.html) already shows the header and the page's frame: name the page in it, so the
  // page's heading is on screen while the framework is still on its way. React replaces the shell when it renders.
  const heading = document.getElementById('boot-heading');
  if (heading) heading.textContent = page.heading?.(session, new URLSearchParams(location.search)) ?? page.title;
  for (const path of page.first?.(session, new URLSearchParams(location.search)) ?? [])
    startEarly(API_ORIGIN, path, session.token);
  // The router loads the chunk again (the same module) and shows any failure.
  page.load().catch(() => undefined);
}

import('./app').catch(() => {
  // The app's files did not arrive (network gone, or an old page after a new release): say so in Chinese.
  const root = document.getElementById('root');
  if (root) {
    root.setAttribute('role', 'alert');
    root.textContent = '页面加载失败：可能是网络中断或系统已更新，请刷新页面重试。';
  }
});
