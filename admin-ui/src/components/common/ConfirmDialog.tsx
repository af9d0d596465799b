import { useEffect, useState, type ReactNode } from 'react';
import { Modal } from './Modal';
import { ActionButton, type ButtonVariant } from './ActionButton';
import { TextAreaField } from './FormField';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  tone?: Extract<ButtonVariant, 'primary' | 'danger'>;
  /** Asks for a reason (kept in the activity feed); `required` refuses an empty one. */
  reason?: { label: string; required?: boolean; hint?: string };
  onConfirm: (reason: string) => Promise<unknown> | void;
  /** The server's refusal, shown inside the dialog so the user can correct it. */
  error?: string | null;
}

/** "Are you sure?" for actions people must not take by accident (suspend, block, delete), with an optional reason. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, tone = 'primary', reason, onConfirm, error }: ConfirmDialogProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    if (open) {
      setText('');
      setMissing(false);
    }
  }, [open]);

  const confirm = async () => {
    if (reason?.required && !text.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(text.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      onOpenChange={(next) => !busy && onOpenChange(next)}
      title={title}
      description={description}
      size="sm"
      footer={
        <>
          <ActionButton onClick={() => onOpenChange(false)} disabled={busy}>
            Cancel
          </ActionButton>
          <ActionButton variant={tone} onClick={confirm} loading={busy}>
            {confirmLabel}
          </ActionButton>
        </>
      }
    >
      {(reason || error) && (
        <div className="space-y-3">
          {reason && (
            <TextAreaField
              label={reason.label}
              required={reason.required}
              hint={reason.hint}
              value={text}
              maxLength={500}
              onChange={(event) => {
                setText(event.target.value);
                setMissing(false);
              }}
              error={missing ? 'Give a reason: it is kept in the activity log.' : undefined}
            />
          )}
          {error && (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
              {error}
            </p>
          )}
        </div>
      )}
    </Modal>
  );
}
