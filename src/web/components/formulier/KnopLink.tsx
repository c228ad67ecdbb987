import { ButtonLink } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/**
 * A link that looks like a button ("Beginnen", "Ga verder met uw vraag"), navigating inside
 * the app: the start of a form is a link, not a button (GOV.UK start button).
 */
export function KnopLink({
  to,
  children,
  secundair = false,
  onClick,
  state,
}: {
  to: string;
  children: ReactNode;
  secundair?: boolean;
  onClick?: () => void;
  /** The router's state for the next page (never personal data in the address). */
  state?: unknown;
}) {
  const href = useHref(to);
  const navigeer = useLinkClickHandler<HTMLAnchorElement>(to, { state });
  return (
    <ButtonLink
      href={href}
      appearance={secundair ? 'secondary-action-button' : 'primary-action-button'}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.();
        navigeer(event);
      }}
    >
      {children}
    </ButtonLink>
  );
}
