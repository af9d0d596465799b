import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { problemJson } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { acme, globex, page } from '@/test/fixtures';

describe('resellers list', () => {
  it('lists_resellers_with_their_status_and_limits', async () => {
    renderApp('/resellers');
    const row = (await screen.findByRole('link', { name: 'Acme SIM' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('5,000.00')).toBeInTheDocument();
    expect(within(row).getByText('1,250.50')).toBeInTheDocument();
  });

  it('searches_on_the_server_after_a_pause_in_typing_and_keeps_the_search_in_the_url', async () => {
    const queries: string[] = [];
    server.use(
      http.get('/api/resellers', ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json(page([acme]));
      }),
    );
    const { router } = renderApp('/resellers');
    await screen.findByRole('link', { name: 'Acme SIM' });
    await userEvent.type(screen.getByRole('searchbox', { name: /Search name/ }), 'acme');

    await waitFor(() => expect(router.state.location.search).toBe('?q=acme'));
    await waitFor(() => expect(queries.at(-1)).toContain('q=acme'));
    // One request for the first page, one for the finished word: not one per key.
    expect(queries.filter((q) => q.includes('q=a')).length).toBe(1);
  });

  it('filters_sorts_and_pages_through_the_url', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/resellers', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([acme], 0, 20, 45));
      }),
    );
    const { router } = renderApp('/resellers');
    await screen.findByRole('link', { name: 'Acme SIM' });

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'suspended');
    await waitFor(() => expect(queries.at(-1)?.get('status')).toBe('suspended'));
    await userEvent.click(screen.getByRole('button', { name: /Business/ }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('businessName,asc'));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(queries.at(-1)?.get('page')).toBe('1'));

    expect(router.state.location.search).toBe('?status=suspended&sort=businessName%2Casc&page=2');
  });

  it('suspends_the_selected_resellers_one_by_one_and_reports_each', async () => {
    const patched: { id: string; body: unknown; ifMatch: string | null }[] = [];
    server.use(
      http.patch('/api/resellers/:id/status', async ({ params, request }) => {
        patched.push({ id: String(params.id), body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return params.id === globex.id
          ? HttpResponse.json({ ...globex, status: 'suspended' })
          : HttpResponse.json({ ...acme, status: 'suspended' });
      }),
    );
    renderApp('/resellers');
    await screen.findByRole('link', { name: 'Acme SIM' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'unpaid invoices');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));

    expect(await screen.findByText('2 of 2 reseller(s) now suspended')).toBeInTheDocument();
    expect(patched).toEqual([
      { id: acme.id, body: { status: 'suspended', reason: 'unpaid invoices' }, ifMatch: '"2"' },
      { id: globex.id, body: { status: 'suspended', reason: 'unpaid invoices' }, ifMatch: '"0"' },
    ]);
  });

  it('says_what_to_do_when_there_are_no_resellers', async () => {
    server.use(http.get('/api/resellers', () => HttpResponse.json(page([]))));
    renderApp('/resellers');
    expect(await screen.findByText('No resellers yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add the first reseller' })).toHaveAttribute('href', '/resellers/add');
  });
});

async function fillReseller() {
  await userEvent.type(await screen.findByLabelText('Business name *'), 'Initech');
  await userEvent.type(screen.getByLabelText('Contact person *'), 'Peter Gibbons');
  await userEvent.type(screen.getByLabelText('Email *'), 'peter@initech.example');
  await userEvent.type(screen.getByLabelText('Phone *'), '+1 555 0100');
  await userEvent.type(screen.getByLabelText('Address *'), '4120 Freidrich Lane');
  await userEvent.type(screen.getByLabelText('City *'), 'Austin');
  await userEvent.type(screen.getByLabelText('Country *'), 'US');
  await userEvent.clear(screen.getByLabelText('Credit limit *'));
  await userEvent.type(screen.getByLabelText('Credit limit *'), '2500.5');
}

