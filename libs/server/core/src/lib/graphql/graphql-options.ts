import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  DocumentNode,
  ExecutionResult,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  ValidationRule,
  valueFromASTUntyped,
} from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { RequestContextFactory } from '../context/context-factory';
import { formatGraphQLError, requestRefusalStatus } from '../errors/error-formatter';

/** GraphQL validation rules: depth, cost and alias limits; no introspection in production. */
export function graphqlLimitRules(config: AppConfig): ValidationRule[] {
  const v = config.values;
  const rules = [
    // depth counts fields, not the fragments a client groups them in
    maxDepthRule({ n: v.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, exposeLimits: true, flattenFragments: true }),
    costLimitRule({ maxCost: v.GRAPHQL_MAX_COST, ignoreIntrospection: true, exposeLimits: true }),
    maxAliasesRule({ n: v.GRAPHQL_MAX_ALIASES, exposeLimits: true }),
  ] as unknown as ValidationRule[];
  if (config.isProduction) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/**
 * The variables with the defaults of the document's variable definitions filled in where the caller gave none
 * (`query($first: Int! = 20)`): the compiled (JIT) execution of a cached query does not apply them itself and
 * refuses the second call of such a query.
 */
export function withVariableDefaults(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  let out = variables;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      const name = v.variable.name.value;
      if (!v.defaultValue || (out && out[name] !== undefined)) continue;
      out = { ...(out ?? {}), [name]: valueFromASTUntyped(v.defaultValue) };
    }
  }
  return out;
}

/** Mercurius driver options shared by the API and the integration-test harness. */
export function graphqlOptions(config: AppConfig, contexts: RequestContextFactory): MercuriusDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: !config.isProduction,
    jit: 1,
    hooks: {
      preExecution: async (_schema, document, _context, variables) => {
        const filled = withVariableDefaults(document, variables as Record<string, unknown> | undefined);
        return filled === variables ? undefined : { variables: filled };
      },
    },
    validationRules: graphqlLimitRules(config),
    context: (request: FastifyRequest, _reply: FastifyReply) => ({ ctx: contexts.fromRequest(request) }),
    errorFormatter: (execution: ExecutionResult) => {
      const errors = (execution.errors ?? []).flatMap((e: GraphQLError) => {
        // Mercurius wraps validation failures (MER_ERR_GQL_VALIDATION) in one error holding the real ones
        const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
        if (Array.isArray(inner)) {
          return inner.map((x: { message?: string }) =>
            formatGraphQLError(
              new GraphQLError(String(x.message ?? 'Invalid query'), {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
            ),
          );
        }
        return [formatGraphQLError(e)];
      });
      // a request refused before execution (body over BODY_LIMIT_BYTES, wrong media type) keeps its HTTP status
      const refused =
        execution.data === undefined && execution.errors?.length === 1
          ? requestRefusalStatus(execution.errors[0].originalError)
          : undefined;
      return { statusCode: refused ?? 200, response: { data: execution.data ?? null, errors } };
    },
  };
}
