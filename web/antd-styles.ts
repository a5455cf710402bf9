import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import * as antd from 'antd';
import { type ComponentType, createElement as h, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { THEME } from './src/theme';

/**
 * The console's antd stylesheet, built at build time (docs/web.md "Sizes, repeat visits and Lighthouse").
 *
 * The console runs antd in zero-runtime mode (`web/src/theme.ts`): the browser no longer serialises and injects
 * each component's styles while rendering, which was most of the first screen's main-thread time on a phone.
 * The styles come from this stylesheet instead, holding only the components the console imports: every
 * `import { … } from 'antd'` under `web/src` is read, each component (and each `Component.Sub` the sources use)
 * is rendered once in Node with the console's theme, and the styles antd registered are extracted
 * (`@ant-design/cssinjs` `extractStyle`). A page that starts using another antd component gets its styles on
 * the next build without anyone listing it. Colours and sizes in it are CSS variables (`var(--ant-color-primary)`),
 * which antd still sets at run time from the console's tokens, so the contrast tokens apply unchanged.
 */
type Antd = Record<string, unknown>;
type Comp = ComponentType<Record<string, unknown>>;
const A = antd as unknown as Antd;

/** Components whose default render does not register every style the console needs (popups render as panels). */
const RECIPES: Record<string, () => ReactNode[]> = {
  Modal: () => {
    const Panel = (A.Modal as { _InternalPanelDoNotUseOrYouWillBeFired: Comp })._InternalPanelDoNotUseOrYouWillBeFired;
    return [h(Panel, { key: 'modal' }), h(Panel, { key: 'confirm', type: 'confirm' })];
  },
  Drawer: () => [
    h((A.Drawer as { _InternalPanelDoNotUseOrYouWillBeFired: Comp })._InternalPanelDoNotUseOrYouWillBeFired, {
      key: 'drawer',
    }),
  ],
  Menu: () => [
    h(A.Menu as Comp, {
      key: 'menu',
      mode: 'inline',
      items: [
        { key: 'a', label: 'a' },
        { key: 's', label: 's', children: [{ key: 'b', label: 'b' }] },
      ],
    }),
  ],
  Form: () => [h(A.Form as Comp, { key: 'form' }, h((A.Form as { Item: Comp }).Item, { label: 'a', help: 'b' }))],
  Radio: () => [
    h(A.Radio as Comp, { key: 'radio' }),
    h((A.Radio as { Group: Comp }).Group, { key: 'group', optionType: 'button', options: ['a'] }),
  ],
  Image: () => [h(A.Image as Comp, { key: 'image', src: 'data:,' })],
  // Hooks and providers only: nothing of their own to style.
  Grid: () => [],
  ConfigProvider: () => [],
};
/** `Component.Sub` names that are not components (or render nothing of their own). */
const NOT_RENDERED = new Set(['Form.List', 'Form.ErrorList', 'Form.Provider']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The antd components (and `Component.Sub` parts) a source file uses, by its `import { … } from 'antd'`. */
export function antdComponentsIn(text: string): string[] {
  const used = new Set<string>();
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)) {
    for (const spec of (m[1] ?? '').split(',')) {
      const parts = spec.trim().split(/\s+as\s+/);
      const name = parts[0]?.trim() ?? '';
      if (!/^[A-Z]\w*$/.test(name)) continue; // `type X`, lower-case helpers (theme, message)
      const local = (parts[1] ?? name).trim();
      used.add(name);
      for (const sub of text.matchAll(new RegExp(`\\b${local}\\.([A-Z]\\w*)`, 'g'))) used.add(`${name}.${sub[1]}`);
    }
  }
  return [...used].sort();
}

/** The antd components (and `Component.Sub` parts) the sources under `srcDir` use. */
export function antdComponentsUsed(srcDir: string): string[] {
  return [...new Set(sourceFiles(srcDir).flatMap((f) => antdComponentsIn(readFileSync(f, 'utf8'))))].sort();
}

function nodesFor(name: string): ReactNode[] {
  const [root, sub] = name.split('.') as [string, string | undefined];
  const component = A[root];
  if (!component) throw new Error(`antd has no export ${root} (imported under web/src)`);
  if (!sub) return RECIPES[root]?.() ?? [h(component as Comp, { key: name })];
  if (NOT_RENDERED.has(name)) return [];
  const part = (component as Record<string, unknown>)[sub];
  if (!part) throw new Error(`antd has no ${name} (used under web/src)`);
  return [h(part as Comp, { key: name })];
}

/** Whether a component (or `Component.Sub`) has styles of its own to extract (hooks and providers do not). */
export const hasStyles = (name: string): boolean => nodesFor(name).length > 0;

/** The stylesheet (plain CSS) of the given antd components with the console's theme. */
export function antdStylesheet(components: readonly string[]): string {
  const cache = createCache();
  const theme = { ...THEME, zeroRuntime: false };
  // Each component alone, so one that needs a parent context it lacks cannot hide the others' styles.
  for (const name of components) {
    const nodes = nodesFor(name);
    if (nodes.length === 0) continue;
    renderToString(h(StyleProvider, { cache }, h(A.ConfigProvider as Comp, { theme }, ...nodes)));
  }
  return extractStyle(cache, { plain: true, types: 'style' });
}

/**
 * The stylesheet without repeated top-level blocks (a rule, or an at-rule with its body), keeping the first:
 * components extracted one at a time each carry antd's shared reset and the styles of parts they render (a form
 * item's grid), and Vite joins the ones a chunk uses into one file.
 */
export function withoutRepeatedBlocks(css: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < css.length; i += 1) {
    const ch = css[i];
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && --depth === 0) {
      const block = css.slice(start, i + 1).trim();
      if (!seen.has(block)) {
        seen.add(block);
        out.push(block);
      }
      start = i + 1;
    } else if (ch === ';' && depth === 0) {
      // A statement at-rule (@charset, @import): kept once, in place.
      const statement = css.slice(start, i + 1).trim();
      if (statement && !seen.has(statement)) {
        seen.add(statement);
        out.push(statement);
      }
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out.join('\n');
}
