import type { Role } from '@/api/types';

export interface NavItem {
  to: string;
  label: string;
  icon: string;
  /** Who sees it; every staff role when left out. */
  roles?: Role[];
}

/**
 * The sidebar. Orders, payments, reports and settings join when their screens exist (issue 8 builds the first
 * part); a link to a screen that does not exist yet is never shown.
 */
export const NAVIGATION: NavItem[] = [
  { to: '/dashboard', label: 'Dashboard', icon: '▦' },
  { to: '/resellers', label: 'Resellers', icon: '⌂' },
  { to: '/clients', label: 'Clients', icon: '☷' },
  { to: '/users', label: 'Users', icon: '☺' },
];
