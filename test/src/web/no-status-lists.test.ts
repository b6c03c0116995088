import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The storefront keeps no copy of the server's state machines (docs/architecture.md,
 * "Lifecycles"): what a person may do next comes from each object's `viewerCan` (or another flag
 * the server computes), and what a status looks like comes from a map keyed by the status. So no
 * page holds a list of statuses: `['A', 'B'].includes(x.status)`, `x.status === 'A' ||
 * x.status === 'B'`, `switch (x.status) { case 'A': … }`. When the server's rules change, such a
 * list goes wrong and nothing else would fail. One status named for a piece of text
 * (`r.status === 'CHANGES_REQUESTED' ? '重新提交' : '提交'`) is a label, and allowed.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const webSource = join(root, 'web', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `x.status`, `x?.status`, `x.state`, `x.fooStatus`: the expressions that hold a lifecycle state. */
function isStatusRead(node: ts.Node): boolean {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isPropertyAccessExpression(inner)) return /^(status|state)$|Status$|State$/.test(inner.name.text);
  return false;
}

function isStringLiteral(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

function isLogical(node: ts.BinaryExpression): boolean {
  const op = node.operatorToken.kind;
  return op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken;
}

/** True when `node` is part of a larger && / || chain (through parentheses): the chain is checked once, whole. */
function insideLogicalChain(node: ts.Node): boolean {
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
  return !!parent && ts.isBinaryExpression(parent) && isLogical(parent);
}

function logicalParts(node: ts.Node): ts.Node[] {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  return ts.isBinaryExpression(inner) && isLogical(inner) ? [...logicalParts(inner.left), ...logicalParts(inner.right)] : [inner];
}

/** `x.status === 'A'` (or !==, either way round): the text of `x.status`, else null. */
function statusComparedWithLiteral(node: ts.Node): string | null {
  if (!ts.isBinaryExpression(node)) return null;
  const op = node.operatorToken.kind;
  const equality = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ].includes(op);
  if (!equality) return null;
  if (isStatusRead(node.left) && isStringLiteral(node.right)) return node.left.getText();
  if (isStatusRead(node.right) && isStringLiteral(node.left)) return node.right.getText();
  return null;
}

export function statusComparisons(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(root, file)}:${line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`;
  };
  const visit = (node: ts.Node) => {
    // A chain of && / || holding two or more comparisons of the same status with literals.
    if (ts.isBinaryExpression(node) && isLogical(node) && !insideLogicalChain(node)) {
      const read = new Map<string, number>();
      for (const part of logicalParts(node)) {
        const status = statusComparedWithLiteral(part);
        if (status) read.set(status, (read.get(status) ?? 0) + 1);
      }
      if ([...read.values()].some((count) => count > 1)) found.push(where(node));
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'includes' &&
      ts.isArrayLiteralExpression(node.expression.expression) &&
      node.expression.expression.elements.some(isStringLiteral) &&
      node.arguments.some(isStatusRead)
    ) {
      found.push(where(node));
    }
    if (ts.isSwitchStatement(node) && isStatusRead(node.expression)) found.push(where(node.expression));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the storefront', () => {
  it('finds the comparisons it forbids (the check itself can fail)', () => {
    const page = `
      const a = p.status === 'DRAFT' || p.status === 'PAUSED' ? 1 : 2;
      const b = ['A', 'B'].includes(x.status);
      switch (entry.status) { case 'WAITING': break; }
      const c = ok && (f.status !== 'EXITED' && f.status !== 'REFUSED');
      const label = r.status === 'CHANGES_REQUESTED' ? '重新提交' : '提交';
      const fine = labels[p.status] + (p.viewerCan.submit ? 'x' : '') + (a.status === 'X' && b.status === 'Y');
    `;
    expect(statusComparisons(join(webSource, 'pages', 'example.ts'), page)).toHaveLength(4);
  });

  it('holds no list of statuses: buttons come from viewerCan, looks from maps keyed by status', () => {
    const comparisons = sourceFiles(webSource).flatMap((file) => statusComparisons(file));
    expect(comparisons, `pages that list statuses of their own:\n${comparisons.join('\n')}`).toEqual([]);
  });
});
