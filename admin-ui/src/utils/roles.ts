/** ADR 0006: super admins and admins change business data; moderators read (and work tickets and order status). */
export function canWrite(role: string | undefined): boolean {
  return role === 'super_admin' || role === 'admin';
}

export function roleLabel(role: string | undefined): string {
  switch (role) {
    case 'super_admin':
      return 'Super admin';
    case 'admin':
      return 'Admin';
    case 'moderator':
      return 'Moderator';
    default:
      return '';
  }
}
