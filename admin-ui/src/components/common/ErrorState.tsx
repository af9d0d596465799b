import { errorMessage } from '@/api/problem';
import { ActionButton } from './ActionButton';

/** A failed load, said plainly, with a way to try again. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{title}</p>
      <p className="mt-1">{errorMessage(error)}</p>
      {onRetry && (
        <ActionButton size="sm" className="mt-3" onClick={onRetry}>
          Try again
        </ActionButton>
      )}
    </div>
  );
}
