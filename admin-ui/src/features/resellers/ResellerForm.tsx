import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useNavigate, useParams } from 'react-router';
import type { Reseller, ResellerRequest } from '@/api/types';
import { isApiError } from '@/api/problem';
import { useNotify } from '@/context/NotificationContext';
import { useAuth } from '@/context/AuthContext';
import { canWrite } from '@/utils/roles';
import { applyServerErrors } from '@/utils/fieldErrors';
import { useUnsavedChanges } from '@/hooks/useUnsavedChanges';
import { PageHeader, Card } from '@/components/common/PageHeader';
import { FormField, SelectField, TextAreaField } from '@/components/common/FormField';
import { ActionButton } from '@/components/common/ActionButton';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { ErrorState } from '@/components/common/ErrorState';
import { PageLoader } from '@/components/common/LoadingSpinner';
import { FormAlert } from '@/features/auth/AuthLayout';
import { useBreadcrumbLabel } from '@/components/common/Breadcrumb';
import { useReseller, useSaveReseller } from './api';

// The server's rules (ResellerRequest), checked as the user types; the server checks them again.
const money = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, 'A positive amount with at most 2 decimals, e.g. 5000.00')
    .refine((value) => Number(value) <= max, `At most ${max}`);
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;

export const resellerSchema = z.object({
  businessName: z.string().trim().min(1, 'Enter the business name').max(200, 'At most 200 characters'),
  contactPerson: z.string().trim().min(1, 'Enter who to talk to').max(100, 'At most 100 characters'),
  email: z.email('Enter an email address such as sales@acme.example').max(254),
  phone: z.string().trim().regex(PHONE, 'Enter a phone number such as +14155550123'),
  address: z.string().trim().min(1, 'Enter the address').max(2000, 'At most 2000 characters'),
  city: z.string().trim().min(1, 'Enter the city').max(100, 'At most 100 characters'),
  state: z.string().trim().max(100, 'At most 100 characters'),
  country: z.string().trim().min(1, 'Enter the country').max(100, 'At most 100 characters'),
  creditLimit: money(9999999999.99),
  commissionRate: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, 'A percentage with at most 2 decimals')
    .refine((value) => Number(value) <= 100, 'Between 0 and 100'),
  status: z.enum(['pending', 'active', 'suspended']),
});
export type ResellerValues = z.infer<typeof resellerSchema>;
const FIELDS = Object.keys(resellerSchema.shape);

const EMPTY: ResellerValues = {
  businessName: '',
  contactPerson: '',
  email: '',
  phone: '',
  address: '',
  city: '',
  state: '',
  country: '',
  creditLimit: '0.00',
  commissionRate: '0.00',
  status: 'pending',
};

function valuesOf(reseller: Reseller): ResellerValues {
  return {
    businessName: reseller.businessName,
    contactPerson: reseller.contactPerson,
    email: reseller.email,
    phone: reseller.phone,
    address: reseller.address,
    city: reseller.city,
    state: reseller.state ?? '',
    country: reseller.country,
    creditLimit: reseller.creditLimit,
    commissionRate: reseller.commissionRate,
    status: reseller.status,
  };
}

/** /resellers/add and /resellers/:id/edit. */
export default function ResellerFormPage() {
  const { id } = useParams();
  const { admin } = useAuth();
  const reseller = useReseller(id);
  useBreadcrumbLabel(id ? reseller.data?.businessName : null);

  if (!canWrite(admin?.role)) {
    return <ErrorState title="Not allowed" error={new Error('Only admins add and change resellers. Moderators can look, not change.')} />;
  }
  if (id && reseller.isPending) return <PageLoader />;
  if (id && reseller.isError) return <ErrorState error={reseller.error} onRetry={() => reseller.refetch()} />;
  return <ResellerForm reseller={id ? reseller.data : undefined} />;
}

