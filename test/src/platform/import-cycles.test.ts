import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycle runs at load time in `schema/` or `drizzle/` (docs/architecture.md): a module
 * that imports, at run time, one that imports it back sees half-initialised bindings, and which
 * half depends on who was loaded first. Type-only imports (`import type`, `import { type X }`)
 * vanish when compiled, so they do not count.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const trees = [join(root, 'schema', 'src'), join(root, 'drizzle', 'src')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The relative modules `file` imports or re-exports at run time. */
export function runtimeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const targets: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      const target = resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts'));
      targets.push(target.endsWith('.ts') ? target : existsSync(join(target, 'index.ts')) ? join(target, 'index.ts') : `${target}.ts`);
    }
  }
  return targets;
}

export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('finds a cycle when there is one, through run-time imports only (the check itself can fail)', () => {
    const a = join(root, 'schema', 'src', 'a.ts');
    const b = join(root, 'schema', 'src', 'b.ts');
    const c = join(root, 'schema', 'src', 'c.ts');
    expect(runtimeImports(a, `import { b } from './b.ts'; import type { C } from './c.ts';`)).toEqual([b]);
    expect(runtimeImports(b, `import { type A } from './a.ts'; export * from './c.ts';`)).toEqual([c]);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toHaveLength(1);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  it('run no cycle at load time in schema/ or drizzle/', () => {
    const graph = new Map(trees.flatMap(sourceFiles).map((file) => [file, runtimeImports(file)] as const));
    const found = cycles(graph).map((cycle) => cycle.map((file) => relative(root, file)).join(' → '));
    expect(found, `import cycles that run at load time:\n${found.join('\n')}`).toEqual([]);
  });
});
