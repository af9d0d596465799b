import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/problem';

/** Retries only what may succeed on a second try (network trouble, a 5xx); a 4xx is an answer. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) => failures < 2 && (!isApiError(error) || error.status >= 500),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
