import { NavLink } from 'react-router';
import { useAuth } from '@/context/AuthContext';
import { NAVIGATION } from '@/app/navigation';
import { cn } from '@/utils/cn';
import type { Role } from '@/api/types';

interface SidebarProps {
  collapsed: boolean;
  /** Phones: the sidebar is a drawer over the page. */
  mobileOpen: boolean;
  onNavigate: () => void;
}

/** The main navigation: only what the signed-in role can use; a drawer on phones, collapsible to icons on desktop. */
export function Sidebar({ collapsed, mobileOpen, onNavigate }: SidebarProps) {
  const { admin } = useAuth();
  const items = NAVIGATION.filter((item) => !item.roles || (admin && item.roles.includes(admin.role as Role)));
  return (
    <>
      {mobileOpen && <div className="fixed inset-0 z-30 bg-slate-950/50 lg:hidden" aria-hidden="true" onClick={onNavigate} />}
      <aside
        id="sidebar"
        className={cn(
          'fixed inset-y-0 left-0 z-40 flex w-64 flex-col border-r border-slate-200 bg-white transition-transform dark:border-slate-700 dark:bg-slate-900',
          'lg:static lg:z-auto lg:translate-x-0',
          // Off screen on phones until opened, and then also out of the tab order and the accessibility tree.
          mobileOpen ? 'translate-x-0' : 'max-lg:invisible -translate-x-full',
          collapsed && 'lg:w-16',
        )}
      >
        <div className={cn('flex h-14 items-center gap-2 border-b border-slate-200 px-4 dark:border-slate-700', collapsed && 'lg:justify-center lg:px-0')}>
          <img src="/favicon.svg" alt="" className="h-7 w-7" />
          <span className={cn('text-lg font-semibold text-slate-900 dark:text-slate-50', collapsed && 'lg:sr-only')}>simadmin</span>
        </div>
        <nav aria-label="Main" className="flex-1 overflow-y-auto p-2">
          <ul className="space-y-1">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  onClick={onNavigate}
                  title={collapsed ? item.label : undefined}
                  className={({ isActive }) =>
                    cn(
                      'flex min-h-10 items-center gap-3 rounded-md px-3 text-sm font-medium',
                      isActive
                        ? 'bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
                      collapsed && 'lg:justify-center lg:px-0',
                    )
                  }
                >
                  <span aria-hidden="true" className="w-5 text-center text-base">
                    {item.icon}
                  </span>
                  <span className={cn(collapsed && 'lg:sr-only')}>{item.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
    </>
  );
}
