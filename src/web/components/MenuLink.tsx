import type { ReactNode } from 'react';
import { useMatch } from 'react-router';
import { RouterLink } from './RouterLink.tsx';

/** A link in a page's own menu; the page you are on is marked (aria-current), not by colour. */
export function MenuLink({ to, children }: { to: string; children: ReactNode }) {
  const hier = useMatch({ path: to, end: true }) !== null;
  return (
    <RouterLink to={to} aria-current={hier ? 'page' : undefined}>
      {children}
    </RouterLink>
  );
}
