/**
 * The access token lives here, in memory only (never localStorage: a script injected into the page could read it
 * there). The refresh token is an HttpOnly cookie scoped to /api/auth that scripts never see.
 */
type Listener = () => void;

let accessToken: string | null = null;
const expiredListeners = new Set<Listener>();

export const session = {
  token(): string | null {
    return accessToken;
  },
  set(token: string | null) {
    accessToken = token;
  },
  /** The refresh cookie no longer works: every part of the app that holds a session must let go of it. */
  expire() {
    accessToken = null;
    expiredListeners.forEach((listener) => listener());
  },
  onExpired(listener: Listener): () => void {
    expiredListeners.add(listener);
    return () => expiredListeners.delete(listener);
  },
};
