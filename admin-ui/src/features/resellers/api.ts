import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import type { Client, LedgerEntry, Page, Reseller, ResellerRequest, ResellerStatus, ResellerSummary } from '@/api/types';

type Query = Record<string, string | number | undefined>;

export function useResellers(query: Query) {
  return useQuery({
    queryKey: ['resellers', 'list', query],
    queryFn: ({ signal }) => api<Page<Reseller>>('/api/resellers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every reseller's name by id, for the clients list's reseller column and filter (first 200 by name). */
export function useResellerNames() {
  return useQuery({
    queryKey: ['resellers', 'names'],
    queryFn: ({ signal }) => api<Page<Reseller>>('/api/resellers', { query: { size: 200, sort: 'businessName,asc' }, signal }),
    staleTime: 60_000,
    select: (page) => page.content.map((r) => ({ id: r.id, name: r.businessName })),
  });
}

export function useReseller(id: string | undefined) {
  return useQuery({
    queryKey: ['resellers', 'one', id],
    queryFn: ({ signal }) => api<Reseller>(`/api/resellers/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useResellerClients(id: string | undefined, query: Query) {
  return useQuery({
    queryKey: ['resellers', id, 'clients', query],
    queryFn: ({ signal }) => api<Page<Client>>(`/api/resellers/${id}/clients`, { query, signal }),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

export function useLedger(id: string | undefined, page: number) {
  return useQuery({
    queryKey: ['resellers', id, 'ledger', page],
    queryFn: ({ signal }) => api<Page<LedgerEntry>>(`/api/resellers/${id}/ledger`, { query: { page, size: 10 }, signal }),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

/** Analytics' figures; null when analytics has seen no event about the reseller yet (its 404). */
export function useResellerSummary(id: string | undefined) {
  return useQuery({
    queryKey: ['reports', 'reseller-summary', id],
    queryFn: async ({ signal }) => {
      try {
        return await api<ResellerSummary>(`/api/reports/resellers/${id}/summary`, { signal });
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    enabled: Boolean(id),
  });
}

/** After any change, every list, detail and dashboard figure about resellers is refetched. */
function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['resellers'] }), client.invalidateQueries({ queryKey: ['dashboard'] }), client.invalidateQueries({ queryKey: ['activities'] })]);
}

export function useSaveReseller() {
  const invalidate = useInvalidate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ResellerRequest }) =>
      id ? api<Reseller>(`/api/resellers/${id}`, { method: 'PUT', body }) : api<Reseller>('/api/resellers', { method: 'POST', body }),
    onSuccess: (saved) => {
      client.setQueryData(['resellers', 'one', saved.id], saved);
      return invalidate();
    },
  });
}

export function useChangeResellerStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ reseller, status, reason }: { reseller: Pick<Reseller, 'id' | 'version'>; status: ResellerStatus; reason?: string }) =>
      api<Reseller>(`/api/resellers/${reseller.id}/status`, { method: 'PATCH', body: { status, reason: reason || undefined }, ifMatch: reseller.version }),
    onSettled: invalidate,
  });
}

export function useDeleteReseller() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (reseller: Pick<Reseller, 'id' | 'version'>) => api<void>(`/api/resellers/${reseller.id}`, { method: 'DELETE', ifMatch: reseller.version }),
    onSettled: invalidate,
  });
}

/** The moves the server allows (ResellerStatus.allowedNext): nothing goes back to pending. */
export const RESELLER_MOVES: Record<ResellerStatus, ResellerStatus[]> = {
  pending: ['active', 'suspended'],
  active: ['suspended'],
  suspended: ['active'],
};

export const RESELLER_STATUSES: { value: ResellerStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'pending', label: 'Pending' },
  { value: 'suspended', label: 'Suspended' },
];
