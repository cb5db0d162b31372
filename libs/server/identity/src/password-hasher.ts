import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4: OWASP's recommended minimum or above). */
@Injectable()
export class PasswordHasher {
  // A real hash of a random string, so an unknown account costs as much time as a wrong password.
  private readonly dummy = hash('not-a-real-password-' + Math.random(), { type: argon2id });

  hash(password: string): Promise<string> {
    return hash(password, { type: argon2id });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
