import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { isApiError } from '@/api/problem';
import type { Activity, DashboardMetrics, RevenueDistribution, SalesTrend, TopResellers } from '@/api/types';

/** The dashboard refreshes itself: figures every 30 s, the feed every 15 s (until the live stream exists). */
export const METRICS_POLL_MS = 30_000;
export const FEED_POLL_MS = 15_000;

export function useDashboardMetrics() {
  return useQuery({
    queryKey: ['dashboard', 'metrics'],
    queryFn: ({ signal }) => api<DashboardMetrics>('/api/dashboard/metrics', { signal }),
    refetchInterval: METRICS_POLL_MS,
  });
}

export function useRecentActivities(limit = 12) {
  return useQuery({
    queryKey: ['dashboard', 'recent-activities', limit],
    queryFn: ({ signal }) => api<Activity[]>('/api/dashboard/recent-activities', { query: { limit }, signal }),
    refetchInterval: FEED_POLL_MS,
  });
}

export type TrendRange = '7d' | '30d' | '90d' | '12m';

function optional<T>(path: string, query?: Record<string, string>) {
  return async ({ signal }: { signal: AbortSignal }): Promise<T | null> => {
    try {
      return await api<T>(path, { query, signal });
    } catch (error) {
      // Not served (an older analytics) or the service is down: the chart says so, and never draws made-up data.
      if (isApiError(error) && (error.status === 404 || error.unavailable)) return null;
      throw error;
    }
  };
}

/** Orders and net revenue per day (or month for 12m), by source, every bucket listed. */
export function useSalesTrend(range: TrendRange) {
  return useQuery({
    queryKey: ['dashboard', 'sales-trend', range],
    queryFn: optional<SalesTrend>('/api/dashboard/sales-trend', { range }),
    refetchInterval: METRICS_POLL_MS,
    retry: false,
  });
}

export function useTopResellers(range: TrendRange = '30d') {
  return useQuery({
    queryKey: ['dashboard', 'top-resellers', range],
    queryFn: optional<TopResellers>('/api/dashboard/top-resellers', { limit: '5', range }),
    refetchInterval: METRICS_POLL_MS,
    retry: false,
  });
}

export function useRevenueDistribution(range: TrendRange = '30d') {
  return useQuery({
    queryKey: ['dashboard', 'revenue-distribution', range],
    queryFn: optional<RevenueDistribution>('/api/dashboard/revenue-distribution', { range }),
    refetchInterval: METRICS_POLL_MS,
    retry: false,
  });
}
