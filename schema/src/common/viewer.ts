import type { Context } from '../context.ts';
import type { Viewer } from '../accounts/viewer.ts';

/**
 * The signed-in person acting in a resolver, instead of `ctx.viewer!`. A field's auth scopes
 * already refuse anonymous callers, so reaching this without a viewer is a bug in the field's
 * declaration (a scope that lets API keys or the public in), and it fails loudly as one.
 */
export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw new Error('requireViewer: this field must declare a scope that needs a signed-in viewer');
  return ctx.viewer;
}
