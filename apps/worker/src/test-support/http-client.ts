/** A parsed JSON body, read by the tests as they would read the API's documentation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed, in these tests
type Json = any;

/** An answer from the api: status and parsed JSON body (null when there is none). */
export interface Answer<T = Json> {
  status: number;
  body: T;
}

/**
 * A browser-like client over fetch: keeps the session cookie and CSRF token from the sign-in and sends them to
 * whichever api process it is pointed at, as a load balancer would. `ip` is sent as X-Forwarded-For (the api
 * processes trust one proxy hop), so each client has its own address for the rate limit.
 */
export class ApiClient {
  private cookie = '';
  csrf = '';

  constructor(readonly ip: string) {}

  async request<T = Json>(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        'x-forwarded-for': this.ip,
        'accept-language': 'de',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-xsrf-token': this.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const session = cookies.find((c) => c.startsWith('mit_session='));
    if (session) this.cookie = session === 'mit_session=' ? '' : session;
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as T) : (null as T) };
  }

  get<T = Json>(base: string, path: string): Promise<Answer<T>> {
    return this.request<T>(base, 'GET', path);
  }

  post<T = Json>(base: string, path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Answer<T>> {
    return this.request<T>(base, 'POST', path, body, headers);
  }

  /** A second client holding the same session cookie (another tab, or a copied cookie after logout). */
  sameSession(): ApiClient {
    const copy = new ApiClient(this.ip);
    copy.cookie = this.cookie;
    copy.csrf = this.csrf;
    return copy;
  }

  async signIn(base: string, email: string, password: string): Promise<Answer> {
    const res = await this.post(base, '/auth/login', { email, password });
    if (res.status === 200) this.csrf = res.body.csrfToken;
    return res;
  }
}
