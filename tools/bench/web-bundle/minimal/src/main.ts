import { bootstrapApplication } from '@angular/platform-browser';
import { Hello } from './hello';

bootstrapApplication(Hello).catch((error: unknown) => console.error(error));
