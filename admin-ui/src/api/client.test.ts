import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { problemJson } from '@/test/handlers';
import { api, buildUrl } from './client';
import { ApiError, errorMessage } from './problem';
import { session } from './session';

describe('api client', () => {
  it('renews_the_token_once_for_calls_that_fail_together', async () => {
    let refreshes = 0;
    session.set('expired');
    server.use(
      http.post('/api/auth/token/refresh', async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return HttpResponse.json({ accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 600, admin: {} });
      }),
      http.get('/api/things/:n', ({ request, params }) =>
        request.headers.get('Authorization') === 'Bearer fresh' ? HttpResponse.json({ n: params.n }) : problemJson(401, 'unauthorized', 'expired'),
      ),
    );

    const results = await Promise.all([api<{ n: string }>('/api/things/1'), api<{ n: string }>('/api/things/2'), api<{ n: string }>('/api/things/3')]);

    expect(results.map((r) => r.n)).toEqual(['1', '2', '3']);
    // A second refresh with the rotated cookie would look like token theft and end the session.
    expect(refreshes).toBe(1);
  });

  it('turns_a_problem_document_into_an_error_with_its_field_errors', async () => {
    server.use(http.post('/api/things', () => problemJson(400, 'validation', 'Invalid request', { errors: [{ field: 'email', message: 'must be an email' }] })));
    const error = await api('/api/things', { method: 'POST', body: { email: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).slug).toBe('validation');
    expect((error as ApiError).fieldErrors).toEqual([{ field: 'email', message: 'must be an email' }]);
    expect(errorMessage(error)).toBe('email must be an email');
  });

  it('reads_an_error_without_a_json_body', async () => {
    server.use(http.get('/api/broken', () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    const error = (await api('/api/broken').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.unavailable).toBe(true);
    expect(error.message).toBe('The server had a problem. Try again in a moment.');
  });

  it('sends_the_version_as_if_match_and_leaves_empty_filters_out', async () => {
    let ifMatch: string | null = null;
    server.use(
      http.patch('/api/things/1', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await api('/api/things/1', { method: 'PATCH', body: {}, ifMatch: 7 });
    expect(ifMatch).toBe('"7"');
    expect(buildUrl('/api/x', { q: '', status: undefined, page: 0, sort: ['a,asc'] })).toBe('/api/x?page=0&sort=a%2Casc');
  });
});
