import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, useMatches } from 'react-router';

export interface CrumbHandle {
  crumb?: string;
}

const LabelContext = createContext<(label: string | null) => void>(() => {});

/** Lets a details screen name the last crumb after the record it shows ("Acme SIM" instead of "Details"). */
export function BreadcrumbProvider({ children }: { children: (label: string | null) => ReactNode }) {
  const [label, setLabel] = useState<string | null>(null);
  return <LabelContext.Provider value={setLabel}>{children(label)}</LabelContext.Provider>;
}

export function useBreadcrumbLabel(label: string | null | undefined) {
  const setLabel = useContext(LabelContext);
  useEffect(() => {
    setLabel(label ?? null);
    return () => setLabel(null);
  }, [label, setLabel]);
}

/** Where you are, from the matched routes' `handle.crumb`; every crumb but the last is a link. */
export function Breadcrumb({ lastLabel }: { lastLabel: string | null }) {
  const crumbs = useMatches()
    .filter((match) => (match.handle as CrumbHandle | undefined)?.crumb)
    .map((match) => ({ path: match.pathname, label: (match.handle as CrumbHandle).crumb as string }));
  if (crumbs.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700 dark:text-slate-300">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true">/</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-slate-900 dark:text-slate-100">
                  {lastLabel ?? crumb.label}
                </span>
              ) : (
                <Link to={crumb.path} className="text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
