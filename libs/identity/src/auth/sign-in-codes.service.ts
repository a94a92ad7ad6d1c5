import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** How long the console has to exchange a code: it does so as soon as it loads. */
const CODE_SECONDS = 60;

const hash = (code: string) => createHash('sha256').update(code, 'utf8').digest('hex');

/**
 * One-time codes that carry a sign-in made elsewhere (an OpenID Connect provider) to the console
 * without putting a token in an address: only the hash is stored, and a code works once.
 */
@Injectable()
export class SignInCodesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async issue(userId: string): Promise<string> {
    const code = randomBytes(32).toString('base64url');
    await this.db.query('DELETE FROM sign_in_codes WHERE expires_at < now()');
    await this.db.query(
      `INSERT INTO sign_in_codes (code_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [hash(code), userId, CODE_SECONDS],
    );
    return code;
  }

  /** The user the code was issued for, or null when it is unknown, used or expired. */
  async consume(code: string): Promise<string | null> {
    const [rows]: [{ user_id: string }[], number] = await this.db.query(
      'DELETE FROM sign_in_codes WHERE code_hash = $1 RETURNING user_id, expires_at > now() AS live',
      [hash(code)],
    );
    const row = rows[0] as { user_id: string; live: boolean } | undefined;
    return row?.live ? row.user_id : null;
  }
}
