import { Link } from 'react-router';

/** Any path the panel does not know. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-indigo-800 dark:text-indigo-300">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900 dark:text-slate-50">This page does not exist</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">The link may be old, or the address mistyped.</p>
      <Link to="/dashboard" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950">
        Go to the dashboard
      </Link>
    </div>
  );
}
