import type { ActivatedRouteSnapshot, Routes } from '@angular/router';
import { signedOutGuard } from '../core/auth/auth-guards';

/** The same page sets a forgotten password and the first one of an invited person. */
const resetTitle = (route: ActivatedRouteSnapshot): string =>
  route.queryParamMap.get('invitation') === '1' ? 'titles.setPassword' : 'titles.resetPassword';

export const AUTH_ROUTES: Routes = [
  {
    path: 'login',
    title: 'titles.login',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
  {
    path: 'register',
    title: 'titles.register',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'verify-email',
    title: 'titles.verifyEmail',
    loadComponent: () => import('./verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'forgot-password',
    title: 'titles.forgotPassword',
    loadComponent: () => import('./forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: resetTitle,
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    loadComponent: () => import('./reset-password-page').then((m) => m.ResetPasswordPage),
  },
];
