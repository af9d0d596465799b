import { useState } from 'react';
import { useParams } from 'react-router';
import type { User, UserStatus } from '@/api/types';
import { errorMessage } from '@/api/problem';
import { useAuth } from '@/context/AuthContext';
import { useNotify } from '@/context/NotificationContext';
import { useOptionalApi } from '@/hooks/useApi';
import { canWrite } from '@/utils/roles';
import { formatDate, formatDateTime, humanize } from '@/utils/format';
import { PageHeader, Card, DetailList } from '@/components/common/PageHeader';
import { StatusBadge } from '@/components/common/StatusBadge';
import { ActionButton } from '@/components/common/ActionButton';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { ErrorState } from '@/components/common/ErrorState';
import { PageLoader } from '@/components/common/LoadingSpinner';
import { Tabs } from '@/components/common/Tabs';
import { ActivityLog } from '@/components/common/ActivityLog';
import { useBreadcrumbLabel } from '@/components/common/Breadcrumb';
import { useChangeUserStatus, useRevealIdDocument, useUser, USER_MOVES } from './api';
import { UserOrderHistory, UserPaymentHistory } from './UserOrderHistory';
import { UserSupportTickets } from './UserSupportTickets';

const VERBS: Record<UserStatus, string> = { active: 'Activate', blocked: 'Block', pending_verification: 'Set pending' };

/** /users/:id: personal information, block/unblock with a reason, and the user's orders, payments and tickets. */
export default function UserDetails() {
  const { id = '' } = useParams();
  const { admin } = useAuth();
  const writer = canWrite(admin?.role);
  const user = useUser(id);
  // Orders and payments come from services that may not be deployed yet: their tabs appear once they answer.
  const orders = useOptionalApi(`/api/users/${id}/orders`, { size: 1 });
  const payments = useOptionalApi(`/api/users/${id}/transactions`, { size: 1 });
  const [move, setMove] = useState<UserStatus | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const changeStatus = useChangeUserStatus();
  const reveal = useRevealIdDocument();
  const notify = useNotify();
  useBreadcrumbLabel(user.data?.fullName);

  if (user.isPending) return <PageLoader />;
  if (user.isError) return <ErrorState error={user.error} onRetry={() => user.refetch()} title="This user could not be loaded" />;
  const u: User = user.data;
  const revealed = reveal.data?.id === u.id ? reveal.data.idDocumentNumber : null;

  const confirmMove = async (reason: string) => {
    if (!move) return;
    try {
      await changeStatus.mutateAsync({ user: u, status: move, reason });
      notify({ tone: 'success', title: `${u.fullName} is now ${humanize(move).toLowerCase()}` });
      setMove(null);
    } catch (error) {
      setMoveError(errorMessage(error));
    }
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {u.fullName} <StatusBadge status={u.status} />
          </span>
        }
        description={`Registered ${formatDateTime(u.createdAt)}${u.currentPlan ? ` · package ${u.currentPlan}` : ''}`}
        actions={
          writer &&
          USER_MOVES[u.status].map((to) => (
            <ActionButton
              key={to}
              variant={to === 'blocked' ? 'danger' : 'primary'}
              onClick={() => {
                setMoveError(null);
                setMove(to);
              }}
            >
              {to === 'active' && u.status === 'blocked' ? 'Unblock' : VERBS[to]}
            </ActionButton>
          ))
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Personal information">
          <DetailList
            items={[
              { label: 'Email', value: `${u.email}${u.emailVerifiedAt ? ' (verified)' : ' (not verified)'}` },
              { label: 'Phone', value: `${u.phone}${u.phoneVerifiedAt ? ' (verified)' : ' (not verified)'}` },
              { label: 'Date of birth', value: formatDate(u.dateOfBirth) },
              { label: 'Address', value: u.address },
              { label: 'City', value: [u.city, u.state].filter(Boolean).join(', ') },
              { label: 'Postal code', value: u.postalCode },
              { label: 'Country', value: u.country },
            ]}
          />
        </Card>
        <Card title="Identity document">
          <DetailList
            items={[
              { label: 'Type', value: u.idDocumentType },
              { label: 'Number', value: <span className="font-mono">{revealed ?? u.idDocumentNumber}</span> },
            ]}
          />
          {writer && !revealed && (
            <div className="mt-4 space-y-2">
              <ActionButton size="sm" loading={reveal.isPending} onClick={() => reveal.mutate(u.id)}>
                Show number
              </ActionButton>
              <p className="text-xs text-slate-600 dark:text-slate-400">Showing the number in clear is recorded in the audit log.</p>
              {reveal.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errorMessage(reveal.error)}</p>}
            </div>
          )}
        </Card>
      </div>
      <Tabs
        label="User records"
        tabs={[
          ...(orders.available ? [{ value: 'orders', label: 'Orders', content: <UserOrderHistory userId={u.id} /> }] : []),
          ...(payments.available ? [{ value: 'payments', label: 'Payments', content: <UserPaymentHistory userId={u.id} /> }] : []),
          { value: 'tickets', label: 'Support tickets', content: <UserSupportTickets userId={u.id} /> },
          { value: 'activity', label: 'Activity', content: <ActivityLog subjectType="user" subjectId={u.id} /> },
        ]}
      />
      <ConfirmDialog
        open={move !== null}
        onOpenChange={(open) => !open && setMove(null)}
        title={move === 'blocked' ? `Block ${u.fullName}?` : `${move === 'active' && u.status === 'blocked' ? 'Unblock' : 'Activate'} ${u.fullName}?`}
        description={move === 'blocked' ? 'A blocked user cannot place new orders until unblocked.' : 'The user can place orders again.'}
        confirmLabel={move === 'blocked' ? 'Block' : move === 'active' && u.status === 'blocked' ? 'Unblock' : 'Activate'}
        tone={move === 'blocked' ? 'danger' : 'primary'}
        reason={{ label: 'Reason', required: move === 'blocked', hint: 'Kept in the activity log.' }}
        onConfirm={confirmMove}
        error={moveError}
      />
    </div>
  );
}
