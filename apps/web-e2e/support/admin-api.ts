import { request, type APIRequestContext } from '@playwright/test';
import type { MailDetail, MailSummary, Page, Role, UserView } from '@miteinander/contracts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from './environment';

/** The admin's API session, for preparing data a test is not about (the UI path is tested elsewhere). */
export class AdminApi {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async signIn(): Promise<AdminApi> {
    const api = await request.newContext({ baseURL: BASE_URL });
    const response = await api.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    if (!response.ok()) throw new Error(`admin sign-in failed: ${response.status()}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new AdminApi(api, csrfToken);
  }

  /** The link in the newest mail to `to` that points at `path` (e.g. /verify-email). */
  async linkFromMail(to: string, path: string): Promise<string> {
    const list = (await (await this.api.get('/api/v1/mail', { params: { q: to } })).json()) as Page<MailSummary>;
    const [newest] = list.items;
    if (!newest) throw new Error(`no mail to ${to}`);
    const mail = (await (await this.api.get(`/api/v1/mail/${newest.id}`)).json()) as MailDetail;
    const link = mail.text?.match(new RegExp(`https?://\\S+${path}\\?\\S+`))?.[0];
    if (!link) throw new Error(`no ${path} link in the mail to ${to}`);
    return link;
  }

  async findUser(email: string): Promise<UserView> {
    const list = (await (await this.api.get('/api/v1/users', { params: { q: email } })).json()) as Page<UserView>;
    const user = list.items.find((u) => u.email === email);
    if (!user) throw new Error(`no user ${email}`);
    return user;
  }

  async setRoles(userId: string, roles: Role[]): Promise<void> {
    const response = await this.api.patch(`/api/v1/users/${userId}`, { data: { roles }, headers: { 'X-XSRF-TOKEN': this.csrfToken } });
    if (!response.ok()) throw new Error(`role change failed: ${response.status()}`);
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.api.get(`/api/v1${path}`);
    if (!response.ok()) throw new Error(`GET ${path} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Any staff call (admins may do what coordinators do); fails the test on an error answer. */
  async send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, data: unknown): Promise<T> {
    const response = await this.api.fetch(`/api/v1${path}`, { method, data, headers: { 'X-XSRF-TOKEN': this.csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }
}
