import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console (docs/web.md). `vite build` makes the local build (sign-in through the local gateway's
 * /dev/token); `vite build --mode deployed` makes the deployed build (OpenID Connect only: the local
 * sign-in code is dropped at build time, and a test checks it is absent).
 */
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  define: {
    __LOCAL_SIGN_IN__: JSON.stringify(mode !== 'deployed'),
  },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../shared') } },
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      // `npm run dev:web`: the API of a running `npm start` (API_URL, default http://127.0.0.1:3000).
      '/v1': process.env.API_URL ?? 'http://127.0.0.1:3000',
      '/dev/token': process.env.API_URL ?? 'http://127.0.0.1:3000',
    },
  },
}));
