import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchemaChange, PUBLISHED, RELEASED } from './check.ts';

const released = readFileSync(RELEASED, 'utf8');

/** The SDL with one line of one type's body taken out. */
function withoutLine(sdl: string, typeHeader: string, line: RegExp): string {
  const start = sdl.search(new RegExp(`\n${typeHeader}( implements [A-Za-z &]+)? \{\n`));
  expect(start, typeHeader).toBeGreaterThanOrEqual(0);
  const end = sdl.indexOf('\n}\n', start);
  const body = sdl.slice(start, end);
  const lines = body.split('\n');
  const at = lines.findIndex((l) => line.test(l));
  expect(at, `${typeHeader}: ${line}`).toBeGreaterThan(0);
  // A described field's description block sits right above it: take it too.
  let from = at;
  if (lines[at - 1]?.trim().endsWith('"""')) {
    from = at - 1;
    if (lines[from]!.trim() === '"""') {
      do from -= 1;
      while (from > 0 && lines[from]!.trim() !== '"""');
    }
  }
  lines.splice(from, at - from + 1);
  return sdl.slice(0, start) + lines.join('\n') + sdl.slice(end);
}

const paths = (changes: { path?: string }[]) => changes.map((c) => c.path);

describe('breaking changes of the published schema', () => {
  it('has none against the released baseline (schema/schema.released.graphql)', async () => {
    const check = await checkSchemaChange(released, readFileSync(PUBLISHED, 'utf8'));
    expect(check.breaking.map((c) => `${c.path}: ${c.message}`)).toEqual([]);
  });

  it('fails the removal of a field that was never deprecated', async () => {
    const removed = withoutLine(released, 'type Offer', /^ {2}title: /);
    const check = await checkSchemaChange(released, removed);
    expect(paths(check.breaking)).toEqual(['Offer.title']);
  });

  it('fails a changed field type, a removed enum value and a new required argument', async () => {
    const old = 'type Query {\n  a: Int\n  b(x: Int): String\n  k: Kind\n}\nenum Kind {\n  ONE\n  TWO\n}\n';
    const changed = 'type Query {\n  a: String\n  b(x: Int, y: Int!): String\n  k: Kind\n}\nenum Kind {\n  ONE\n}\n';
    const check = await checkSchemaChange(old, changed);
    expect(paths(check.breaking).sort()).toEqual(['Kind.TWO', 'Query.a', 'Query.b.y']);
  });

  it('allows removing what was deprecated first (the deprecation path)', async () => {
    const removed = withoutLine(released, 'type GrantDocument', /^ {2}contentBase64: /);
    const check = await checkSchemaChange(released, removed);
    expect(check.breaking).toEqual([]);
    expect(paths(check.retired)).toEqual(['GrantDocument.contentBase64']);

    const old = 'type Query {\n  a: Old @deprecated(reason: "用 b 代替")\n  b: Int\n  k: Kind\n}\ntype Old {\n  x: Int\n}\nenum Kind {\n  ONE\n  TWO @deprecated(reason: "用 ONE 代替")\n}\n';
    const retired = await checkSchemaChange(old, 'type Query {\n  b: Int\n  k: Kind\n}\nenum Kind {\n  ONE\n}\n');
    expect(retired.breaking).toEqual([]);
    expect(paths(retired.retired).sort()).toEqual(['Kind.TWO', 'Old', 'Query.a']);
  });

  it('still fails removing a type that a field not deprecated returned', async () => {
    const old = 'type Query {\n  a: Old @deprecated(reason: "用 b 代替")\n  c: Old\n  b: Int\n}\ntype Old {\n  x: Int\n}\n';
    const check = await checkSchemaChange(old, 'type Query {\n  b: Int\n}\n');
    expect(paths(check.breaking).sort()).toEqual(['Old', 'Query.c']);
  });
});
