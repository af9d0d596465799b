import { http, HttpResponse } from 'msw';
import { acme, activity, client1, globex, metrics, page, problem, revenueDistribution, salesTrend, tokens, topResellers, user1 } from './fixtures';

const json = (body: unknown, status = 200) => HttpResponse.json(body as Record<string, unknown>, { status });
export const problemJson = (status: number, slug: string, detail: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(problem(status, slug, detail, extra), { status, headers: { 'Content-Type': 'application/problem+json' } });

/** A signed-in admin and a little data; tests override what they are about with server.use(...). */
export const handlers = [
  http.post('/api/auth/token/refresh', () => json(tokens())),
  http.post('/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
  http.get('/api/dashboard/metrics', () => json(metrics)),
  http.get('/api/dashboard/recent-activities', () => json([activity])),
  http.get('/api/dashboard/sales-trend', ({ request }) => json(salesTrend(new URL(request.url).searchParams.get('range') ?? '30d'))),
  http.get('/api/dashboard/top-resellers', () => json(topResellers)),
  http.get('/api/dashboard/revenue-distribution', () => json(revenueDistribution)),
  http.get('/api/activities', () => json(page([activity]))),
  http.get('/api/resellers', () => json(page([acme, globex]))),
  http.get('/api/resellers/:id', ({ params }) => (params.id === acme.id ? json(acme) : params.id === globex.id ? json(globex) : problemJson(404, 'not-found', 'No reseller with this id.'))),
  http.get('/api/resellers/:id/clients', () => json(page([client1]))),
  http.get('/api/resellers/:id/ledger', () => json(page([]))),
  http.get('/api/resellers/:id/orders', () => problemJson(503, 'service-unavailable', 'The order service is not reachable right now; try again in a moment.')),
  http.get('/api/reports/resellers/:id/summary', ({ params }) =>
    json({ resellerId: params.id, businessName: 'Acme SIM', status: 'active', removed: false, clientsCount: 3, activeClients: 2, ordersCount: 9, creditBalance: '1250.50', revenue: '0.00', lastActivityAt: activity.createdAt }),
  ),
  http.get('/api/clients', () => json(page([client1]))),
  http.get('/api/clients/:id', () => json(client1)),
  http.get('/api/users', () => json(page([user1]))),
  http.get('/api/users/:id', () => json(user1)),
  http.get('/api/users/:id/support-tickets', () => json(page([]))),
  http.get('/api/users/:id/orders', () => problemJson(503, 'service-unavailable', 'The order service is not reachable right now; try again in a moment.')),
  http.get('/api/users/:id/transactions', () => problemJson(503, 'service-unavailable', 'The payment service is not reachable right now; try again in a moment.')),
];
