import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { api, type RequestOptions } from '@/api/client';
import { isApiError } from '@/api/problem';

/** A GET through the API client as a cached query; the key is the path plus its query. */
export function useApi<T>(path: string | null, query?: RequestOptions['query'], options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {}) {
  return useQuery<T>({
    queryKey: [path, query ?? {}],
    queryFn: ({ signal }) => api<T>(path as string, { query, signal }),
    enabled: path !== null && (options.enabled ?? true),
    ...options,
  });
}

/**
 * For data of a service that may not be deployed yet (orders, payments): answers whether it is there. A 404 (no
 * such endpoint) or 502/503/504 (no such service) hide the part of the screen that shows it; rows are never invented.
 */
export function useOptionalApi<T>(path: string, query?: RequestOptions['query']) {
  const result = useQuery<T>({
    queryKey: [path, query ?? {}],
    queryFn: ({ signal }) => api<T>(path, { query, signal }),
    retry: false,
    staleTime: 60_000,
  });
  const missing = isApiError(result.error) && (result.error.status === 404 || result.error.unavailable);
  return { ...result, available: result.isSuccess, missing };
}
