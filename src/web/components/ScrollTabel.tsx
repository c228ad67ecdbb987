import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a small screen. The scrolling region must be
 * reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so it takes
 * focus and is named by the heading it belongs to.
 */
export function ScrollTabel({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="kring-tabel-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
