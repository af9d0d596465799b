import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import type { Client, ClientPatch, ClientStatus, Page } from '@/api/types';

type Query = Record<string, string | number | undefined>;

export function useClients(query: Query) {
  return useQuery({
    queryKey: ['clients', 'list', query],
    queryFn: ({ signal }) => api<Page<Client>>('/api/clients', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: ['clients', 'one', id],
    queryFn: ({ signal }) => api<Client>(`/api/clients/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['clients'] }),
      client.invalidateQueries({ queryKey: ['resellers'] }),
      client.invalidateQueries({ queryKey: ['dashboard'] }),
      client.invalidateQueries({ queryKey: ['activities'] }),
    ]);
}

export function usePatchClient() {
  const invalidate = useInvalidate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ClientPatch }) => api<Client>(`/api/clients/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (saved) => {
      client.setQueryData(['clients', 'one', saved.id], saved);
      return invalidate();
    },
  });
}

export function useChangeClientStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ client, status, reason }: { client: Pick<Client, 'id' | 'version'>; status: ClientStatus; reason?: string }) =>
      api<Client>(`/api/clients/${client.id}/status`, { method: 'PATCH', body: { status, reason: reason || undefined, version: client.version } }),
    onSettled: invalidate,
  });
}

/** ClientStatus.allowedNext on the server; a suspension is lifted by activating, never by setting inactive. */
export const CLIENT_MOVES: Record<ClientStatus, ClientStatus[]> = {
  active: ['inactive', 'suspended'],
  inactive: ['active', 'suspended'],
  suspended: ['active'],
};
