import type { ViewerFragment } from './gql/graphql';

/** The signed-in account, selected by every page query so the shell never needs its own round trip. */
export type ViewerData = ViewerFragment;

const KEY = 'huigong.viewer';
let current: ViewerData | null | undefined;
const listeners = new Set<() => void>();

function load(): ViewerData | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ViewerData) : null;
  } catch {
    return null;
  }
}

/** What the last page query said about the account (cached for the tab, so pages can skip member-only fields). */
export const viewer = {
  get(): ViewerData | null {
    if (current === undefined) current = load();
    return current;
  },
  set(next: ViewerData | null | undefined) {
    current = next ?? null;
    try {
      if (current) sessionStorage.setItem(KEY, JSON.stringify(current));
      else sessionStorage.removeItem(KEY);
    } catch {
      /* storage unavailable */
    }
    for (const listener of listeners) listener();
  },
  onChange(listener: () => void) {
    listeners.add(listener);
  },
};

export const isMember = () => Boolean(viewer.get()?.member);

export function hasRole(role: string): boolean {
  return viewer.get()?.roles.some((grant) => grant.role === role) ?? false;
}

/** Unions where the account acts as union staff (platform admins act everywhere). */
export function staffUnions(): { id: string; name: string; code: string }[] {
  const roles = viewer.get()?.roles ?? [];
  return roles.flatMap((grant) => (grant.role === 'UNION_STAFF' && grant.union ? [grant.union] : []));
}
