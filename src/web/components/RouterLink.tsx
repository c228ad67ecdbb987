import {
  Link,
  LinkListLink,
  type LinkListLinkProps,
  NavListLink,
  type NavListLinkProps,
} from '@utrecht/component-library-react';
import type { ComponentProps, MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useMatch } from 'react-router';

/**
 * NL Design System links that navigate inside the app without a page load.
 * They stay real `<a href>` elements, so "open in new tab", copy link and screen-reader
 * link lists keep working; only a plain left click is handled by the router.
 * Links to server pages (API documentation) use a plain Utrecht `Link` instead.
 */
function useRouterLink(to: string, onClick?: (event: MouseEvent<HTMLAnchorElement>) => void) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return { href, onClick: handleClick };
}

type To = { to: string };

export function RouterLink({
  to,
  onClick,
  ...props
}: Omit<ComponentProps<typeof Link>, 'href'> & To) {
  return <Link {...props} {...useRouterLink(to, onClick)} />;
}

export function RouterLinkListLink({
  to,
  onClick,
  ...props
}: Omit<LinkListLinkProps, 'href'> & To) {
  return <LinkListLink {...props} {...useRouterLink(to, onClick)} />;
}

/** A main-menu item; the page you are on gets aria-current="page" (WCAG 2.4.8 location). */
export function RouterNavListLink({ to, onClick, ...props }: Omit<NavListLinkProps, 'href'> & To) {
  const current = useMatch({ path: to, end: true }) !== null;
  return (
    <NavListLink
      {...props}
      {...useRouterLink(to, onClick)}
      aria-current={current ? 'page' : undefined}
    />
  );
}
