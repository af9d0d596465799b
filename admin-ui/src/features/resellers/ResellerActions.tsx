import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Reseller, ResellerStatus } from '@/api/types';
import { errorMessage } from '@/api/problem';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useNotify } from '@/context/NotificationContext';
import { useChangeResellerStatus, useDeleteReseller, RESELLER_MOVES } from './api';

export type ResellerAction = { kind: 'status'; to: ResellerStatus } | { kind: 'delete' };

const VERBS: Record<ResellerStatus, string> = { active: 'Activate', suspended: 'Suspend', pending: 'Set pending' };

export function statusActions(reseller: Pick<Reseller, 'status'>): ResellerAction[] {
  return RESELLER_MOVES[reseller.status].map((to) => ({ kind: 'status', to }));
}

export function actionLabel(action: ResellerAction): string {
  return action.kind === 'delete' ? 'Delete' : VERBS[action.to];
}

/**
 * Suspend, activate and delete, each behind a confirmation that asks for the reason the activity log keeps. Returns
 * the function that opens the dialog for a reseller and the dialog to render.
 */
export function useResellerActions({ afterDelete }: { afterDelete?: string } = {}) {
  const [target, setTarget] = useState<{ reseller: Reseller; action: ResellerAction } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changeStatus = useChangeResellerStatus();
  const remove = useDeleteReseller();
  const notify = useNotify();
  const navigate = useNavigate();

  const open = (reseller: Reseller, action: ResellerAction) => {
    setError(null);
    setTarget({ reseller, action });
  };

  const confirm = async (reason: string) => {
    if (!target) return;
    const { reseller, action } = target;
    try {
      if (action.kind === 'delete') {
        await remove.mutateAsync(reseller);
        notify({ tone: 'success', title: `${reseller.businessName} deleted` });
        if (afterDelete) navigate(afterDelete);
      } else {
        await changeStatus.mutateAsync({ reseller, status: action.to, reason });
        notify({ tone: 'success', title: `${reseller.businessName} is now ${action.to}` });
      }
      setTarget(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const action = target?.action;
  const name = target?.reseller.businessName ?? '';
  const dialog = (
    <ConfirmDialog
      open={target !== null}
      onOpenChange={(open) => !open && setTarget(null)}
      title={action ? `${actionLabel(action)} ${name}?` : ''}
      description={
        action?.kind === 'delete'
          ? 'The reseller disappears from lists and counts. If it ever traded, its history is kept for the records that refer to it.'
          : action?.to === 'suspended'
            ? 'A suspended reseller cannot place orders until it is activated again.'
            : 'The reseller can place orders for its clients again.'
      }
      confirmLabel={action ? actionLabel(action) : ''}
      tone={action?.kind === 'delete' || action?.to === 'suspended' ? 'danger' : 'primary'}
      reason={action?.kind === 'status' ? { label: 'Reason', hint: 'Kept in the activity log, e.g. "unpaid invoices".' } : undefined}
      onConfirm={confirm}
      error={error}
    />
  );
  return { open, dialog };
}
