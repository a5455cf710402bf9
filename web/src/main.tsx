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
      // #0958d9 keeps 4.5:1 contrast on white (antd's default #1677ff does not); hover and active are darker
      // still (antd would lighten the hover), so a button under the pointer keeps white text readable.
      // No motion: antd removes a leaving element (a button's loading spinner, a closed dropdown) only when its
      // CSS transition reports its end. On a busy phone that event was seen never to arrive: the payment had
      // succeeded, yet 发放 kept spinning. Without motion the spinner goes the moment the request ends.
      theme={{
        token: {
          motion: false,
          colorPrimary: '#0958d9',
          colorPrimaryHover: '#003eb3',
          colorPrimaryActive: '#002c8c',
          colorLink: '#0958d9',
          colorTextPlaceholder: '#6b6b6b',
          colorError: '#cf1322',
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
          fontSize: 15,
        },
      }}
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
// ready, it is told which assets this first visit already loaded, so it caches those too.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
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
  });
}
