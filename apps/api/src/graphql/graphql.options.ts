import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import { AppConfig, formatGraphqlError, LoaderRegistry, storableTextPlugin } from '@chn/core';
import { queryCostPlugin } from './query-cost.plugin';

/** Most lexical tokens one document may hold; a variable's value is not a token, however long. */
export const MAX_TOKENS = 5000;

/** Apollo settings, with limits that keep one request from doing unbounded work. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    // Cost is counted by queryCostPlugin, which sees `first` given as a variable.
    costLimit: { enabled: false },
    // GraphQL Armor's token limit re-parses the request in a plugin hook and rethrows its
    // syntax errors as unexpected ones (HTTP 500); graphql-js enforces it in the one parse instead.
    maxTokens: { enabled: false },
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
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...protection.plugins,
      queryCostPlugin(config.GRAPHQL_MAX_COST),
      storableTextPlugin(),
      // Apollo's landing pages load from a CDN; outside production the API serves GraphiQL
      // bundled from npm instead (../console/serve-explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      // Nothing reads cache hints or traces; Apollo's defaults would still do work on every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
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
