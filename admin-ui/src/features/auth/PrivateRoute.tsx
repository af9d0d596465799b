import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '@/context/AuthContext';
import type { Role } from '@/api/types';
import { PageLoader } from '@/components/common/LoadingSpinner';

/**
 * Lets signed-in admins through (optionally only some roles); anyone else goes to /login, which brings them back
 * to the page they wanted afterwards.
 */
export function PrivateRoute({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { status, admin } = useAuth();
  const location = useLocation();
  if (status === 'checking') return <PageLoader />;
  if (status === 'signed-out' || !admin) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (roles && !roles.includes(admin.role as Role)) {
    return <Navigate to="/dashboard" replace />;
  }
  return <>{children}</>;
}
