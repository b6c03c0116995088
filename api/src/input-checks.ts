import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@huigong/schema';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * One rule for every string a client sends, in the document or in its variables: no NUL and no
 * other control characters (tab, line feed and carriage return are text). PostgreSQL cannot
 * store NUL in text, and the others are never part of a name, a title or a description; the
 * request is refused before anything executes, with the path of the offending value.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function walkVariables(value: unknown, path: string[], found: string[][]): void {
  if (found.length > 0) return;
  if (typeof value === 'string') {
    if (CONTROL.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkVariables(item, [...path, String(index)], found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (CONTROL.test(key)) found.push([...path, key]);
      walkVariables(item, [...path, key], found);
    }
  }
}

export function controlCharacterPaths(document: DocumentNode, variables: Record<string, unknown> = {}): string[][] {
  const found: string[][] = [];
  const argumentPath: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        argumentPath.push(node.name.value);
      },
      leave() {
        argumentPath.pop();
      },
    },
    ObjectField: {
      enter(node) {
        argumentPath.push(node.name.value);
      },
      leave() {
        argumentPath.pop();
      },
    },
    StringValue(node) {
      if (found.length === 0 && CONTROL.test(node.value)) found.push([...argumentPath]);
    },
  });
  walkVariables(variables, ['$variables'], found);
  return found;
}

/** `nodes(ids:)` takes at most a page's worth of IDs, like every list the API answers. */
export function oversizedIdLists(document: DocumentNode, variables: Record<string, unknown> = {}): boolean {
  let oversized = false;
  visit(document, {
    Field(field) {
      if (field.name.value !== 'nodes') return;
      for (const argument of field.arguments ?? []) {
        if (argument.name.value !== 'ids') continue;
        const count =
          argument.value.kind === Kind.LIST
            ? argument.value.values.length
            : argument.value.kind === Kind.VARIABLE
              ? (variables[argument.value.name.value] as unknown[] | undefined)?.length
              : undefined;
        if (typeof count === 'number' && count > MAX_PAGE_SIZE) oversized = true;
      }
    },
  });
  return oversized;
}

export const inputChecksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, operation }) {
        // Subscriptions need a streaming transport this API does not offer; webhooks deliver events.
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('本 API 不支持 subscription 操作；事件请通过 webhook 订阅', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const variables = request.variables ?? {};
        const paths = controlCharacterPaths(document, variables);
        if (paths.length > 0) {
          throw new GraphQLError('输入中含有不允许的控制字符（如 NUL）', {
            extensions: { code: 'BAD_USER_INPUT', field: paths[0], http: { status: 400 } },
          });
        }
        if (oversizedIdLists(document, variables)) {
          throw new GraphQLError(`nodes(ids:) 一次最多 ${MAX_PAGE_SIZE} 个 ID`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
