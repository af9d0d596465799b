import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import NotFound from '@/components/common/NotFound';

/**
 * A route that failed to load (a chunk missing after a new release, a thrown error): say so and offer a reload,
 * which fetches the current index.html and its chunks.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div role="alert" className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-50">This screen could not be shown</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">A new version of the panel may have been released. Reloading usually helps.</p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
          Reload
        </button>
        <Link to="/dashboard" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-800 dark:border-slate-600 dark:text-slate-100">
          Dashboard
        </Link>
      </div>
    </div>
  );
}
