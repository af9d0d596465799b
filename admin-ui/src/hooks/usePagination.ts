import { useCallback, useContext, useMemo } from 'react';
import { UNSAFE_DataRouterContext, useLocation, useSearchParams } from 'react-router';
import type { PageMeta } from '@/api/types';

export interface ListState {
  page: number;
  size: number;
  /** "field,asc" or "field,desc"; empty for the server's default order */
  sort: string;
  q: string;
  filters: Record<string, string>;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * A list's page, size, sort, search and filters, kept in the URL: a link shows the same list, and back/forward move
 * through what the user did. Changing anything but the page starts again at page 1.
 */
export function usePagination(filterNames: readonly string[], defaults: { size?: number; sort?: string } = {}) {
  const [params, setParams] = useSearchParams();
  const leaving = useLeavingPage();
  const defaultSize = defaults.size ?? 20;
  const defaultSort = defaults.sort ?? '';

  const state: ListState = useMemo(() => {
    const page = Math.max(0, Number.parseInt(params.get('page') ?? '1', 10) - 1 || 0);
    const sizeParam = Number.parseInt(params.get('size') ?? '', 10);
    const size = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : defaultSize;
    const filters: Record<string, string> = {};
    filterNames.forEach((name) => {
      const value = params.get(name);
      if (value) filters[name] = value;
    });
    return { page, size, sort: params.get('sort') ?? defaultSort, q: params.get('q') ?? '', filters };
    // filterNames is a constant list per screen.
  }, [params, defaultSize, defaultSort]);

  const update = useCallback(
    (patch: Partial<Omit<ListState, 'filters'>> & { filters?: Record<string, string | undefined> }) => {
      // A search that settles after the user clicked a row would replace the pending move to that row's page
      // (its code may still be loading) with this list: the user has left, so the search no longer matters.
      if (leaving()) return;
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (name: string, value: string | undefined, fallback = '') => {
            if (value === undefined || value === '' || value === fallback) next.delete(name);
            else next.set(name, value);
          };
          if (patch.size !== undefined) set('size', String(patch.size), String(defaultSize));
          if (patch.sort !== undefined) set('sort', patch.sort, defaultSort);
          if (patch.q !== undefined) set('q', patch.q);
          if (patch.filters) Object.entries(patch.filters).forEach(([name, value]) => set(name, value));
          if (patch.page !== undefined) set('page', String(patch.page + 1), '1');
          else next.delete('page');
          return next;
        },
        // Typing in the search box must not fill the history with one entry per pause.
        { replace: patch.q !== undefined },
      );
    },
    [setParams, leaving, defaultSize, defaultSort],
  );

  const apiQuery = useMemo(
    () => ({ page: state.page, size: state.size, sort: state.sort || undefined, q: state.q || undefined, ...state.filters }),
    [state],
  );

  // The wiring every list screen gives its SearchFilter, DataTable sort and Pagination.
  const filtered = Boolean(state.q) || Object.keys(state.filters).length > 0;
  const searchFilterProps = {
    search: state.q,
    onSearch: (q: string) => update({ q }),
    values: state.filters,
    onFilter: (name: string, value: string | undefined) => update({ filters: { [name]: value } }),
    onClear: () => update({ q: '', filters: Object.fromEntries(filterNames.map((name) => [name, undefined])) }),
  };
  const sortProps = { sort: state.sort, onSortChange: (sort: string) => update({ sort }) };
  const paginationProps = (page: PageMeta) => ({
    page: page.number,
    size: page.size,
    totalElements: page.totalElements,
    totalPages: page.totalPages,
    exactTotal: page.exactTotal,
    onPageChange: (number: number) => update({ page: number }),
    onSizeChange: (size: number) => update({ size }),
  });

  return { state, update, apiQuery, filtered, searchFilterProps, sortProps, paginationProps };
}

/**
 * Whether the router is moving to, or already on, another page than this one, asked of the router itself when an
 * update happens: what a render would show is applied in a transition, and on a busy machine it lagged behind a
 * search that settled just after the click on a row.
 */
function useLeavingPage() {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const { pathname } = useLocation();
  return useCallback(() => {
    if (!dataRouter) return false;
    const { navigation, location } = dataRouter.router.state;
    const movingAway = navigation.state !== 'idle' && navigation.location?.pathname !== pathname;
    return movingAway || location.pathname !== pathname;
  }, [dataRouter, pathname]);
}
