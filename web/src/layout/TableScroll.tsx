import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside the page on a phone (the page itself never does). Keyboard users
 * reach it with Tab and scroll it with the arrow keys (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
