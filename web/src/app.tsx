/**
 * The console app: React, antd (zero-runtime, web/src/theme.ts), TanStack Query and the router. Loaded by the
 * entry (main.tsx), which first starts the landing page's requests.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/client';
import { router } from './routes';
import './styles.css';
import { THEME } from './theme';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change on retry; a network failure or 5xx may.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      // Option lists here are short (≤ 18 items): render them all, so every option is reachable by screen readers.
      virtual={false}
      // "登录", not "登 录": no space inserted between two Chinese characters of a button.
      button={{ autoInsertSpace: false }}
      // Zero-runtime antd with the console's tokens (contrast, no motion): web/src/theme.ts. Component styles come
      // from the stylesheet built at build time (virtual:antd.css, web/antd-styles.ts).
      theme={THEME}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);

// Repeat visits: the service worker serves the hashed assets from its cache (web/public/sw.js). Once it is
// ready, it is told which assets this first visit already loaded, so it caches those too. Registered after the
// page's load event (this module may run after it: main.tsx imports it), so it never competes with the first screen.
function registerWorker(): void {
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const assets = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => new URL(u).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ assets });
    })
    .catch(() => undefined);
}
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  if (document.readyState === 'complete') registerWorker();
  else window.addEventListener('load', registerWorker);
}
