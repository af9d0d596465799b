import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/problem';

/**
 * Puts the server's problem+json field errors onto the form's fields (400 validation, 409 "email already in use").
 * Answers the errors that match no field, for a message above the form.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string | null {
  if (!isApiError(error)) return null;
  const unmatched: string[] = [];
  let focused = false;
  for (const { field, message } of error.fieldErrors) {
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message: capitalize(message) }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(`${field} ${message}`);
    }
  }
  if (error.fieldErrors.length === 0) return error.message;
  return unmatched.length ? unmatched.join('; ') : null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
