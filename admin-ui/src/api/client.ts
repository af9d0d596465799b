import { ApiError, readProblem } from './problem';
import { session } from './session';
import type { TokenResponse } from './types';

export type { TokenResponse };

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | string[] | undefined | null>;
  /** The ETag/version the change is based on: a stale one answers 412 instead of overwriting someone's work. */
  ifMatch?: number;
  signal?: AbortSignal;
  /** false for sign-in, refresh and password reset: no token, and a 401 is an answer, not an expired session. */
  auth?: boolean;
}

let refreshing: Promise<TokenResponse | null> | null = null;

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request: the server rotates the
 * refresh token, and a second request with the old one would look like token theft and end the session.
 */
export function refreshSession(): Promise<TokenResponse | null> {
  refreshing ??= fetch('/api/auth/token/refresh', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as TokenResponse;
      session.set(body.accessToken);
      return body;
    })
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  const token = session.token();
  if (options.auth !== false && token) headers.Authorization = `Bearer ${token}`;
  return fetch(buildUrl(path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });
}

/** Calls the API through the gateway; answers the parsed JSON or throws an {@link ApiError}. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && options.auth !== false) {
    // The access token expired (10 minutes): renew it silently once, then retry the call.
    const renewed = await refreshSession();
    if (!renewed) {
      session.expire();
      throw new ApiError(401, await readProblem(response));
    }
    response = await send(path, options);
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
