import { HttpErrorResponse, type HttpResponse } from '@angular/common/http';
import { catchError, from, switchMap, throwError, type Observable } from 'rxjs';

/** The name the server gave the file (Content-Disposition), else the fallback. */
export function fileName(response: HttpResponse<Blob>, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed name: fall through to the plain one
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/** Hands a downloaded file to the browser, which saves it like a link's download. */
export function saveFile(response: HttpResponse<Blob>, fallbackName: string, document: Document): void {
  if (!response.body) return;
  const url = URL.createObjectURL(response.body);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response, fallbackName);
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has started reading the file by now; keep it a little longer for slow devices.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A failed blob request carries the error body as a Blob: read it back into JSON so the usual error display works. */
export function readBlobErrors<T>(request: Observable<T>): Observable<T> {
  return request.pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return throwError(() => error);
      return from(error.error.text()).pipe(
        switchMap((text) => {
          let body: unknown = null;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: the generic message will do
          }
          const parsed = new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          });
          return throwError(() => parsed);
        }),
      );
    }),
  );
}
