import { Navigate, type RouteObject } from 'react-router';
import { Layout } from '@/components/common/Layout';
import { PrivateRoute } from '@/features/auth/PrivateRoute';
import { RouteError } from './RouteError';
import { PageLoader } from '@/components/common/LoadingSpinner';

/** Each screen is its own chunk, loaded when first visited: the first page load carries only the shell. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  { path: '/login', lazy: page(() => import('@/features/auth/LoginForm')), errorElement: <RouteError />, hydrateFallbackElement: <PageLoader /> },
  { path: '/forgot-password', lazy: page(() => import('@/features/auth/ForgotPasswordForm')), errorElement: <RouteError />, hydrateFallbackElement: <PageLoader /> },
  { path: '/reset-password/:token', lazy: page(() => import('@/features/auth/ResetPasswordForm')), errorElement: <RouteError />, hydrateFallbackElement: <PageLoader /> },
  {
    path: '/',
    element: (
      <PrivateRoute>
        <Layout />
      </PrivateRoute>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', handle: { crumb: 'Dashboard' }, lazy: page(() => import('@/features/dashboard/DashboardOverview')) },
      {
        path: 'resellers',
        handle: { crumb: 'Resellers' },
        children: [
          { index: true, lazy: page(() => import('@/features/resellers/ResellersList')) },
          { path: 'add', handle: { crumb: 'Add reseller' }, lazy: page(() => import('@/features/resellers/ResellerForm')) },
          {
            path: ':id',
            handle: { crumb: 'Details' },
            children: [
              { index: true, lazy: page(() => import('@/features/resellers/ResellerDetails')) },
              { path: 'edit', handle: { crumb: 'Edit' }, lazy: page(() => import('@/features/resellers/ResellerForm')) },
            ],
          },
        ],
      },
      {
        path: 'clients',
        handle: { crumb: 'Clients' },
        children: [
          { index: true, lazy: page(() => import('@/features/clients/ClientsList')) },
          { path: ':id', handle: { crumb: 'Details' }, lazy: page(() => import('@/features/clients/ClientDetails')) },
        ],
      },
      {
        path: 'users',
        handle: { crumb: 'Users' },
        children: [
          { index: true, lazy: page(() => import('@/features/users/UsersList')) },
          { path: ':id', handle: { crumb: 'Details' }, lazy: page(() => import('@/features/users/UserDetails')) },
        ],
      },
      { path: 'profile', handle: { crumb: 'Profile' }, lazy: page(() => import('@/features/profile/ProfilePage')) },
      { path: '*', lazy: page(() => import('@/components/common/NotFound')) },
    ],
  },
];
