import { inject } from '@angular/core';
import { Router, type CanActivateFn, type CanMatchFn } from '@angular/router';
import type { Role } from '@miteinander/contracts';
import { AuthStore } from './auth-store';

/** Signed-in pages: others go to sign-in and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  return auth.signedIn() || inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Sign-in and registration make no sense while signed in. */
export const signedOutGuard: CanActivateFn = () => !inject(AuthStore).signedIn() || inject(Router).createUrlTree(['/']);

/** An account without any role may use nothing yet: it gets the explanation page. */
export const anyRoleGuard: CanActivateFn = () => inject(AuthStore).hasAnyRole() || inject(Router).createUrlTree(['/no-role']);

/** Whole areas for people holding one of the roles; their code is not even downloaded for others. */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return (_route, segments) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    if (!auth.signedIn()) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: '/' + segments.map((s) => s.path).join('/') } });
    }
    return roles.some((role) => auth.hasRole(role)) || router.createUrlTree(['/']);
  };
}
