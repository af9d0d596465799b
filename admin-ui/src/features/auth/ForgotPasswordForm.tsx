import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link } from 'react-router';
import { api } from '@/api/client';
import { isApiError } from '@/api/problem';
import { FormField } from '@/components/common/FormField';
import { ActionButton } from '@/components/common/ActionButton';
import { applyServerErrors } from '@/utils/fieldErrors';
import { AuthLayout, FormAlert } from './AuthLayout';
import { signInError } from './LoginForm';

const schema = z.object({ email: z.email('Enter an email address such as you@example.com').max(254) });
type Values = z.infer<typeof schema>;

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const submit = async (values: Values) => {
    setFailure(null);
    try {
      const answer = await api<{ message: string }>('/api/auth/password/reset', { method: 'POST', body: values, auth: false });
      setSent(answer?.message ?? 'If an account uses this email, we have sent it a link to choose a new password.');
    } catch (error) {
      setFailure(isApiError(error) && error.status === 400 ? applyServerErrors(error, setError, ['email']) : signInError(error));
    }
  };

  return (
    <AuthLayout title="Forgot your password?" description="Enter the email of your account and we will send you a link to choose a new password.">
      {sent ? (
        <div className="space-y-4">
          <FormAlert tone="success">{sent}</FormAlert>
          <p className="text-sm text-slate-700 dark:text-slate-300">No email after a few minutes? Check the spam folder, or ask again.</p>
          <Link to="/login" className="inline-block text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
            Back to sign in
          </Link>
        </div>
      ) : (
        <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4">
          {failure && <FormAlert>{failure}</FormAlert>}
          <FormField label="Email" type="email" autoComplete="email" autoFocus required error={errors.email?.message} {...register('email')} />
          <ActionButton type="submit" variant="primary" className="w-full" loading={isSubmitting}>
            Send reset link
          </ActionButton>
          <Link to="/login" className="block text-center text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
            Back to sign in
          </Link>
        </form>
      )}
    </AuthLayout>
  );
}

export default ForgotPasswordForm;
