import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

/**
 * Loads `.env` (if present) into the environment and provides the typed AppConfig everywhere.
 * Validation happens in the factory, not in `forRoot`, which runs as soon as this file is
 * imported: every entry point first calls loadConfigOrExit, which names a bad setting in one line.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot()],
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class AppConfigModule {}
