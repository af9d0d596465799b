import type { components } from './generated/platform';

export type Problem = components['schemas']['Problem'];
export type FieldError = { field: string; message: string };

/**
 * A failed API call, carrying the service's RFC 9457 problem document. Every service and the gateway answer errors
 * as application/problem+json, so `detail` is always something a person can read.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The problem type's last part, e.g. "invalid-credentials" for urn:problem-type:simadmin:invalid-credentials. */
  get slug(): string {
    const type = this.problem.type ?? '';
    return type.slice(type.lastIndexOf(':') + 1);
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The service behind the route is down or not deployed yet (the gateway's 503, or no such route: 404). */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 502 || this.status === 504;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What to tell a person about any error: the problem's detail, or a plain sentence for network trouble. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    const first = error.fieldErrors[0];
    if (error.status === 400 && first) return `${first.field} ${first.message}`;
    return error.message;
  }
  if (error instanceof TypeError) return 'The server could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Problems without a JSON body (a proxy's HTML page, an empty 502) still become readable errors. */
export async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // fall through to the generic problem
    }
  }
  return {
    status: response.status,
    title: response.statusText || 'Error',
    detail: response.status >= 500 ? 'The server had a problem. Try again in a moment.' : `Request failed (${response.status}).`,
  };
}
