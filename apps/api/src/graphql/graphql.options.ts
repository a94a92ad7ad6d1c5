import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { randomUUID } from 'node:crypto';
import { AppConfig, formatGraphqlError, LoaderRegistry } from '@chn/core';

/** Apollo settings, with limits that keep one request from doing unbounded work. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxTokens: { n: 5000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...protection.plugins,
      config.isProduction
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    validationRules: protection.validationRules,
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: { id?: string }; res: unknown }) => ({
      req,
      res,
      requestId: req.id ?? randomUUID(),
      loaders: new LoaderRegistry(),
    }),
  };
}
