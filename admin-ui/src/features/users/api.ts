import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import type { Page, Ticket, User, UserStatus } from '@/api/types';

type Query = Record<string, string | number | undefined>;

export function useUsers(query: Query) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: ({ signal }) => api<Page<User>>('/api/users', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: ({ signal }) => api<User>(`/api/users/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

/** The ID document number in clear: admins only, audited by user-service, never cached. */
export function useRevealIdDocument() {
  return useMutation({
    mutationFn: (id: string) => api<User>(`/api/users/${id}`, { query: { reveal: 'idDocument' } }),
  });
}

export function useChangeUserStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ user, status, reason }: { user: Pick<User, 'id' | 'version'>; status: UserStatus; reason?: string }) =>
      api<User>(`/api/users/${user.id}/status`, { method: 'PATCH', body: { status, reason: reason || undefined }, ifMatch: user.version }),
    onSuccess: (saved) => client.setQueryData(['users', 'one', saved.id], saved),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['users'] }), client.invalidateQueries({ queryKey: ['dashboard'] }), client.invalidateQueries({ queryKey: ['activities'] })]),
  });
}

export function useUserTickets(id: string, page: number) {
  return useQuery({
    queryKey: ['users', id, 'tickets', page],
    queryFn: ({ signal }) => api<Page<Ticket>>(`/api/users/${id}/support-tickets`, { query: { page, size: 10 }, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** UserStatus.allowedNext on the server: nothing goes back to pending verification. */
export const USER_MOVES: Record<UserStatus, UserStatus[]> = {
  pending_verification: ['active', 'blocked'],
  active: ['blocked'],
  blocked: ['active'],
};

export const USER_STATUSES: { value: UserStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'pending_verification', label: 'Pending verification' },
];
