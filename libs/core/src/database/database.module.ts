import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

/** PostgreSQL through TypeORM. Schema changes go through migrations only. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        uuidExtension: 'pgcrypto' as const,
        installExtensions: false,
        migrations: MIGRATIONS,
        migrationsTransactionMode: 'each' as const,
        logging: ['error' as const],
        extra: { max: 10, application_name: 'careers-hub-network' },
        retryAttempts: 1,
      }),
    }),
  ],
})
export class DatabaseModule {}
