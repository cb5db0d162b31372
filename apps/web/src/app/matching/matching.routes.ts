import type { Routes } from '@angular/router';

/** Coordinators' matching (the role is checked in app.routes): suggestions per request, weights, rounds. */
const MATCHING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'rounds' },
  { path: 'requests/:id', title: 'titles.matchSuggestions', loadComponent: () => import('./suggestions/suggestions-page').then((m) => m.SuggestionsPage) },
  { path: 'weights', title: 'titles.matchWeights', loadComponent: () => import('./weights/weights-page').then((m) => m.WeightsPage) },
  { path: 'rounds', title: 'titles.matchRound', loadComponent: () => import('./rounds/round-setup-page').then((m) => m.RoundSetupPage) },
  { path: 'rounds/:id', title: 'titles.matchRoundResult', loadComponent: () => import('./rounds/round-result-page').then((m) => m.RoundResultPage) },
];

export default MATCHING_ROUTES;
