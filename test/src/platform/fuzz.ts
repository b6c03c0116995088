import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql.ts';

/**
 * An introspection-driven fuzzer: for every root field of the schema it builds requests with
 * type-correct and type-wrong arguments, hostile strings, malformed and wrong-type IDs and
 * cursors, and sends them as the given clients would. Seeded (mulberry32), so a failure
 * replays with the same FUZZ_SEED. Used by fuzz.test.ts and by `npm run fuzz -w @huigong/test`.
 */

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const UUID_A = '8c6f2b1e-7d4a-4f3b-9c2e-1a5d6e7f8091';

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  "'; drop table users; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '%s%s%n',
  '../../../../etc/passwd',
  '\uD800',
  '\u202Eabc',
  '\u200B',
  '😀'.repeat(40),
  '火锅'.repeat(300),
  'x'.repeat(5000),
  'null',
  'NaN',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  '\\',
  '%',
  '_',
  '13900000001',
  '2026-12-02',
];

const MALFORMED_IDS = [
  'abc',
  '1',
  '',
  ' ',
  '====',
  'T2ZmZXI6eA==', // Offer:x
  b64(`NoSuchType:${UUID_A}`),
  b64('__proto__:x'),
  b64(`constructor:${UUID_A}`),
  b64(`Offer:${UUID_A.toUpperCase()}`),
  b64(`Offer:${UUID_A}:extra`),
  b64('Offer:'),
  b64(':'),
  'YXJyYXljb25uZWN0aW9uOi01',
];

const CURSORS = ['zzz', ' ', '', 'YXJyYXljb25uZWN0aW9uOi01', b64('arrayconnection:99999999999'), b64('{"x":1}'), b64('DC:J:[]'), b64('DC:J:["x"]'), '\u0000'];

const INTS = [0, 1, -1, 2, 5, 20, 100, 101, 32767, 65536, 2147483646, 2147483647, -2147483648, 2147483648, 1e15, 1e21, 1.5];
const SAFE_INTS = [9007199254740991, -9007199254740991, 9007199254740992, 4294967296, 5_000_000, 25_000_000, 1e20];
const FLOATS = [0, -0, -1, 1.5, 34.6, 112.45, 1e308, -1e308, 5e-324, 90.0001, 181, 2147483648.5, 9007199254740993];
/** Times and dates at and past the edges: year 9999 at UTC-12 is year 10000 in UTC. */
const DATE_TIMES = [
  '2026-12-02T10:00:00+08:00', '2027-01-31T23:59:59Z', 'not a date', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59-12:00',
  '0001-01-01T00:00:00Z', '0000-01-01T00:00:00+14:00', '1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z', '2026-13-45T99:99:99Z',
  '1970-01-01T00:00:00Z', '2026-02-29T00:00:00Z',
];
const DATES = ['2026-12-02', '2027-02-28', '2026-02-30', '0001-01-01', '0000-01-01', '9999-12-31', '2999-12-31', '1900-01-01', '1899-12-31', 'yesterday'];

export interface FuzzCall {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export class Fuzzer {
  readonly schema: GraphQLSchema;
  private readonly random: () => number;

  constructor(
    introspection: unknown,
    seed: number,
    /** Real global IDs by type name, so some requests reach the code behind the checks. */
    private readonly ids: Record<string, string[]>,
  ) {
    this.schema = buildClientSchema(introspection as never);
    this.random = prng(seed);
  }

