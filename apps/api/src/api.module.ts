import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AppConfig,
  AppConfigModule,
  AuditModule,
  ClockModule,
  DatabaseModule,
  LoggingModule,
  validationExceptionFactory,
} from '@chn/core';
import { AdvisersGraphqlModule } from '@chn/advisers';
import { EmployersGraphqlModule } from '@chn/employers';
import { EventsGraphqlModule } from '@chn/events';
import { IdentityGraphqlModule } from '@chn/identity';
import { InstitutionsGraphqlModule } from '@chn/institutions';
import { MatchingGraphqlModule, PlanningGraphqlModule } from '@chn/matching';
import { NotificationsGraphqlModule } from '@chn/notifications';
import { OpportunitiesGraphqlModule } from '@chn/opportunities';
import { ProgrammesGraphqlModule } from '@chn/programmes';
import { QueueModule } from '@chn/queue';
import { HubDataImportGraphqlModule, ReportingGraphqlModule } from '@chn/reporting';
import { ErrorReasonsResolver } from './graphql/error-reasons.resolver';
import { GraphqlErrorsFilter } from './graphql/graphql-errors.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';

/** The API process: wires the bounded contexts' GraphQL modules, health and infrastructure. */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    AuditModule,
    IdentityGraphqlModule,
    InstitutionsGraphqlModule,
    EmployersGraphqlModule,
    OpportunitiesGraphqlModule,
    AdvisersGraphqlModule,
    MatchingGraphqlModule,
    PlanningGraphqlModule,
    EventsGraphqlModule,
    ReportingGraphqlModule,
    HubDataImportGraphqlModule,
    NotificationsGraphqlModule,
    ProgrammesGraphqlModule,
  ],
  providers: [
    ErrorReasonsResolver,
    { provide: APP_FILTER, useClass: GraphqlErrorsFilter },
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
