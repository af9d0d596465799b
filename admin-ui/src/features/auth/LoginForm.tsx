import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '@/context/AuthContext';
import { errorMessage, isApiError } from '@/api/problem';
import { FormField } from '@/components/common/FormField';
import { ActionButton } from '@/components/common/ActionButton';
import { PageLoader } from '@/components/common/LoadingSpinner';
import { applyServerErrors } from '@/utils/fieldErrors';
import { AuthLayout, FormAlert } from './AuthLayout';

const schema = z.object({
  login: z.string().trim().min(1, 'Enter your email or username').max(254, 'At most 254 characters'),
  password: z.string().min(1, 'Enter your password').max(256, 'At most 256 characters'),
  rememberMe: z.boolean(),
});
type Values = z.infer<typeof schema>;

/**
 * Why a sign-in failed, in words that never tell whether an account exists: wrong password and unknown login read
 * the same (the server answers both with the same 401).
 */
export function signInError(error: unknown): string {
  if (!isApiError(error)) return errorMessage(error);
  if (error.status === 401) return 'Wrong email, username or password.';
  if (error.status === 423) return error.problem.detail ?? 'Too many failed sign-ins for this account. Try again later, or reset the password.';
  if (error.status === 429) {
    const seconds = error.problem.retryAfterSeconds;
    return `Too many sign-in attempts. Try again${seconds ? ` in ${seconds} seconds` : ' in a minute'}.`;
  }
  if (error.unavailable) return 'Sign-in is not available right now. Try again in a moment.';
  return errorMessage(error);
}

export function LoginForm() {
  const { login, status, endedReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { login: '', password: '', rememberMe: false } });

  if (status === 'checking') return <PageLoader />;
  if (status === 'signed-in') return <Navigate to={from ?? '/dashboard'} replace />;

  const submit = async (values: Values) => {
    setFailure(null);
    try {
      await login(values);
      navigate(from && !from.startsWith('/login') ? from : '/dashboard', { replace: true });
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        setFailure(applyServerErrors(error, setError, ['login', 'password']));
      } else {
        setFailure(signInError(error));
      }
    }
  };

  return (
    <AuthLayout title="Sign in" description="The simadmin back office, for admins and moderators.">
      <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4">
        {failure && <FormAlert>{failure}</FormAlert>}
        {!failure && endedReason && <FormAlert>{endedReason}</FormAlert>}
        <FormField label="Email or username" autoComplete="username" autoFocus required error={errors.login?.message} {...register('login')} />
        <FormField label="Password" type="password" autoComplete="current-password" required error={errors.password?.message} {...register('password')} />
        <div className="flex items-center justify-between gap-2">
          <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...register('rememberMe')} />
            Remember me for 30 days
          </label>
          <Link to="/forgot-password" className="text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
            Forgot password?
          </Link>
        </div>
        <ActionButton type="submit" variant="primary" className="w-full" loading={isSubmitting}>
          Sign in
        </ActionButton>
      </form>
    </AuthLayout>
  );
}

export default LoginForm;
