import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

/**
 * Loads `.env` (if present) into the environment, validates it once at start, and provides the
 * typed AppConfig everywhere. A bad setting stops the process with one message naming it.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ validate: (env) => ({ ...env, ...loadConfig(env) }) })],
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class AppConfigModule {}
