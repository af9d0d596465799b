import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useLocalStorage } from '@/hooks/useLocalStorage';
import { Sidebar } from './Sidebar';
import { Header } from './Header';
import { Breadcrumb, BreadcrumbProvider } from './Breadcrumb';
import { ErrorBoundary } from './ErrorBoundary';
import { PageLoader } from './LoadingSpinner';

/** The signed-in shell: sidebar, header, breadcrumbs and the current screen inside its own error boundary. */
export function Layout() {
  const [collapsed, setCollapsed] = useLocalStorage('simadmin.sidebar.collapsed', false);
  const [mobileOpen, setMobileOpen] = useState(false);
  const location = useLocation();

  return (
    <div className="flex min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a href="#main" className="sr-only z-50 rounded bg-indigo-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2">
        Skip to content
      </a>
      <Sidebar collapsed={collapsed} mobileOpen={mobileOpen} onNavigate={() => setMobileOpen(false)} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Header
          sidebarOpen={mobileOpen}
          onToggleSidebar={() => setMobileOpen((open) => !open)}
          collapsed={collapsed}
          onToggleCollapse={() => setCollapsed(!collapsed)}
        />
        <BreadcrumbProvider>
          {(label) => (
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 p-4 outline-none sm:p-6">
              <Breadcrumb lastLabel={label} />
              <QueryErrorResetBoundary>
                {({ reset }) => (
                  <ErrorBoundary onReset={reset} resetKey={location.pathname}>
                    <Suspense fallback={<PageLoader />}>
                      <Outlet />
                    </Suspense>
                  </ErrorBoundary>
                )}
              </QueryErrorResetBoundary>
            </main>
          )}
        </BreadcrumbProvider>
      </div>
    </div>
  );
}
