import { GraphQLError, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Cursors are opaque to clients, but they carry the values of the page's ordering columns
 * (Pothos' drizzle plugin writes `DC:<tagged values>`), and a cursor a client made up can
 * decode to values of the wrong type for those columns. The plugin refuses what it cannot
 * decode; what decodes but does not fit the column is noticed only by the driver or the
 * database (a data exception, SQLSTATE class 22). Every field that takes `after`/`before` is
 * wrapped here, once for the schema: when the client sent a cursor and the page failed on such
 * a value, the answer is BAD_USER_INPUT. Without a cursor the same failure stays a server error.
 */

export class InvalidCursor extends GraphQLError {
  constructor() {
    super('无效的分页游标（after/before），请使用上一页返回的 cursor', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

function isValueError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('22')) return true;
    if (current instanceof TypeError || current instanceof RangeError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function guardCursorArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const takesCursor = field.args.some((arg) => arg.name === 'after' || arg.name === 'before');
      if (!takesCursor || !field.resolve || !getNamedType(field.type).name.endsWith('Connection')) continue;
      const resolve = field.resolve;
      field.resolve = async (source, args, context, info) => {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          if ((args.after != null || args.before != null) && isValueError(error)) throw new InvalidCursor();
          throw error;
        }
      };
    }
  }
}
