// Breaking-change check of the published schema (issue 26), with GraphQL Inspector's diff.
//
//   npm run schema:check                 schema/schema.graphql against the released baseline
//   npm run schema:check -- --base main  ... and against schema/schema.graphql at `git merge-base HEAD main`
//   npm run schema:release               the current schema becomes the released baseline
//
// The baseline, schema/schema.released.graphql, is the schema integrators were last promised. A
// change to schema/schema.graphql may add anything; it may remove a field, argument, input field,
// enum value or type only when the baseline already marks it @deprecated (the deprecation path:
// deprecate, release, wait out the retirement period in docs/api.md, then remove). Every other
// change GraphQL Inspector rates BREAKING fails. schema/src/schema-diff.test.ts runs the same check
// in `npm test`, so CI, on a fresh clone with no history to compare with, fails on it too.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

export const PUBLISHED = fileURLToPath(new URL('../schema.graphql', import.meta.url));
export const RELEASED = fileURLToPath(new URL('../schema.released.graphql', import.meta.url));

export interface SchemaCheck {
  /** Breaking changes without a deprecation path: these fail. */
  breaking: Change[];
  /** Removals of what the old schema had deprecated: allowed, listed for the changelog. */
  retired: Change[];
  /** Changes Inspector rates dangerous (a new enum value, a changed default): reported. */
  dangerous: Change[];
}

const deprecated = (item: { deprecationReason?: string | null } | undefined) => item?.deprecationReason != null;

/** Whether the old schema had marked @deprecated what this removal takes away. */
function wasDeprecated(change: Change, old: GraphQLSchema): boolean {
  const [typeName, member, argument] = (change.path ?? '').split('.');
  const type = typeName ? old.getType(typeName) : undefined;
  switch (change.type) {
    case ChangeType.FieldRemoved:
      return (isObjectType(type) || isInterfaceType(type)) && deprecated(type.getFields()[member!]);
    case ChangeType.FieldArgumentRemoved: {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[member!] : undefined;
      return deprecated(field?.args.find((a) => a.name === argument)) || deprecated(field);
    }
    case ChangeType.InputFieldRemoved:
      return isInputObjectType(type) && deprecated(type.getFields()[member!]);
    case ChangeType.EnumValueRemoved:
      return isEnumType(type) && deprecated(type.getValue(member!) ?? undefined);
    case ChangeType.TypeRemoved:
      // A type goes with the deprecated fields that returned or took it: every old use was deprecated.
      return !!type && usesOf(old, type.name).every((use) => use);
    default:
      return false;
  }
}

/** For each field, argument and input field of the old schema whose type is `name`: is it deprecated? */
function usesOf(schema: GraphQLSchema, name: string): boolean[] {
  const uses: boolean[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === name) uses.push(deprecated(field));
        for (const arg of field.args) if (getNamedType(arg.type).name === name) uses.push(deprecated(arg) || deprecated(field));
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === name) uses.push(deprecated(field));
    }
  }
  return uses;
}

export async function checkSchemaChange(oldSdl: string, newSdl: string): Promise<SchemaCheck> {
  const old = buildSchema(oldSdl);
  const changes = await diff(old, buildSchema(newSdl));
  const result: SchemaCheck = { breaking: [], retired: [], dangerous: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      (wasDeprecated(change, old) ? result.retired : result.breaking).push(change);
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      result.dangerous.push(change);
    }
  }
  return result;
}

function schemaAt(ref: string): string {
  const base = execFileSync('git', ['merge-base', 'HEAD', ref], { encoding: 'utf8' }).trim();
  return execFileSync('git', ['show', `${base}:schema/schema.graphql`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function report(against: string, check: SchemaCheck): boolean {
  const line = (c: Change) => `  ${c.path ?? ''}: ${c.message}`;
  console.log(`schema/schema.graphql against ${against}:`);
  if (check.retired.length) console.log(`retired after deprecation (allowed):\n${check.retired.map(line).join('\n')}`);
  if (check.dangerous.length) console.log(`dangerous (allowed; say so in CHANGELOG.md):\n${check.dangerous.map(line).join('\n')}`);
  if (check.breaking.length) {
    console.log(
      `BREAKING, no deprecation path:\n${check.breaking.map(line).join('\n')}\n` +
        'Keep the old field beside the new one with @deprecated(reason: "用 … 代替"), release, and remove it after the retirement period (docs/api.md).',
    );
    return false;
  }
  console.log('  no breaking change');
  return true;
}

async function main(argv: string[]): Promise<number> {
  const current = readFileSync(PUBLISHED, 'utf8');
  if (argv.includes('--release')) {
    const check = await checkSchemaChange(readFileSync(RELEASED, 'utf8'), current);
    if (!report('the released baseline', check)) return 1;
    writeFileSync(RELEASED, current);
    console.log(`wrote ${RELEASED}; add the release to CHANGELOG.md`);
    return 0;
  }
  let ok = report('the released baseline', await checkSchemaChange(readFileSync(RELEASED, 'utf8'), current));
  const baseAt = argv.indexOf('--base');
  if (baseAt >= 0) {
    const ref = argv[baseAt + 1] ?? 'main';
    ok = report(`git merge-base HEAD ${ref}`, await checkSchemaChange(schemaAt(ref), current)) && ok;
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
