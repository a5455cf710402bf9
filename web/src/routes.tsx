import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/States';
import { PAGES } from './pages/registry';

const lazyPage = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

/**
 * Sign-in routes. The local ones (a page listing roles, townships and hospitals; /dev-login?role=…) exist only
 * in the local build: `__LOCAL_SIGN_IN__` is a build-time constant, so the deployed build drops them and their
 * chunk entirely (tests/infra/console-build.test.ts).
 */
const signInRoutes: RouteObject[] = __LOCAL_SIGN_IN__
  ? [
      { path: '/sign-in', lazy: lazyPage(() => import('./auth/local/SignIn')) },
      { path: '/dev-login', lazy: lazyPage(() => import('./auth/local/DevLogin')) },
    ]
  : [
      { path: '/sign-in', lazy: lazyPage(() => import('./auth/OidcSignIn')) },
      { path: '/auth/callback', lazy: lazyPage(() => import('./auth/OidcCallback')) },
    ];

export const router = createBrowserRouter([
  ...signInRoutes,
  {
    path: '/',
    Component: AppLayout,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: lazyPage(() => import('./pages/Home')) },
      ...PAGES.map((p) => ({ path: p.path, lazy: lazyPage(p.load), handle: { page: p } })),
      { path: '*', lazy: lazyPage(() => import('./pages/NotFound')) },
    ],
  },
]);
