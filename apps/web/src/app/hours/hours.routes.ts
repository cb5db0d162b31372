import type { Routes } from '@angular/router';

const ROUTES: Routes = [];
export default ROUTES;
