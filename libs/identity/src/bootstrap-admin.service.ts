import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Role } from '@chn/core';
import { UsersService } from './users/users.service';

/** On the first start against an empty database, creates the national administrator named in the environment. */
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
    if (!email || !password) return;
    if ((await this.users.countAll()) > 0) return;
    try {
      await this.users.insert({
        email,
        password,
        name: 'National administrator',
        role: Role.HUB_ADMIN,
        hubId: null,
      });
      this.logger.log({ email }, 'Created the bootstrap national administrator');
    } catch (error) {
      // Another process won the race on an empty database: nothing to do.
      this.logger.warn({ err: error }, 'Bootstrap administrator not created');
    }
  }
}
