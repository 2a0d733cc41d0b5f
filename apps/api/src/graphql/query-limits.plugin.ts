import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

// Apollo answers an error thrown at this stage with HTTP 500 unless told it is the client's.
const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** A list field costs its children once per row it may return. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.perPage === 'number' ? 1 + childComplexity * args.perPage : undefined;

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
      }
    }
  }
  return deepest;
}

function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return depthOf(operation.selectionSet, fragments);
}

/** Refuses queries deeper or costlier than the configured limits before any resolver runs. */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const depth = operation ? operationDepth(document, operation) : 0;
          if (depth > limits.maxDepth) {
            throw refused(`This query is ${depth} levels deep; the limit is ${limits.maxDepth}.`);
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables,
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Costing reads the variables before Apollo has checked them: a wrong type lands here.
            if (error instanceof GraphQLError) throw refused(error.message);
            throw error;
          }
          if (complexity > limits.maxComplexity) {
            throw refused(
              `This query asks for too much at once (cost ${complexity}; the limit is ${limits.maxComplexity}). Ask for fewer rows or fields.`,
            );
          }
        },
      };
    },
  };
}
