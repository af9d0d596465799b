import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useDebounce } from '@/hooks/useDebounce';
import { inputClass } from './FormField';
import { cn } from '@/utils/cn';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterDefinition {
  name: string;
  label: string;
  /** A select with these options; without options, a text input matched exactly by the server. */
  options?: FilterOption[];
  placeholder?: string;
}

interface SearchFilterProps {
  search: string;
  searchLabel: string;
  onSearch: (q: string) => void;
  filters?: FilterDefinition[];
  values?: Record<string, string>;
  onFilter?: (name: string, value: string | undefined) => void;
  onClear?: () => void;
  actions?: ReactNode;
}

/** The search box (sent to the server after a pause in typing) and the list's filters. */
export function SearchFilter({ search, searchLabel, onSearch, filters = [], values = {}, onFilter, onClear, actions }: SearchFilterProps) {
  const [text, setText] = useState(search);
  const debounced = useDebounce(text, 300);
  const sent = useRef(search);

  // Only a change of what was typed searches (the effect deliberately ignores onSearch/search identity).
  useEffect(() => {
    if (debounced !== sent.current) {
      sent.current = debounced;
      onSearch(debounced);
    }
  }, [debounced]); // eslint-disable-line react-hooks/exhaustive-deps

  // A new URL (back button, a link, "Clear filters") puts its search into the box; our own search does not
  // overwrite what the user typed since.
  useEffect(() => {
    if (search !== sent.current) {
      sent.current = search;
      setText(search);
    }
  }, [search]);

  const active = Boolean(search) || Object.values(values).some(Boolean);

  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-end">
      <div className="min-w-0 flex-1 lg:min-w-64">
        <label className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          Search
          <input
            type="search"
            className={cn(inputClass, 'mt-1')}
            placeholder={searchLabel}
            aria-label={searchLabel}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
      </div>
      {filters.map((filter) => (
        <div key={filter.name} className="lg:w-44">
          <label className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            {filter.label}
            {filter.options ? (
              <select
                className={cn(inputClass, 'mt-1')}
                value={values[filter.name] ?? ''}
                onChange={(event) => onFilter?.(filter.name, event.target.value || undefined)}
              >
                <option value="">All</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <FilterText value={values[filter.name] ?? ''} placeholder={filter.placeholder} onChange={(value) => onFilter?.(filter.name, value || undefined)} />
            )}
          </label>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        {active && onClear && (
          <button
            type="button"
            onClick={() => {
              setText('');
              onClear();
            }}
            className="min-h-10 rounded-md px-3 text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            Clear filters
          </button>
        )}
        {actions}
      </div>
    </div>
  );
}

function FilterText({ value, placeholder, onChange }: { value: string; placeholder?: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const debounced = useDebounce(text, 400);
  const sent = useRef(value);
  useEffect(() => {
    if (debounced.trim() !== sent.current) {
      sent.current = debounced.trim();
      onChange(sent.current);
    }
  }, [debounced]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  return <input className={cn(inputClass, 'mt-1')} value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} />;
}
