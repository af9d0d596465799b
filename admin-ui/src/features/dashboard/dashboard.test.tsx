import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderApp } from '@/test/render';
import { acme, emptyTrend, revenueDistribution, salesTrend, topResellers } from '@/test/fixtures';

describe('dashboard', () => {
  it('shows_the_key_figures_from_analytics', async () => {
    renderApp('/dashboard');

    const users = await screen.findByRole('link', { name: /Total users/ });
    expect(await within(users).findByText('1,200')).toBeInTheDocument();
    expect(within(users).getByText('1,000 active · 180 to verify')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /Total resellers/ })).getByText('42')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /Total clients/ })).getByText('310')).toBeInTheDocument();
    expect(screen.getByText('17')).toBeInTheDocument();
    expect(screen.getByText('480 this month')).toBeInTheDocument();
    expect(screen.getByText('12,345.60')).toBeInTheDocument();
    expect(screen.getByText('420.00 today · app 8,000.00 · resellers 4,345.60')).toBeInTheDocument();
  });

  it('links_each_activity_to_what_it_was_about', async () => {
    renderApp('/dashboard');
    const link = await screen.findByRole('link', { name: 'Reseller Acme SIM registered' });
    expect(link).toHaveAttribute('href', `/resellers/${acme.id}`);
  });

  it('draws_the_sales_trend_by_source_for_the_chosen_range', async () => {
    const ranges: string[] = [];
    server.use(
      http.get('/api/dashboard/sales-trend', ({ request }) => {
        ranges.push(new URL(request.url).searchParams.get('range') ?? '');
        return HttpResponse.json(salesTrend());
      }),
    );
    renderApp('/dashboard');
    // The chart's data is also a table for screen readers.
    expect(await screen.findByRole('table', { name: /SIM orders per day, last 30 days/ })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '2026-11-24' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '12 months' }));
    await waitFor(() => expect(ranges).toContain('12m'));
    await userEvent.click(screen.getByRole('radio', { name: 'Revenue' }));
    expect(await screen.findByRole('table', { name: /Net revenue per/ })).toBeInTheDocument();
  });

  it('shows_the_top_resellers_and_the_revenue_distribution', async () => {
    renderApp('/dashboard');
    expect(await screen.findByRole('link', { name: '1. Acme SIM' })).toHaveAttribute('href', `/resellers/${acme.id}`);
    expect(screen.getByText('270.00 · 9 orders')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Net revenue by source, last 30 days' })).toBeInTheDocument();
    expect(screen.getByText('1,240.00')).toBeInTheDocument();
    expect(screen.getByText('450.00 · 36.3 %')).toBeInTheDocument();
  });

  it('says_so_when_there_is_nothing_to_draw', async () => {
    server.use(
      http.get('/api/dashboard/sales-trend', () => HttpResponse.json(emptyTrend)),
      http.get('/api/dashboard/top-resellers', () => HttpResponse.json({ ...topResellers, resellers: [] })),
      http.get('/api/dashboard/revenue-distribution', () => HttpResponse.json({ ...revenueDistribution, total: '0.00', byPlan: [] })),
    );
    renderApp('/dashboard');
    expect(await screen.findByText('No orders in this period')).toBeInTheDocument();
    expect(screen.getByText('No reseller sales yet')).toBeInTheDocument();
    expect(screen.getByText('No revenue in the last 30 days')).toBeInTheDocument();
  });

  it('draws_no_made_up_chart_when_analytics_does_not_serve_it', async () => {
    server.use(http.get('/api/dashboard/top-resellers', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } })));
    renderApp('/dashboard');
    expect(await screen.findByText('No ranking available')).toBeInTheDocument();
  });

  it('explains_an_analytics_outage_and_offers_a_retry', async () => {
    server.use(
      http.get('/api/dashboard/metrics', () =>
        HttpResponse.json({ title: 'Service unavailable', status: 503, detail: 'The analytics service is not reachable right now; try again in a moment.' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    renderApp('/dashboard');
    expect(await screen.findByText('The analytics service is not reachable right now; try again in a moment.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
