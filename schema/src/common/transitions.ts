import { builder } from '../builder.ts';
import { DomainError, errorType } from './errors.ts';

/**
 * The one "wrong state" failure of the API: the object is in `fromState`, and the step asked for
 * (`toState`: the state it would move to, or the action's name where no single state follows)
 * does not start from there. Code INVALID_TRANSITION, whatever the domain.
 */
export class InvalidTransition extends DomainError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly what: string,
    readonly fromState: string,
    readonly toState: string,
    labels: Readonly<Record<string, string>> = {},
  ) {
    super(`${what}当前为“${labels[fromState] ?? fromState}”，不能变更为“${labels[toState] ?? toState}”`);
  }
  /** @deprecated the GraphQL field of the same name; use fromState. */
  get currentState(): string {
    return this.fromState;
  }
  /** @deprecated the GraphQL field of the same name; use toState. */
  get requestedState(): string {
    return this.toState;
  }
}

errorType(InvalidTransition, 'InvalidTransition', {
  description: '对象当前所处状态不允许这一步操作（全 API 统一的状态错误，code 为 INVALID_TRANSITION）。',
  fields: (t) => ({
    fromState: t.string({ description: '对象当前的状态。', resolve: (e: InvalidTransition) => e.fromState }),
    toState: t.string({ description: '请求进入的状态（或请求的操作）。', resolve: (e: InvalidTransition) => e.toState }),
    currentState: t.string({
      description: '对象当前的状态（同 fromState）。',
      deprecationReason: 'Use fromState: every domain now reports a refused step with fromState/toState.',
      resolve: (e: InvalidTransition) => e.fromState,
    }),
    requestedState: t.string({
      description: '请求进入的状态（同 toState）。',
      deprecationReason: 'Use toState: every domain now reports a refused step with fromState/toState.',
      resolve: (e: InvalidTransition) => e.toState,
    }),
  }),
});

/**
 * A lifecycle as data: each action names the states it starts from and the state it leads to.
 * The service enforces it (`assert`), and the GraphQL type shows it (`viewerCan`, `nextStates`),
 * so the storefront never keeps a copy of the rules.
 *
 *   export const postingLifecycle = transitionTable({
 *     what: '岗位',
 *     labels: POSTING_STATUS_LABELS,
 *     actions: {
 *       publish: { from: ['draft'], to: 'pending_review' },
 *       close: { from: ['published'], to: 'closed' },
 *     },
 *   });
 *   postingLifecycle.assert(row.status, 'publish');     // throws InvalidTransition
 *   postingLifecycle.can(row.status, 'close');           // boolean
 */
export interface TransitionTable<S extends string, A extends string> {
  readonly what: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly actions: { readonly [K in A]: { readonly from: readonly S[]; readonly to: S } };
  /** True when `action` may start from `state`. */
  can(state: S, action: A): boolean;
  /** Throws InvalidTransition unless `action` may start from `state`; returns the next state. */
  assert(state: S, action: A): S;
  /** The states reachable from `state` in one step. */
  nextStates(state: S): S[];
  /** The actions that may start from `state`. */
  actionsFrom(state: S): A[];
  /** Which actions the state allows, each further narrowed by `allowed` (who the viewer is). */
  viewerCan(state: S, allowed?: Partial<Record<A, boolean>>): Record<A, boolean>;
  /** The states `action` starts from (for a conditional UPDATE's `where status in (…)`). */
  from(action: A): readonly S[];
}

export function transitionTable<S extends string, A extends string>(definition: {
  what: string;
  labels?: Readonly<Record<string, string>>;
  actions: { readonly [K in A]: { readonly from: readonly S[]; readonly to: S } };
}): TransitionTable<S, A> {
  const labels = definition.labels ?? {};
  const names = Object.keys(definition.actions) as A[];
  const can = (state: S, action: A) => definition.actions[action].from.includes(state);
  return {
    what: definition.what,
    labels,
    actions: definition.actions,
    can,
    assert(state, action) {
      if (!can(state, action)) {
        const to = definition.actions[action].to;
        throw new InvalidTransition(definition.what, state, to, labels);
      }
      return definition.actions[action].to;
    },
    nextStates: (state) => [...new Set(names.filter((a) => can(state, a)).map((a) => definition.actions[a].to))],
    actionsFrom: (state) => names.filter((a) => can(state, a)),
    viewerCan: (state, allowed = {}) =>
      Object.fromEntries(names.map((a) => [a, can(state, a) && allowed[a] !== false])) as Record<A, boolean>,
    from: (action) => definition.actions[action].from,
  };
}

/** Throws InvalidTransition unless `action` may start from `state` in `table`. */
export function assertTransition<S extends string, A extends string>(table: TransitionTable<S, A>, state: S, action: A): S {
  return table.assert(state, action);
}

/**
 * The viewerCan convention: every type with a lifecycle has a field `viewerCan: <Type>ViewerCan!`,
 * an object of booleans, one per action, true when the object's state allows the action AND the
 * viewer may take it. The storefront shows a button when its flag is true, and nothing else.
 * Build the object type once per lifecycle:
 *
 *   export const PostingViewerCanRef = viewerCanType('JobPostingViewerCan', {
 *     publish: '可提交发布。',
 *     close: '可关闭。',
 *   });
 *   // on JobPosting:
 *   viewerCan: t.field({ type: PostingViewerCanRef, resolve: (p, _a, ctx) => postingLifecycle.viewerCan(p.status, {...}) })
 */
export function viewerCanType<A extends string>(name: string, actions: Readonly<Record<A, string>>) {
  return builder.objectRef<Record<A, boolean>>(name).implement({
    description: '当前查看者此刻可以进行的操作（由服务端状态机与权限计算；界面只据此显示按钮）。',
    // Reached only through the field of the object it describes, which carries that object's scopes.
    authScopes: { public: true },
    fields: (t) =>
      Object.fromEntries(
        (Object.keys(actions) as A[]).map((action) => [
          action,
          t.boolean({ description: actions[action], resolve: (can: Record<A, boolean>) => can[action] }),
        ]),
      ) as never,
  });
}
