import { PAGE_SIZES } from '@/hooks/usePagination';
import { formatCount } from '@/utils/format';
import { inputClass } from './FormField';
import { cn } from '@/utils/cn';

interface PaginationProps {
  /** from 0 */
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
  /** false when the server estimated the total (very large lists): it is shown as "about". */
  exactTotal?: boolean;
  onPageChange: (page: number) => void;
  /** Without it, the page size is fixed and not offered. */
  onSizeChange?: (size: number) => void;
}

/** Pages of a server-side list: where you are, how many there are, first/previous/next/last and the page size. */
export function Pagination({ page, size, totalElements, totalPages, exactTotal = true, onPageChange, onSizeChange }: PaginationProps) {
  const first = totalElements === 0 ? 0 : page * size + 1;
  const last = Math.min(totalElements, (page + 1) * size);
  const button = 'min-h-9 min-w-9 rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-100 disabled:opacity-50 disabled:hover:bg-transparent dark:border-slate-600 dark:hover:bg-slate-700';
  return (
    <nav aria-label="Pagination" className="flex flex-col gap-3 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between dark:text-slate-300">
      <p aria-live="polite">
        {totalElements === 0 ? 'No results' : `${formatCount(first)}–${formatCount(last)} of ${exactTotal ? '' : 'about '}${formatCount(totalElements)}`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {onSizeChange && (
          <label className="flex items-center gap-2 whitespace-nowrap">
            <span>Rows per page</span>
            <select className={cn(inputClass.replace('w-full', 'w-20'), 'py-1')} value={size} onChange={(event) => onSizeChange(Number(event.target.value))}>
              {PAGE_SIZES.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className={button} onClick={() => onPageChange(0)} disabled={page <= 0} aria-label="First page">
          «
        </button>
        <button type="button" className={button} onClick={() => onPageChange(page - 1)} disabled={page <= 0} aria-label="Previous page">
          ‹
        </button>
        <span className="px-1">
          Page {totalPages === 0 ? 0 : page + 1} of {exactTotal ? '' : 'about '}{formatCount(totalPages)}
        </span>
        <button type="button" className={button} onClick={() => onPageChange(page + 1)} disabled={page + 1 >= totalPages} aria-label="Next page">
          ›
        </button>
        <button type="button" className={button} onClick={() => onPageChange(totalPages - 1)} disabled={page + 1 >= totalPages} aria-label="Last page">
          »
        </button>
      </div>
    </nav>
  );
}
