import { useMemo, useState, type ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type VisibilityState,
} from '@tanstack/react-table';
import { DropdownMenu } from 'radix-ui';
import { Link } from 'react-router';
import { useLocalStorage } from '@/hooks/useLocalStorage';
import { cn } from '@/utils/cn';
import { Skeleton } from './LoadingSpinner';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';

/** A list query's rows and states as DataTable takes them. */
export function queryTableProps<T>(query: { data?: { content: T[] }; isPending: boolean; error: unknown; refetch: () => unknown }) {
  return { data: query.data?.content, loading: query.isPending, error: query.error, onRetry: () => void query.refetch() };
}

export interface DataTableProps<T> {
  /** Names the table for its saved column choices, e.g. "resellers". */
  id: string;
  caption: string;
  columns: ColumnDef<T, unknown>[];
  data: T[] | undefined;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  getRowId: (row: T) => string;
  /** "field,asc" / "field,desc"; sorting happens on the server. */
  sort?: string;
  onSortChange?: (sort: string) => void;
  /** Bulk selection: the buttons to show for the selected rows. */
  bulkActions?: (selected: T[], clear: () => void) => ReactNode;
  empty: ReactNode;
  /** Columns hidden until the user shows them (narrow screens need few). */
  initiallyHidden?: string[];
}

const SKELETON_ROWS = 6;

/**
 * The panel's table: server-side sort (headers are buttons with aria-sort), column visibility remembered per table,
 * bulk selection, skeleton rows while loading, an empty state that says what to do, horizontal scroll on phones.
 */
export function DataTable<T>({ id, caption, columns, data, loading, error, onRetry, getRowId, sort = '', onSortChange, bulkActions, empty, initiallyHidden = [] }: DataTableProps<T>) {
  const [visibility, setVisibility] = useLocalStorage<VisibilityState>(
    `simadmin.columns.${id}`,
    Object.fromEntries(initiallyHidden.map((column) => [column, false])),
  );
  const [selection, setSelection] = useState<RowSelectionState>({});
  const rows = useMemo(() => data ?? [], [data]);

  const allColumns = useMemo<ColumnDef<T, unknown>[]>(() => {
    if (!bulkActions) return columns;
    const select: ColumnDef<T, unknown> = {
      id: 'select',
      enableHiding: false,
      enableSorting: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          className="h-4 w-4 accent-indigo-700"
          aria-label="Select all rows on this page"
          checked={table.getIsAllRowsSelected()}
          ref={(element) => {
            if (element) element.indeterminate = table.getIsSomeRowsSelected();
          }}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="h-4 w-4 accent-indigo-700"
          aria-label="Select row"
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    };
    return [select, ...columns];
  }, [columns, bulkActions]);

  const table = useReactTable({
    data: rows,
    columns: allColumns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableRowSelection: Boolean(bulkActions),
    state: { columnVisibility: visibility, rowSelection: selection },
    onColumnVisibilityChange: (updater) => setVisibility(typeof updater === 'function' ? updater(visibility) : updater),
    onRowSelectionChange: setSelection,
  });

  const [sortField, sortDirection] = sort.split(',');
  const toggleSort = (field: string) => {
    if (!onSortChange) return;
    if (sortField !== field) onSortChange(`${field},asc`);
    else if (sortDirection === 'asc') onSortChange(`${field},desc`);
    else onSortChange('');
  };

  const selected = table.getSelectedRowModel().rows.map((row) => row.original);
  const visibleColumns = table.getVisibleLeafColumns().length;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2" aria-live="polite">
          {bulkActions && selected.length > 0 && (
            <>
              <span className="text-sm text-slate-700 dark:text-slate-300">{selected.length} selected</span>
              {bulkActions(selected, () => setSelection({}))}
            </>
          )}
        </div>
        <ColumnMenu table={table} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm dark:divide-slate-700">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 dark:bg-slate-800">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = header.column.columnDef.enableSorting !== false && Boolean(onSortChange) && header.column.id !== 'select' && header.column.id !== 'actions';
                  const active = sortField === header.column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (sortDirection === 'desc' ? 'descending' : 'ascending') : undefined}
                      className="whitespace-nowrap px-3 py-2.5 font-semibold text-slate-800 dark:text-slate-200"
                    >
                      {sortable ? (
                        <button type="button" onClick={() => toggleSort(header.column.id)} className="inline-flex items-center gap-1 rounded hover:text-indigo-800 dark:hover:text-indigo-300">
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true" className="text-xs">
                            {active ? (sortDirection === 'desc' ? '▼' : '▲') : '↕'}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {loading && !data
              ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                  <tr key={index}>
                    {Array.from({ length: visibleColumns }, (__, cell) => (
                      <td key={cell} className="px-3 py-3">
                        <Skeleton className="h-4 w-full min-w-12" />
                      </td>
                    ))}
                  </tr>
                ))
              : table.getRowModel().rows.map((row) => (
                  <tr key={row.id} className={cn('hover:bg-slate-50 dark:hover:bg-slate-800/60', row.getIsSelected() && 'bg-indigo-50 dark:bg-indigo-950/40')}>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className="whitespace-nowrap px-3 py-2.5 text-slate-800 dark:text-slate-200">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
          </tbody>
        </table>
        {!loading && error !== undefined && error !== null && (
          <div className="p-4">
            <ErrorState error={error} onRetry={onRetry} />
          </div>
        )}
        {!loading && !error && data && data.length === 0 && <div className="p-4">{empty}</div>}
      </div>
    </div>
  );
}

function ColumnMenu<T>({ table }: { table: ReturnType<typeof useReactTable<T>> }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="min-h-9 rounded-md border border-slate-300 px-3 text-sm text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800">
        Columns
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-30 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold uppercase text-slate-600 dark:text-slate-300">Show columns</DropdownMenu.Label>
          {hideable.map((column) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => column.toggleVisibility(Boolean(checked))}
              onSelect={(event) => event.preventDefault()}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 dark:text-slate-100 dark:data-[highlighted]:bg-slate-700"
            >
              <span aria-hidden="true" className="w-4">
                {column.getIsVisible() ? '✓' : ''}
              </span>
              {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

export function EmptyTable({ title, children }: { title: string; children?: ReactNode }) {
  return <EmptyState title={title}>{children}</EmptyState>;
}

/** A list's first column: the row's name, linking to its details page, never hidden. */
export function linkColumn<T>(id: string, header: string, href: (row: T) => string, label: (row: T) => ReactNode): ColumnDef<T, unknown> {
  return {
    id,
    header,
    enableHiding: false,
    cell: ({ row }) => (
      <Link to={href(row.original)} className="font-medium text-indigo-800 hover:underline dark:text-indigo-300">
        {label(row.original)}
      </Link>
    ),
  };
}
