/**
 * The console's antd theme (docs/web.md "Accessibility" and "Sizes, repeat visits and Lighthouse"). Shared by
 * `main.tsx` (the running console) and `web/antd-styles.ts`, which renders the antd components the console uses
 * once at build time and writes their styles into a static stylesheet: with `zeroRuntime` antd computes and
 * injects no component styles in the browser. Plain data only: it is imported by Node at build time.
 *
 * - `hashed: false`: plain `.ant-btn` selectors, so the stylesheet built in Node matches the browser's classes.
 * - Colours are CSS variables (antd 6 `cssVar`), set at run time from these tokens: #0958d9 and the rest keep
 *   4.5:1 contrast on white (antd's default #1677ff does not); hover and active are darker still (antd would
 *   lighten the hover), so a button under the pointer keeps white text readable.
 * - No motion: antd removes a leaving element (a button's loading spinner, a closed dropdown) only when its CSS
 *   transition reports its end. On a busy phone that event was seen never to arrive: the payment had succeeded,
 *   yet 发放 kept spinning. Without motion the spinner goes the moment the request ends.
 */
export const THEME_TOKENS = {
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
} as const;

export const THEME = { hashed: false, zeroRuntime: true, token: THEME_TOKENS } as const;
