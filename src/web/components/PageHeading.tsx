import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * The one h1 of a page. It can take focus from script (tabIndex -1, not in the tab order):
 * after a navigation inside the app the layout moves focus here, so screen-reader users
 * hear the new page's name, as they would after a full page load.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading1 tabIndex={-1} className="kring-page-heading">
      {children}
    </Heading1>
  );
}
