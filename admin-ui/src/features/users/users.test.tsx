import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderApp } from '@/test/render';
import { page, user1 } from '@/test/fixtures';

describe('users list', () => {
  it('filters_by_status_city_and_package_on_the_server', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/users', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([user1]));
      }),
    );
    const { router } = renderApp('/users');
    await screen.findByRole('link', { name: 'Grace Hopper' });

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'blocked');
    await userEvent.type(screen.getByLabelText('City'), 'Manchester');
    await userEvent.type(screen.getByLabelText('Package'), 'Unlimited 5G');

    await waitFor(() => {
      const last = queries.at(-1);
      expect(last?.get('status')).toBe('blocked');
      expect(last?.get('city')).toBe('Manchester');
      expect(last?.get('plan')).toBe('Unlimited 5G');
    });
    expect(new URLSearchParams(router.state.location.search).get('city')).toBe('Manchester');

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says_when_no_user_matches', async () => {
    server.use(http.get('/api/users', () => HttpResponse.json(page([]))));
    renderApp('/users?status=blocked');
    expect(await screen.findByText('No user matches')).toBeInTheDocument();
  });
});

describe('user details', () => {
  it('blocks_a_user_only_with_a_reason', async () => {
    let sent: unknown;
    let ifMatch: string | null = null;
    let current = user1;
    server.use(
      http.get('/api/users/:id', () => HttpResponse.json(current)),
      http.patch('/api/users/:id/status', async ({ request }) => {
        sent = await request.json();
        ifMatch = request.headers.get('If-Match');
        current = { ...user1, status: 'blocked', version: 5 };
        return HttpResponse.json(current);
      }),
    );
    renderApp(`/users/${user1.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Block' }));
    const dialog = await screen.findByRole('dialog', { name: /Block Grace Hopper/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Block' }));
    expect(await within(dialog).findByText('Give a reason: it is kept in the activity log.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'chargeback fraud');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Block' }));

    expect(await screen.findByText('Grace Hopper is now blocked')).toBeInTheDocument();
    expect(sent).toEqual({ status: 'blocked', reason: 'chargeback fraud' });
    expect(ifMatch).toBe('"4"');
    expect(await screen.findByRole('button', { name: 'Unblock' })).toBeInTheDocument();
  });

  it('hides_the_orders_and_payments_tabs_until_their_services_answer', async () => {
    renderApp(`/users/${user1.id}`);
    expect(await screen.findByRole('tab', { name: 'Support tickets' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('tab', { name: 'Orders' })).not.toBeInTheDocument());
    expect(screen.queryByRole('tab', { name: 'Payments' })).not.toBeInTheDocument();
    expect(await screen.findByText('No support tickets')).toBeInTheDocument();
  });

  it('shows_the_orders_tab_with_exactly_what_order_service_answers', async () => {
    server.use(
      http.get('/api/users/:id/orders', () =>
        HttpResponse.json(page([{ id: 'o1', orderNumber: 'ORD-2026-000123', planName: 'Unlimited 5G', status: 'delivered', paymentStatus: 'paid', totalAmount: '29.99', createdAt: '2026-11-20T10:00:00Z' }])),
      ),
    );
    renderApp(`/users/${user1.id}`);
    await userEvent.click(await screen.findByRole('tab', { name: 'Orders' }));
    expect(await screen.findByText('ORD-2026-000123')).toBeInTheDocument();
    expect(screen.getByText('29.99')).toBeInTheDocument();
  });

  it('shows_the_id_document_in_clear_only_when_an_admin_asks', async () => {
    let revealed = false;
    server.use(
      http.get('/api/users/:id', ({ request }) => {
        if (new URL(request.url).searchParams.get('reveal') === 'idDocument') {
          revealed = true;
          return HttpResponse.json({ ...user1, idDocumentNumber: 'P1234', idDocumentNumberMasked: false });
        }
        return HttpResponse.json(user1);
      }),
    );
    renderApp(`/users/${user1.id}`);
    expect(await screen.findByText('••••1234')).toBeInTheDocument();
    expect(revealed).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Show number' }));
    expect(await screen.findByText('P1234')).toBeInTheDocument();
  });
});
