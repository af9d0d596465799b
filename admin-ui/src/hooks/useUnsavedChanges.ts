import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Keeps what was typed: leaving a form with unsaved changes asks first, for links inside the app (the router's
 * blocker) and for closing or reloading the tab (beforeunload). `allow()` lets the navigation after a successful
 * save through (it happens before the form re-renders as clean).
 */
export function useUnsavedChanges(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const allow = useCallback(() => {
    allowed.current = true;
  }, []);

  return { blocker, allow };
}
