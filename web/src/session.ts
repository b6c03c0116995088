const KEY = 'huigong.session';

/** The bearer token of the signed-in account, kept across visits in localStorage. */
export const session = {
  get token(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string) {
    localStorage.setItem(KEY, token);
  },
  clear() {
    try {
      localStorage.removeItem(KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  },
};
