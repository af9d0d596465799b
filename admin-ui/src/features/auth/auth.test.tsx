import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { problemJson } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { adminUser, metrics, tokens } from '@/test/fixtures';

const signedOut = () => server.use(http.post('/api/auth/token/refresh', () => problemJson(401, 'session-ended', 'Your session has ended.')));

describe('sign-in', () => {
  it('sends_a_signed_out_visitor_to_login_and_back_to_the_page_they_wanted', async () => {
    signedOut();
    let body: unknown;
    server.use(
      http.post('/api/auth/login', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(tokens());
      }),
    );
    const { router } = renderApp('/resellers?status=active');

    await screen.findByRole('heading', { name: 'Sign in' });
    await userEvent.type(screen.getByLabelText(/email or username/i), 'admin@example.com');
    await userEvent.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await userEvent.click(screen.getByLabelText(/remember me/i));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'Resellers' });
    expect(router.state.location.pathname).toBe('/resellers');
    expect(router.state.location.search).toBe('?status=active');
    expect(body).toEqual({ login: 'admin@example.com', password: 'correct horse battery', rememberMe: true });
  });

  it('says_the_same_for_a_wrong_password_and_an_unknown_login', async () => {
    signedOut();
    server.use(http.post('/api/auth/login', () => problemJson(401, 'invalid-credentials', 'Wrong login or password.')));
    renderApp('/login');

    await userEvent.type(await screen.findByLabelText(/email or username/i), 'nobody@example.com');
    await userEvent.type(screen.getByLabelText(/^password/i), 'whatever-it-is');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email, username or password.');
  });

  it('explains_a_locked_account_and_too_many_attempts', async () => {
    signedOut();
    server.use(http.post('/api/auth/login', () => problemJson(423, 'login-locked', 'Too many failed sign-ins for this account. Try again after 10:15.')));
    renderApp('/login');
    await userEvent.type(await screen.findByLabelText(/email or username/i), 'admin');
    await userEvent.type(screen.getByLabelText(/^password/i), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again after 10:15');

    server.use(http.post('/api/auth/login', () => problemJson(429, 'too-many-requests', 'Slow down.', { retryAfterSeconds: 42 })));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Try again in 42 seconds'));
  });

  it('checks_the_fields_before_asking_the_server', async () => {
    signedOut();
    let called = false;
    server.use(
      http.post('/api/auth/login', () => {
        called = true;
        return HttpResponse.json(tokens());
      }),
    );
    renderApp('/login');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email or username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText(/email or username/i)).toHaveAttribute('aria-invalid', 'true');
    expect(called).toBe(false);
  });

  it('renews_an_expired_access_token_silently_and_retries_the_call', async () => {
    let refreshes = 0;
    let sawNewToken = false;
    server.use(
      http.post('/api/auth/token/refresh', () => {
        refreshes += 1;
        return HttpResponse.json({ ...tokens(), accessToken: `token-${refreshes}` });
      }),
      http.get('/api/dashboard/metrics', ({ request }) => {
        if (request.headers.get('Authorization') === 'Bearer token-1') return problemJson(401, 'unauthorized', 'Token expired.');
        sawNewToken = request.headers.get('Authorization') === 'Bearer token-2';
        return HttpResponse.json({ ...metrics, totalUsers: 4321 });
      }),
    );
    renderApp('/dashboard');

    await waitFor(() => expect(sawNewToken).toBe(true));
    expect(await screen.findByText('4,321')).toBeInTheDocument();
  });

  it('signs_out_when_the_session_cannot_be_renewed', async () => {
    let refreshes = 0;
    server.use(
      http.post('/api/auth/token/refresh', () => (++refreshes === 1 ? HttpResponse.json(tokens()) : problemJson(401, 'session-ended', 'Your session has ended.'))),
      http.get('/api/dashboard/metrics', () => problemJson(401, 'unauthorized', 'Token expired.')),
    );
    const { router } = renderApp('/dashboard');

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended');
  });

  it('signs_out_from_the_user_menu', async () => {
    let loggedOut = false;
    server.use(
      http.post('/api/auth/logout', () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { router } = renderApp('/dashboard');
    await userEvent.click(await screen.findByRole('button', { name: /Demo Admin/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(loggedOut).toBe(true);
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('password reset', () => {
  it('answers_the_same_whether_or_not_the_email_has_an_account', async () => {
    signedOut();
    let sent: unknown;
    server.use(
      http.post('/api/auth/password/reset', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ message: 'If an account uses this email, we have sent it a link.' }, { status: 202 });
      }),
    );
    renderApp('/forgot-password');
    await userEvent.type(await screen.findByLabelText(/email/i), 'someone@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If an account uses this email');
    expect(sent).toEqual({ email: 'someone@example.com' });
  });

  it('puts_the_password_policy_refusal_on_the_new_password_field', async () => {
    signedOut();
    server.use(
      http.post('/api/auth/password/reset/confirm', () =>
        problemJson(400, 'validation', 'Invalid request', { errors: [{ field: 'newPassword', message: 'is one of the most common passwords; choose another' }] }),
      ),
    );
    renderApp('/reset-password/abc123');
    await userEvent.type(await screen.findByLabelText('New password *'), 'password1234');
    await userEvent.type(screen.getByLabelText('Confirm new password *'), 'password1234');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByText('Is one of the most common passwords; choose another')).toBeInTheDocument();
    expect(screen.getByLabelText('New password *')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers_a_new_link_when_the_link_is_used_or_expired', async () => {
    signedOut();
    let token: string | undefined;
    server.use(
      http.post('/api/auth/password/reset/confirm', async ({ request }) => {
        token = ((await request.json()) as { token: string }).token;
        return problemJson(400, 'invalid-reset-token', 'This link was already used, has expired or never existed. Ask for a new one.');
      }),
    );
    renderApp('/reset-password/used-token');
    await userEvent.type(await screen.findByLabelText('New password *'), 'a long enough passphrase');
    await userEvent.type(screen.getByLabelText('Confirm new password *'), 'a long enough passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    expect(token).toBe('used-token');
  });

  it('refuses_two_different_passwords_without_asking_the_server', async () => {
    signedOut();
    renderApp('/reset-password/abc');
    await userEvent.type(await screen.findByLabelText('New password *'), 'a long enough passphrase');
    await userEvent.type(screen.getByLabelText('Confirm new password *'), 'another long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('The two passwords differ')).toBeInTheDocument();
  });
});

describe('role-aware navigation', () => {
  it('shows_moderators_no_controls_they_cannot_use', async () => {
    server.use(http.post('/api/auth/token/refresh', () => HttpResponse.json(tokens({ ...adminUser, role: 'moderator', firstName: 'Mo', lastName: 'Derator' }))));
    renderApp('/resellers');
    await screen.findByRole('heading', { name: 'Resellers' });
    await screen.findByText('Acme SIM');
    expect(screen.queryByRole('link', { name: 'Add reseller' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Select all rows on this page' })).not.toBeInTheDocument();
  });
});
