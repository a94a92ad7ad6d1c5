import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule } from '@chn/core';
import { IdentityModule } from '@chn/identity';
import { InstitutionsModule } from '@chn/institutions';
import { DemoSeedService } from './demo/demo-seed.service';

/** What the command line needs: the domain services, no HTTP, no queues. */
@Module({
  imports: [AppConfigModule, DatabaseModule, IdentityModule, InstitutionsModule],
  providers: [DemoSeedService],
})
export class CliModule {}
