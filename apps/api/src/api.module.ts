import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AppConfig,
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  validationExceptionFactory,
} from '@chn/core';
import { IdentityGraphqlModule } from '@chn/identity';
import { InstitutionsGraphqlModule } from '@chn/institutions';
import { QueueModule } from '@chn/queue';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';

/** The API process: wires the bounded contexts' GraphQL modules, health and infrastructure. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    IdentityGraphqlModule,
    InstitutionsGraphqlModule,
  ],
  providers: [
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        transform: true,
        whitelist: true,
        forbidUnknownValues: false,
        exceptionFactory: validationExceptionFactory,
      }),
    },
  ],
})
export class ApiModule {}
