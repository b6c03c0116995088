import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEPRECATION_REASON, extendSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema, printPublicSchema } from './index.ts';
import { undescribedCoordinates } from './undescribed.ts';

const schema = getSchema();

/** Coordinates still without a description when the rule came in; the list may only shrink. */
const ALLOW_LIST = fileURLToPath(new URL('../undescribed.txt', import.meta.url));
const stillUndescribed = new Set(
  readFileSync(ALLOW_LIST, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

function hasAuthScopes(config: { extensions?: Record<string, unknown> | null | undefined }): boolean {
  const options = config.extensions?.pothosOptions as { authScopes?: unknown; skipTypeScopes?: unknown } | undefined;
  return options?.authScopes !== undefined;
}

/** Types the plugins generate around a field (results, connections, edges) carry no data of their own. */
function isWrapperType(type: GraphQLObjectType): boolean {
  return (
    /(Success|Connection|Edge)$/.test(type.name) ||
    type.name === 'PageInfo' ||
    type.getInterfaces().some((i) => i.name === 'Error') ||
    type.name === 'FieldError'
  );
}

describe('the published schema', () => {
  it('matches the committed SDL (run `npm run schema:print` after changing the schema)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(printPublicSchema());
  });

  it('denies by default: every data type and every root field states who may see it', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      if (type === schema.getQueryType() || type === schema.getMutationType()) {
        for (const field of Object.values(type.getFields())) {
          if (field.name === 'node' || field.name === 'nodes') continue; // checked by each node type
          if (!hasAuthScopes(field)) missing.push(`${type.name}.${field.name}`);
        }
        continue;
      }
      if (isWrapperType(type)) continue;
      if (!hasAuthScopes(type)) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value where it is defined', () => {
    const missing = undescribedCoordinates(schema);
    // A coordinate that is new, or was described once, has no place on the list: describe it
    // (in Chinese, with the English term, unit, limits, who may read it, a mutation's typed errors).
    expect(missing.filter((c) => !stillUndescribed.has(c)), 'undescribed, and not on schema/undescribed.txt').toEqual([]);
    // The list stays exact: a coordinate described (or removed) since comes off it.
    const now = new Set(missing);
    expect([...stillUndescribed].filter((c) => !now.has(c)), 'described now: delete these lines from schema/undescribed.txt').toEqual([]);
  });

  it('notices a new field that has no description', () => {
    const extended = extendSchema(
      schema,
      parse('extend type Query { probeWithoutWords(first: Int): Int }  enum ProbeKind { ONE }  input ProbeInput { a: Int }'),
    );
    const missing = undescribedCoordinates(extended).filter((c) => !stillUndescribed.has(c));
    expect(missing).toEqual(['ProbeInput', 'ProbeInput.a', 'ProbeKind', 'ProbeKind.ONE', 'Query.probeWithoutWords', 'Query.probeWithoutWords(first:)']);
  });

  it('deprecates only with a reason that says what to use instead', () => {
    const vague: string[] = [];
    const check = (where: string, reason: string | null | undefined) => {
      if (reason === undefined || reason === null) return;
      if (reason.trim().length < 8 || reason === DEFAULT_DEPRECATION_REASON) vague.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.deprecationReason);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
    }
    expect(vague).toEqual([]);
  });

  it('shapes every mutation result as a union whose failures implement Error', () => {
    const error = schema.getType('Error');
    expect(isInterfaceType(error)).toBe(true);
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const type = field.type.toString().replace(/!$/, '');
      const union = schema.getType(type);
      expect(union?.astNode?.kind ?? union?.constructor.name, field.name).toMatch(/Union/);
    }
  });
});
