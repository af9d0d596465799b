import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useParams } from 'react-router';
import { api } from '@/api/client';
import { isApiError } from '@/api/problem';
import { FormField } from '@/components/common/FormField';
import { ActionButton } from '@/components/common/ActionButton';
import { applyServerErrors } from '@/utils/fieldErrors';
import { AuthLayout, FormAlert } from './AuthLayout';
import { signInError } from './LoginForm';

/** The server's policy (auth-service PasswordPolicy): 12 to 128 characters, not common, not the email. */
export const MIN_PASSWORD = 12;

const schema = z
  .object({
    newPassword: z.string().min(MIN_PASSWORD, `At least ${MIN_PASSWORD} characters`).max(128, 'At most 128 characters'),
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ' });
type Values = z.infer<typeof schema>;

/** Sets a new password with the link from the email; the link works once, for 30 minutes. */
export function ResetPasswordForm() {
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<{ text: string; linkDead: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { newPassword: '', confirmPassword: '' } });

  const submit = async (values: Values) => {
    setFailure(null);
    try {
      await api<void>('/api/auth/password/reset/confirm', { method: 'POST', body: { token, newPassword: values.newPassword }, auth: false });
      setDone(true);
    } catch (error) {
      if (isApiError(error) && error.slug === 'invalid-reset-token') {
        setFailure({ text: error.message, linkDead: true });
      } else if (isApiError(error) && error.status === 400) {
        const rest = applyServerErrors(error, setError, ['newPassword']);
        if (rest) setFailure({ text: rest, linkDead: false });
      } else {
        setFailure({ text: signInError(error), linkDead: false });
      }
    }
  };

  if (done) {
    return (
      <AuthLayout title="Password changed">
        <div className="space-y-4">
          <FormAlert tone="success">Your new password is set. Every other session of your account was signed out.</FormAlert>
          <Link to="/login" className="inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950">
            Sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Choose a new password" description={`At least ${MIN_PASSWORD} characters; a passphrase of a few words is easy to remember and hard to guess.`}>
      <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4">
        {failure && (
          <FormAlert>
            {failure.text}{' '}
            {failure.linkDead && (
              <Link to="/forgot-password" className="font-medium underline">
                Ask for a new link
              </Link>
            )}
          </FormAlert>
        )}
        <FormField label="New password" type="password" autoComplete="new-password" autoFocus required error={errors.newPassword?.message} {...register('newPassword')} />
        <FormField label="Confirm new password" type="password" autoComplete="new-password" required error={errors.confirmPassword?.message} {...register('confirmPassword')} />
        <ActionButton type="submit" variant="primary" className="w-full" loading={isSubmitting}>
          Set new password
        </ActionButton>
      </form>
    </AuthLayout>
  );
}

export default ResetPasswordForm;