describe('reseller form', () => {
  it('registers_a_reseller_and_opens_it', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/resellers', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...acme, id: 'new-id', businessName: 'Initech' }, { status: 201 });
      }),
      http.get('/api/resellers/new-id', () => HttpResponse.json({ ...acme, id: 'new-id', businessName: 'Initech' })),
    );
    const { router } = renderApp('/resellers/add');
    await fillReseller();
    await userEvent.click(screen.getByRole('button', { name: 'Register reseller' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/resellers/new-id'));
    expect(sent).toMatchObject({ businessName: 'Initech', email: 'peter@initech.example', creditLimit: '2500.5', commissionRate: '0.00', status: 'pending' });
    expect(sent).not.toHaveProperty('state');
    expect(await screen.findByText('Initech registered')).toBeInTheDocument();
  });

  it('puts_the_servers_field_errors_on_the_fields_and_stays', async () => {
    server.use(
      http.post('/api/resellers', () =>
        problemJson(409, 'email-taken', 'Another reseller already uses peter@initech.example.', { errors: [{ field: 'email', message: 'is already used by another reseller' }] }),
      ),
    );
    const { router } = renderApp('/resellers/add');
    await fillReseller();
    await userEvent.click(screen.getByRole('button', { name: 'Register reseller' }));

    expect(await screen.findByText('Is already used by another reseller')).toBeInTheDocument();
    expect(screen.getByLabelText('Email *')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/resellers/add');
  });

  it('validates_while_typing_and_sends_nothing_invalid', async () => {
    let posted = false;
    server.use(
      http.post('/api/resellers', () => {
        posted = true;
        return HttpResponse.json(acme, { status: 201 });
      }),
    );
    renderApp('/resellers/add');
    await userEvent.type(await screen.findByLabelText('Phone *'), 'call me');
    await userEvent.clear(screen.getByLabelText('Commission rate (%) *'));
    await userEvent.type(screen.getByLabelText('Commission rate (%) *'), '120');
    await userEvent.click(screen.getByRole('button', { name: 'Register reseller' }));

    expect(await screen.findByText('Enter a phone number such as +14155550123')).toBeInTheDocument();
    expect(screen.getByText('Between 0 and 100')).toBeInTheDocument();
    expect(screen.getByText('Enter the business name')).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('edits_with_the_loaded_version_and_asks_before_leaving_unsaved_changes', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.put('/api/resellers/:id', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...acme, businessName: 'Acme SIM Ltd', version: 3 });
      }),
    );
    const { router } = renderApp(`/resellers/${acme.id}/edit`);
    const name = await screen.findByLabelText('Business name *');
    expect(name).toHaveValue('Acme SIM');
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme SIM Ltd');

    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(leave).getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe(`/resellers/${acme.id}/edit`);

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/resellers/${acme.id}`));
    expect(sent).toMatchObject({ businessName: 'Acme SIM Ltd', version: 2 });
    expect(sent).not.toHaveProperty('status');
  });
});

describe('reseller details', () => {
  it('shows_limits_figures_and_clients_and_hides_orders_until_order_service_answers', async () => {
    renderApp(`/resellers/${acme.id}`);
    expect(await screen.findByRole('heading', { name: /Acme SIM/ })).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    expect(await screen.findByText('9')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bob Builder' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Clients' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Orders' })).not.toBeInTheDocument();
    // The breadcrumb names the reseller.
    expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByText('Acme SIM')).toHaveAttribute('aria-current', 'page');
  });

  it('shows_the_servers_refusal_of_a_status_move_in_the_dialog', async () => {
    server.use(
      http.patch('/api/resellers/:id/status', () =>
        problemJson(409, 'invalid-status-change', 'A suspended reseller cannot become suspended; allowed: active.', { allowedStatuses: ['active'] }),
      ),
    );
    renderApp(`/resellers/${acme.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('allowed: active');
  });

  it('deletes_after_confirmation_and_returns_to_the_list', async () => {
    let deleted: string | null = null;
    server.use(
      http.delete('/api/resellers/:id', ({ request }) => {
        deleted = request.headers.get('If-Match');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { router } = renderApp(`/resellers/${acme.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/resellers'));
    expect(deleted).toBe('"2"');
  });

  it('answers_an_unknown_reseller_with_the_servers_404', async () => {
    renderApp('/resellers/01930000-0000-7000-8000-0000000000ff');
    expect(await screen.findByText('No reseller with this id.')).toBeInTheDocument();
  });
});
