import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdComponentsIn, antdStylesheet, hasStyles, withoutRepeatedBlocks } from './antd-styles';

/**
 * antd runs in zero-runtime mode (web/src/theme.ts): it injects no component styles, so each source file that
 * imports antd components gets `import 'virtual:antd-style/<Component>.css'` for each of them, whose CSS is
 * extracted at build time (web/antd-styles.ts). Vite then ships each component's styles with the chunk that uses
 * it: the first page carries only the layout's and the landing page's styles, and a page fetches its own.
 */
function antdStaticStyles(srcDir: string): Plugin {
  const prefix = 'virtual:antd-style/';
  return {
    name: 'zlt-antd-static-styles',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith(prefix) ? source : undefined),
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      return antdStylesheet([id.slice(prefix.length, -'.css'.length)]);
    },
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle))
        if (asset.type === 'asset' && asset.fileName.endsWith('.css') && typeof asset.source === 'string')
          asset.source = withoutRepeatedBlocks(asset.source);
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || !/\.tsx?$/.test(id) || !code.includes("from 'antd'")) return undefined;
      const imports = antdComponentsIn(code)
        .filter(hasStyles)
        .map((c) => `import '${prefix}${c}.css';`);
      return imports.length ? { code: `${imports.join('')}${code}`, map: null } : undefined;
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  base: '/',
  plugins: [
    react(),
    antdStaticStyles(resolve(import.meta.dirname, 'src')),
    // No modulepreload of the app in index.html: the entry fetches it once the landing page's data and first
    // content have gone first (main.tsx, docs/web.md "Sizes, repeat visits and Lighthouse").
  ],
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