  static async introspect(client: GraphQLClient): Promise<unknown> {
    const response = await client.request(getIntrospectionQuery());
    if (response.errors) throw new Error(`introspection failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  rootFields(): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const out: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
    for (const field of Object.values(this.schema.getQueryType()?.getFields() ?? {})) out.push({ operation: 'query', field });
    for (const field of Object.values(this.schema.getMutationType()?.getFields() ?? {})) out.push({ operation: 'mutation', field });
    return out;
  }

  private idFor(argName: string): string {
    const all = Object.values(this.ids).flat();
    const roll = this.random();
    if (roll < 0.3 || all.length === 0) return this.pick(MALFORMED_IDS);
    if (roll < 0.45) return b64(`${this.pick(Object.keys(this.ids).length ? Object.keys(this.ids) : ['Offer'])}:${randomUuid(this.random)}`);
    if (roll < 0.55) {
      const real = Buffer.from(this.pick(all), 'base64').toString('utf8');
      return b64(real.toUpperCase().replace(/^[^:]+/, (t) => real.slice(0, t.length)));
    }
    // A real id, of the type the argument's name suggests when there is one, else of any type.
    const wanted = Object.keys(this.ids).find((type) => argName.toLowerCase().includes(type.toLowerCase()));
    return this.pick(wanted && this.chance(0.7) ? this.ids[wanted]! : all);
  }

  private scalar(type: GraphQLNamedType, name: string): unknown {
    switch (type.name) {
      case 'ID':
        return this.idFor(name);
      case 'String':
        if (name === 'after' || name === 'before') return this.pick(CURSORS);
        return this.chance(0.7) ? this.pick(HOSTILE_STRINGS) : this.pick(['火锅', '焊工', '体检', 'Luoyang', '洛阳', '测试标题', '13900000001']);
      case 'Int':
        return this.pick(INTS);
      case 'SafeInt':
        return this.pick([...INTS, ...SAFE_INTS]);
      case 'Float':
        return this.pick(FLOATS);
      case 'Boolean':
        return this.chance(0.5);
      case 'DateTime':
        return this.pick(DATE_TIMES);
      case 'Date':
        return this.pick(DATES);
      default:
        return this.pick(HOSTILE_STRINGS);
    }
  }

  private wrongType(): unknown {
    return this.pick([42, -1, 'x', true, { a: 1 }, [1, 2], 1.5, '']);
  }

  value(type: GraphQLInputType, name: string, depth = 0): unknown {
    if (this.chance(0.04)) return this.wrongType();
    if (isNonNullType(type)) return this.value(type.ofType, name, depth);
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      // Now and then a long list of wrong-type items: more than 50 bad values stops graphql-js'
      // variable coercion with an error of its own.
      if (this.chance(0.02)) return Array.from({ length: 60 + Math.floor(this.random() * 200) }, () => this.wrongType());
      const count = this.chance(0.05) ? 101 : Math.floor(this.random() * 3);
      return Array.from({ length: count }, () => this.value(nullable.ofType, name, depth + 1));
    }
    if (isEnumType(nullable)) return this.chance(0.9) ? this.pick(nullable.getValues()).name : 'NO_SUCH_VALUE';
    if (isInputObjectType(nullable)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        const required = isNonNullType(field.type);
        if (depth > 3 && !required) continue;
        if (required ? this.chance(0.97) : this.chance(0.5)) out[field.name] = this.value(field.type, field.name, depth + 1);
      }
      return out;
    }
    if (isScalarType(nullable)) return this.scalar(nullable, name);
    return null;
  }

  private selection(type: GraphQLOutputType, depth = 0): string {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    const parts = ['__typename'];
    if (isUnionType(named) || isInterfaceType(named)) {
      parts.push('... on Error { code message }');
      if (isUnionType(named) && depth < 1) {
        for (const member of named.getTypes()) {
          if (member.getInterfaces().some((i) => i.name === 'Error')) continue;
          const inner = this.objectFields(member, depth + 1);
          if (inner) parts.push(`... on ${member.name} { ${inner} }`);
        }
      }
      return `{ ${parts.join(' ')} }`;
    }
    if (isObjectType(named)) {
      const inner = this.objectFields(named, depth);
      return `{ ${inner || '__typename'} }`;
    }
    return '';
  }

  private objectFields(type: GraphQLNamedType, depth: number): string {
    if (!isObjectType(type)) return '';
    const parts: string[] = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) {
        parts.push(field.name);
      } else if (depth < 2 && (field.name === 'edges' || field.name === 'node' || field.name === 'pageInfo' || this.chance(0.15))) {
        parts.push(`${field.name} ${this.selection(field.type, depth + 1)}`);
      }
    }
    return parts.join(' ');
  }

  call(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzCall {
    const variables: Record<string, unknown> = {};
    const declared: string[] = [];
    const passed: string[] = [];
    // Now and then hundreds of variables, each with a bad value, spread into a list argument.
    const manyVariables = this.chance(0.03);
    field.args.forEach((arg: GraphQLArgument, index) => {
      const required = isNonNullType(arg.type);
      const list = getNullableType(arg.type);
      if (manyVariables && isListType(list)) {
        const count = 60 + Math.floor(this.random() * 240);
        const names = Array.from({ length: count }, (_, i) => `v${index}_${i}`);
        for (const name of names) {
          declared.push(`$${name}: ${list.ofType.toString()}`);
          variables[name] = this.wrongType();
        }
        passed.push(`${arg.name}: [${names.map((name) => `$${name}`).join(', ')}]`);
        return;
      }
      if (!required && this.chance(0.5)) return;
      const variable = `v${index}`;
      declared.push(`$${variable}: ${arg.type.toString()}`);
      passed.push(`${arg.name}: $${variable}`);
      variables[variable] = this.value(arg.type, arg.name);
    });
    const head = declared.length ? `(${declared.join(', ')})` : '';
    const args = passed.length ? `(${passed.join(', ')})` : '';
    const query = `${operation} Fuzz${head} { ${field.name}${args} ${this.selection(field.type)} }`;
    return { operation, field: field.name, query, variables };
  }
}

function randomUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What makes a response a server failure rather than a client error. */
export function internalErrorsOf(response: GraphQLResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  for (const error of response.errors ?? []) {
    if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') problems.push(`${error.extensions?.code ?? 'no code'}: ${error.message}`);
  }
  return problems;
}

/** A refused mutation: a top-level error, or a result that is one of the Error types. */
export function refused(response: GraphQLResponse, field: string): boolean {
  if (response.errors?.length) return true;
  const result = (response.data as Record<string, { code?: string } | null> | undefined)?.[field];
  return !result || typeof result.code === 'string';
}
