import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Client, ClientStatus } from '@/api/types';
import { errorMessage, isApiError } from '@/api/problem';
import { useNotify } from '@/context/NotificationContext';
import { applyServerErrors } from '@/utils/fieldErrors';
import { ActionButton } from '@/components/common/ActionButton';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { FormField } from '@/components/common/FormField';
import { Modal } from '@/components/common/Modal';
import { FormAlert } from '@/features/auth/AuthLayout';
import { useUnsavedChanges } from '@/hooks/useUnsavedChanges';
import { useChangeClientStatus, usePatchClient, CLIENT_MOVES } from './api';

const VERBS: Record<ClientStatus, string> = { active: 'Activate', inactive: 'Deactivate', suspended: 'Suspend' };

const planSchema = z.object({
  planType: z.string().trim().min(1, 'Enter the plan').max(50, 'At most 50 characters'),
  monthlyLimit: z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, 'A positive amount with at most 2 decimals; 0 means no limit of its own'),
});
type PlanValues = z.infer<typeof planSchema>;

/** The admin's override controls of a client: status moves with a reason, plan upgrade and monthly limit. */
export function ClientActions({ client }: { client: Client }) {
  const [move, setMove] = useState<ClientStatus | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const changeStatus = useChangeClientStatus();
  const notify = useNotify();

  const confirmMove = async (reason: string) => {
    if (!move) return;
    try {
      await changeStatus.mutateAsync({ client, status: move, reason });
      notify({ tone: 'success', title: `${client.clientName} is now ${move}` });
      setMove(null);
    } catch (error) {
      setMoveError(errorMessage(error));
    }
  };

  return (
    <>
      <ActionButton onClick={() => setEditing(true)}>Change plan or limit</ActionButton>
      {CLIENT_MOVES[client.status].map((to) => (
        <ActionButton
          key={to}
          variant={to === 'suspended' ? 'danger' : 'primary'}
          onClick={() => {
            setMoveError(null);
            setMove(to);
          }}
        >
          {VERBS[to]}
        </ActionButton>
      ))}
      <ConfirmDialog
        open={move !== null}
        onOpenChange={(open) => !open && setMove(null)}
        title={move ? `${VERBS[move]} ${client.clientName}?` : ''}
        description={
          move === 'suspended'
            ? 'A suspended client cannot order, and only an admin can lift the suspension.'
            : move === 'inactive'
              ? 'An inactive client cannot order until activated again.'
              : 'The client can order again.'
        }
        confirmLabel={move ? VERBS[move] : ''}
        tone={move === 'suspended' ? 'danger' : 'primary'}
        reason={{ label: 'Reason', required: move === 'suspended', hint: 'Kept in the activity log.' }}
        onConfirm={confirmMove}
        error={moveError}
      />
      <PlanDialog client={client} open={editing} onOpenChange={setEditing} />
    </>
  );
}

function PlanDialog({ client, open, onOpenChange }: { client: Client; open: boolean; onOpenChange: (open: boolean) => void }) {
  const patch = usePatchClient();
  const notify = useNotify();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<PlanValues>({ resolver: zodResolver(planSchema), defaultValues: { planType: client.planType, monthlyLimit: client.monthlyLimit } });

  // What was typed survives an Escape, a click outside, Cancel and a link elsewhere: each asks first.
  const [discarding, setDiscarding] = useState(false);
  const { blocker } = useUnsavedChanges(open && isDirty);
  const requestClose = (next: boolean) => {
    if (next || !isDirty) onOpenChange(next);
    else setDiscarding(true);
  };

  useEffect(() => {
    if (open) {
      reset({ planType: client.planType, monthlyLimit: client.monthlyLimit });
      setFailure(null);
      setDiscarding(false);
    }
  }, [open, client, reset]);

  const submit = async (values: PlanValues) => {
    setFailure(null);
    try {
      await patch.mutateAsync({ id: client.id, patch: { ...values, version: client.version } });
      notify({ tone: 'success', title: `${client.clientName}: plan and limit saved` });
      onOpenChange(false);
    } catch (error) {
      if (isApiError(error) && error.slug === 'concurrent-change') {
        setFailure('This client was changed by someone else since you opened it. Close this dialog; the page shows the current values.');
        return;
      }
      setFailure(applyServerErrors(error, setError, ['planType', 'monthlyLimit']));
    }
  };

  return (
    <>
      <Modal open={open} onOpenChange={requestClose} title={`Plan and limit of ${client.clientName}`} description="Upgrade or change the client's plan, and override its monthly limit.">
        <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4">
          {failure && <FormAlert>{failure}</FormAlert>}
          <FormField label="Plan" required error={errors.planType?.message} {...register('planType')} />
          <FormField label="Monthly limit" inputMode="decimal" required error={errors.monthlyLimit?.message} hint="How much the client may order per month; 0 means no limit of its own." {...register('monthlyLimit')} />
          <div className="flex justify-end gap-2">
            <ActionButton onClick={() => requestClose(false)}>Cancel</ActionButton>
            <ActionButton type="submit" variant="primary" loading={isSubmitting}>
              Save
            </ActionButton>
          </div>
        </form>
      </Modal>
      <ConfirmDialog
        open={discarding || blocker.state === 'blocked'}
        onOpenChange={(asking) => {
          if (asking) return;
          setDiscarding(false);
          blocker.reset?.();
        }}
        title="Discard your changes?"
        description={`The plan and limit you typed for ${client.clientName} are not saved.`}
        confirmLabel="Discard"
        tone="danger"
        onConfirm={() => {
          setDiscarding(false);
          if (blocker.state === 'blocked') blocker.proceed?.();
          else onOpenChange(false);
        }}
      />
    </>
  );
}
