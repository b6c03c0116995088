import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@huigong/schema';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * Refuses `first`/`last` above the page cap before anything executes, as GitHub and Saleor do,
 * rather than silently returning a shorter page than the client asked for.
 */
export function oversizedPageArguments(document: DocumentNode, variables: Record<string, unknown> = {}): string[] {
  const offenders: string[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : undefined;
      if (typeof value === 'number' && (value > MAX_PAGE_SIZE || value < 0)) offenders.push(`${node.name.value}: ${value}`);
    },
  });
  return offenders;
}

export const pageSizePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const offenders = oversizedPageArguments(document, request.variables ?? {});
        if (offenders.length > 0) {
          throw new GraphQLError(`每页最多 ${MAX_PAGE_SIZE} 条，且不能为负数（${offenders.join('，')}）`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
