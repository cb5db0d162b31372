import type { Locale } from './locales';
import type { Role } from './roles';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  active: boolean;
  emailVerified: boolean;
  createdAt: string;
}

export interface SessionView {
  user: UserView | null;
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const USER_SORT_FIELDS = ['email', 'displayName', 'createdAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
