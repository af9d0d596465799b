import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { api } from '@/api/client';
import type { Admin } from '@/api/types';
import { useAuth } from '@/context/AuthContext';
import { useNotify } from '@/context/NotificationContext';
import { applyServerErrors } from '@/utils/fieldErrors';
import { roleLabel } from '@/utils/roles';
import { formatDateTime } from '@/utils/format';
import { PageHeader, Card, DetailList } from '@/components/common/PageHeader';
import { FormField } from '@/components/common/FormField';
import { ActionButton } from '@/components/common/ActionButton';
import { FormAlert } from '@/features/auth/AuthLayout';
import { MIN_PASSWORD } from '@/features/auth/ResetPasswordForm';

const profileSchema = z.object({
  firstName: z.string().trim().min(1, 'Enter your first name').max(100),
  lastName: z.string().trim().min(1, 'Enter your last name').max(100),
  username: z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9._-]{3,50}$/, '3 to 50 letters, digits, dots, dashes or underscores')]),
});
type ProfileValues = z.infer<typeof profileSchema>;

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password'),
    newPassword: z.string().min(MIN_PASSWORD, `At least ${MIN_PASSWORD} characters`).max(128),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ' });
type PasswordValues = z.infer<typeof passwordSchema>;

/** The signed-in admin's own account: names, username and password. */
export default function ProfilePage() {
  const { admin, setAdmin } = useAuth();
  const notify = useNotify();
  const [profileFailure, setProfileFailure] = useState<string | null>(null);
  const [passwordFailure, setPasswordFailure] = useState<string | null>(null);
  const profile = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: { firstName: admin?.firstName ?? '', lastName: admin?.lastName ?? '', username: admin?.username ?? '' },
  });
  const password = useForm<PasswordValues>({ resolver: zodResolver(passwordSchema), defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });
  if (!admin) return null;

  const saveProfile = async (values: ProfileValues) => {
    setProfileFailure(null);
    try {
      const saved = await api<Admin>('/api/auth/user', { method: 'PATCH', body: { ...values, username: values.username || undefined } });
      setAdmin(saved);
      profile.reset({ firstName: saved.firstName, lastName: saved.lastName, username: saved.username ?? '' });
      notify({ tone: 'success', title: 'Profile saved' });
    } catch (error) {
      setProfileFailure(applyServerErrors(error, profile.setError, ['firstName', 'lastName', 'username']));
    }
  };

  const changePassword = async (values: PasswordValues) => {
    setPasswordFailure(null);
    try {
      await api<void>('/api/auth/password/change', { method: 'POST', body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      password.reset();
      notify({ tone: 'success', title: 'Password changed', description: 'Your other sessions were signed out.' });
    } catch (error) {
      setPasswordFailure(applyServerErrors(error, password.setError, ['currentPassword', 'newPassword']));
    }
  };

  return (
    <div className="space-y-6">
      <PageHeader title="Your profile" description={`${roleLabel(admin.role)} · ${admin.email}`} />
      <Card title="Account">
        <DetailList
          items={[
            { label: 'Email', value: admin.email },
            { label: 'Role', value: roleLabel(admin.role) },
            { label: 'Last sign-in', value: formatDateTime(admin.lastLogin) },
            { label: 'Member since', value: formatDateTime(admin.createdAt) },
          ]}
        />
      </Card>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Names">
          <form onSubmit={profile.handleSubmit(saveProfile)} noValidate className="space-y-4">
            {profileFailure && <FormAlert>{profileFailure}</FormAlert>}
            <FormField label="First name" required error={profile.formState.errors.firstName?.message} {...profile.register('firstName')} />
            <FormField label="Last name" required error={profile.formState.errors.lastName?.message} {...profile.register('lastName')} />
            <FormField label="Username" error={profile.formState.errors.username?.message} hint="Optional; you can sign in with it instead of your email." {...profile.register('username')} />
            <ActionButton type="submit" variant="primary" loading={profile.formState.isSubmitting}>
              Save
            </ActionButton>
          </form>
        </Card>
        <Card title="Password">
          <form onSubmit={password.handleSubmit(changePassword)} noValidate className="space-y-4">
            {passwordFailure && <FormAlert>{passwordFailure}</FormAlert>}
            <FormField label="Current password" type="password" autoComplete="current-password" required error={password.formState.errors.currentPassword?.message} {...password.register('currentPassword')} />
            <FormField label="New password" type="password" autoComplete="new-password" required error={password.formState.errors.newPassword?.message} {...password.register('newPassword')} />
            <FormField label="Confirm new password" type="password" autoComplete="new-password" required error={password.formState.errors.confirmPassword?.message} {...password.register('confirmPassword')} />
            <ActionButton type="submit" variant="primary" loading={password.formState.isSubmitting}>
              Change password
            </ActionButton>
          </form>
        </Card>
      </div>
    </div>
  );
}
