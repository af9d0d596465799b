import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { usePagination } from './usePagination';

function List() {
  const { state, update } = usePagination(['status']);
  return (
    <>
      <p>q={state.q}</p>
      <button type="button" onClick={() => update({ q: 'late search' })}>
        search
      </button>
    </>
  );
}

function routerWithSlowDetails() {
  let finishLoading: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => {
    finishLoading = resolve;
  });
  const router = createMemoryRouter(
    [
      { path: '/clients', element: <List /> },
      { path: '/clients/:id', lazy: async () => { await loaded; return { element: <h1>Client details</h1> }; } },
    ],
    { initialEntries: ['/clients'] },
  );
  return { router, finishLoading };
}

describe('usePagination', () => {
  it('puts_the_search_in_the_url_while_the_user_stays_on_the_list', async () => {
    const { router } = routerWithSlowDetails();
    render(<RouterProvider router={router} />);
    await act(async () => screen.getByRole('button', { name: 'search' }).click());
    expect(router.state.location.search).toBe('?q=late+search');
    expect(screen.getByText('q=late search')).toBeInTheDocument();
  });

  it('does_not_pull_the_user_back_to_the_list_when_a_search_settles_while_a_row_page_loads', async () => {
    const { router, finishLoading } = routerWithSlowDetails();
    render(<RouterProvider router={router} />);
    await act(async () => {
      void router.navigate('/clients/42');
    });
    expect(router.state.navigation.state).toBe('loading');

    await act(async () => screen.getByRole('button', { name: 'search' }).click());
    await act(async () => finishLoading());

    expect(router.state.location.pathname).toBe('/clients/42');
    expect(await screen.findByRole('heading', { name: 'Client details' })).toBeInTheDocument();
  });

  it('does_not_pull_the_user_back_when_the_search_settles_before_react_has_shown_the_navigation', async () => {
    const { router, finishLoading } = routerWithSlowDetails();
    render(<RouterProvider router={router} />);
    // No act(): the router has started loading the row's page, but React has not rendered that yet, as on a busy
    // machine where the router's transition lags behind the search box's pause.
    void router.navigate('/clients/42');
    screen.getByRole('button', { name: 'search' }).click();
    await act(async () => finishLoading());

    expect(router.state.location.pathname).toBe('/clients/42');
    expect(await screen.findByRole('heading', { name: 'Client details' })).toBeInTheDocument();
  });
});
