import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, DomainError, ErrorKind, Role } from '@chn/core';
import { UsersService } from './users/users.service';

export const FIRST_ADMIN_HINT =
  'No national administrator exists yet. Create one with ' +
  '`npm run cli -- create-admin --email you@example.org` (it asks for the password, or reads ' +
  'ADMIN_PASSWORD), or set BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD and restart.';

/**
 * When the API starts: creates the national administrator named by BOOTSTRAP_ADMIN_EMAIL and
 * BOOTSTRAP_ADMIN_PASSWORD unless a national administrator with that email exists (demo data or
 * other accounts do not matter), or, without those settings, says how to create the first one.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.BOOTSTRAP_ADMIN_EMAIL;
    const password = this.config.BOOTSTRAP_ADMIN_PASSWORD;
    if (email && password) await this.ensureAdmin(email, password);
    else if (!(await this.users.nationalAdminExists())) this.logger.warn(FIRST_ADMIN_HINT);
  }

  private async ensureAdmin(email: string, password: string): Promise<void> {
    const existing = await this.users.findByEmail(email);
    if (existing) {
      if (existing.role !== Role.HUB_ADMIN || existing.hubId !== null) {
        this.logger.warn(
          { email },
          'BOOTSTRAP_ADMIN_EMAIL belongs to an account that is not a national administrator: left as it is',
        );
      }
      return;
    }
    try {
      await this.users.insert({
        email,
        password,
        name: 'National administrator',
        role: Role.HUB_ADMIN,
        hubId: null,
      });
      this.logger.log({ email }, `Created the bootstrap national administrator ${email}`);
    } catch (error) {
      // Another API process starting at the same moment created it.
      if (!(error instanceof DomainError && error.kind === ErrorKind.CONFLICT)) throw error;
    }
  }
}