export function ResellerForm({ reseller }: { reseller?: Reseller }) {
  const editing = Boolean(reseller);
  const navigate = useNavigate();
  const notify = useNotify();
  const save = useSaveReseller();
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ResellerValues>({ resolver: zodResolver(resellerSchema), defaultValues: reseller ? valuesOf(reseller) : EMPTY, mode: 'onBlur' });
  const { blocker, allow } = useUnsavedChanges(isDirty);

  useEffect(() => {
    if (reseller) reset(valuesOf(reseller));
  }, [reseller, reset]);

  const submit = async (values: ResellerValues) => {
    setFailure(null);
    const body: ResellerRequest = {
      ...values,
      state: values.state || undefined,
      // A status is chosen on registration; afterwards it changes only through activate/suspend (with a reason).
      status: editing ? undefined : values.status,
      version: reseller?.version,
    };
    try {
      const saved = await save.mutateAsync({ id: reseller?.id, body });
      notify({ tone: 'success', title: editing ? `${saved.businessName} saved` : `${saved.businessName} registered` });
      allow();
      navigate(`/resellers/${saved.id}`, { replace: editing });
    } catch (error) {
      if (isApiError(error) && error.slug === 'concurrent-change') {
        setStale(true);
        return;
      }
      setFailure(applyServerErrors(error, setError, FIELDS));
    }
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title={editing ? `Edit ${reseller?.businessName}` : 'Add reseller'}
        description={editing ? 'Contact details and account limits. Status changes are made from the details page.' : 'A new reseller starts as pending unless you activate it now.'}
      />
      <form onSubmit={handleSubmit(submit)} noValidate className="space-y-6">
        {failure && <FormAlert>{failure}</FormAlert>}
        <Card title="Business">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField label="Business name" required error={errors.businessName?.message} {...register('businessName')} />
            <FormField label="Contact person" required error={errors.contactPerson?.message} {...register('contactPerson')} />
            <FormField label="Email" type="email" required autoComplete="off" error={errors.email?.message} {...register('email')} />
            <FormField label="Phone" type="tel" required error={errors.phone?.message} hint="With the country code, e.g. +44 20 7946 0958" {...register('phone')} />
            <TextAreaField label="Address" required className="md:col-span-2" error={errors.address?.message} {...register('address')} />
            <FormField label="City" required error={errors.city?.message} {...register('city')} />
            <FormField label="State or region" error={errors.state?.message} {...register('state')} />
            <FormField label="Country" required error={errors.country?.message} hint="Name or ISO code, e.g. GB" {...register('country')} />
            {!editing && (
              <SelectField label="Status" error={errors.status?.message} {...register('status')}>
                <option value="pending">Pending (check it first)</option>
                <option value="active">Active (may order now)</option>
              </SelectField>
            )}
          </div>
        </Card>
        <Card title="Account limits">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField
              label="Credit limit"
              inputMode="decimal"
              required
              error={errors.creditLimit?.message}
              hint="What the reseller may owe at most; orders beyond it are refused."
              {...register('creditLimit')}
            />
            <FormField label="Commission rate (%)" inputMode="decimal" required error={errors.commissionRate?.message} hint="Share of each paid order the reseller earns." {...register('commissionRate')} />
          </div>
        </Card>
        <div className="flex flex-wrap justify-end gap-2">
          <Link to={reseller ? `/resellers/${reseller.id}` : '/resellers'} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800">
            Cancel
          </Link>
          <ActionButton type="submit" variant="primary" loading={isSubmitting}>
            {editing ? 'Save changes' : 'Register reseller'}
          </ActionButton>
        </div>
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave without saving?"
        description="Your changes to this reseller are not saved yet."
        confirmLabel="Leave"
        tone="danger"
        onConfirm={() => blocker.proceed?.()}
      />
      <ConfirmDialog
        open={stale}
        onOpenChange={setStale}
        title="Changed by someone else"
        description="This reseller was changed after you opened it. Load the current version? Your edits here will be replaced."
        confirmLabel="Load current version"
        onConfirm={() => {
          setStale(false);
          window.location.reload();
        }}
      />
    </div>
  );
}
