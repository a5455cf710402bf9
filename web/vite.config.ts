import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
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

/**
 * The entry (main.tsx) is small and imports the app (app.tsx: React, antd, the router) dynamically, so that it can
 * start the landing page's requests first. Without help the browser would learn of the app's files only once the
 * entry has run, one round trip late: this adds `<link rel="modulepreload">` for the app chunk and every chunk it
 * imports statically, and `<link rel="preload" as="style">` for its stylesheets, to index.html, so they download
 * from the first moment, alongside the entry.
 */
function preloadApp(appSource: string): Plugin {
  return {
    name: 'zlt-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const app = chunks.find((c) => c.facadeModuleId === appSource);
        if (!app) throw new Error(`preloadApp: no chunk for ${appSource}`);
        const entry = chunks.find((c) => c.isEntry);
        const already = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') return;
          for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
          for (const i of chunk.imports) visit(i);
        };
        visit(app.fileName);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((f) => !already.has(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head',
          }));
        for (const f of css)
          tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `/${f}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  base: '/',
  plugins: [
    react(),
    antdStaticStyles(resolve(import.meta.dirname, 'src')),
    preloadApp(resolve(import.meta.dirname, 'src/app.tsx')),
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
