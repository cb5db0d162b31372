import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthToken, type TokenPurpose } from './entities/auth-token.entity';
import { hashToken, newSecretToken } from '@miteinander/server-platform';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  password_reset: 3600_000,
  invitation: 7 * 24 * 3600_000,
};

/** One-time links: issued inside the caller's transaction, consumed atomically exactly once. */
@Injectable()
export class TokenService {
  async issue(manager: EntityManager, userId: string, purpose: TokenPurpose): Promise<string> {
    // A new link replaces older unused ones of the same purpose.
    await manager.query(`UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    const token = newSecretToken();
    await manager.insert(AuthToken, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
    });
    return token;
  }

  /** Marks the token used and returns its user, or null if unknown, used, expired or for another purpose. */
  async consume(manager: EntityManager, token: string, purposes: TokenPurpose[]): Promise<{ userId: string; purpose: TokenPurpose } | null> {
    const result = await manager
      .createQueryBuilder()
      .update(AuthToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND purpose IN (:...purposes) AND used_at IS NULL AND expires_at > now()', {
        hash: hashToken(token),
        purposes,
      })
      .returning('user_id, purpose')
      .execute();
    const row = (result.raw as { user_id: string; purpose: TokenPurpose }[])[0];
    return row ? { userId: row.user_id, purpose: row.purpose } : null;
  }
}
