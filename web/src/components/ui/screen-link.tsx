import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to another screen of the app, followed without a page load (a session kept in the page
 * alone would not survive one). The router (wouter, in app/) listens to history.pushState, so
 * this needs no import of it: importing the router from a screen's chunk split it out of the
 * entry into a chunk of its own, a kilobyte more on every route.
 */
export function ScreenLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', href);
  }
  return (
    <a href={href} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
