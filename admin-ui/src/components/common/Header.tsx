import { Link, useNavigate } from 'react-router';
import { DropdownMenu } from 'radix-ui';
import { useAuth } from '@/context/AuthContext';
import { roleLabel } from '@/utils/roles';
import { ThemeToggle } from './ThemeToggle';

interface HeaderProps {
  onToggleSidebar: () => void;
  sidebarOpen: boolean;
  onToggleCollapse: () => void;
  collapsed: boolean;
}

/** The top bar: menu buttons, theme, and the user menu with profile and sign-out. */
export function Header({ onToggleSidebar, sidebarOpen, onToggleCollapse, collapsed }: HeaderProps) {
  const { admin, logout } = useAuth();
  const navigate = useNavigate();
  const name = admin ? `${admin.firstName} ${admin.lastName}` : '';
  const initials = admin ? `${admin.firstName.charAt(0)}${admin.lastName.charAt(0)}` : '';

  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-slate-200 bg-white/95 px-3 backdrop-blur sm:px-4 dark:border-slate-700 dark:bg-slate-900/95">
      <button
        type="button"
        onClick={onToggleSidebar}
        aria-controls="sidebar"
        aria-expanded={sidebarOpen}
        className="min-h-10 min-w-10 rounded-md text-xl text-slate-800 hover:bg-slate-100 lg:hidden dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">{sidebarOpen ? 'Close navigation' : 'Open navigation'}</span>
      </button>
      <button
        type="button"
        onClick={onToggleCollapse}
        aria-controls="sidebar"
        aria-expanded={!collapsed}
        className="hidden min-h-10 min-w-10 rounded-md text-xl text-slate-800 hover:bg-slate-100 lg:block dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">{collapsed ? 'Expand navigation' : 'Collapse navigation'}</span>
      </button>
      <div className="flex-1" />
      <ThemeToggle />
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="flex min-h-10 items-center gap-2 rounded-md px-2 text-sm text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800">
          <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-indigo-700 text-xs font-semibold text-white dark:bg-indigo-400 dark:text-slate-950">
            {initials}
          </span>
          <span className="hidden text-left sm:block">
            <span className="block font-medium">{name}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">{roleLabel(admin?.role)}</span>
          </span>
          <span className="sr-only sm:hidden">User menu for {name}</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="end" sideOffset={6} className="z-30 min-w-52 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800">
            <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-600 dark:text-slate-300">{admin?.email}</DropdownMenu.Label>
            <DropdownMenu.Item asChild className="block rounded px-2 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 dark:text-slate-100 dark:data-[highlighted]:bg-slate-700">
              <Link to="/profile">Profile</Link>
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
            <DropdownMenu.Item
              onSelect={async () => {
                await logout();
                navigate('/login', { replace: true });
              }}
              className="cursor-pointer rounded px-2 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 dark:text-slate-100 dark:data-[highlighted]:bg-slate-700"
            >
              Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </header>
  );
}
