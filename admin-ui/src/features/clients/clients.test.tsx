import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { problemJson } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { acme, client1 } from '@/test/fixtures';

describe('clients', () => {
  it('lists_clients_with_their_resellers_name_and_filters_by_reseller', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/clients', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json({ content: [client1], page: { number: 0, size: 20, totalElements: 1, totalPages: 1 } });
      }),
    );
    renderApp('/clients');
    const row = (await screen.findByRole('link', { name: 'Bob Builder' })).closest('tr') as HTMLElement;
    expect(await within(row).findByRole('link', { name: 'Acme SIM' })).toHaveAttribute('href', `/resellers/${acme.id}`);

    await userEvent.selectOptions(screen.getByLabelText('Reseller'), 'Acme SIM');
    await waitFor(() => expect(queries.at(-1)?.get('reseller')).toBe(acme.id));
  });

  it('upgrades_the_plan_and_overrides_the_monthly_limit', async () => {
    let sent: unknown;
    server.use(
      http.patch('/api/clients/:id', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...client1, planType: 'Business 50GB', monthlyLimit: '500.00', version: 2 });
      }),
    );
    renderApp(`/clients/${client1.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Change plan or limit' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText('Plan *'));
    await userEvent.type(within(dialog).getByLabelText('Plan *'), 'Business 50GB');
    await userEvent.clear(within(dialog).getByLabelText('Monthly limit *'));
    await userEvent.type(within(dialog).getByLabelText('Monthly limit *'), '500.00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Bob Builder: plan and limit saved')).toBeInTheDocument();
    expect(sent).toEqual({ planType: 'Business 50GB', monthlyLimit: '500.00', version: 1 });
  });

  it('asks_before_discarding_a_typed_plan_and_keeps_it_when_the_admin_stays', async () => {
    renderApp(`/clients/${client1.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Change plan or limit' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText('Plan *'));
    await userEvent.type(within(dialog).getByLabelText('Plan *'), 'Business 50GB');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Plan *')).toHaveValue('Business 50GB');

    await userEvent.keyboard('{Escape}');
    const askAgain = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await userEvent.click(within(askAgain).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('suspends_a_client_with_a_reason_and_offers_only_the_allowed_moves', async () => {
    let sent: unknown;
    server.use(
      http.patch('/api/clients/:id/status', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...client1, status: 'suspended', version: 2 });
      }),
    );
    renderApp(`/clients/${client1.id}`);
    expect(await screen.findByRole('button', { name: 'Deactivate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'abuse');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(sent).toEqual({ status: 'suspended', reason: 'abuse', version: 1 }));
  });

  it('tells_the_user_when_someone_else_changed_the_client_first', async () => {
    server.use(http.patch('/api/clients/:id', () => problemJson(409, 'concurrent-change', 'This client is at version 3, not 1.')));
    renderApp(`/clients/${client1.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Change plan or limit' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('changed by someone else');
  });
});
