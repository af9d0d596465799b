import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, refreshSession, type TokenResponse } from '@/api/client';
import { session } from '@/api/session';
import type { Admin, LoginRequest } from '@/api/types';

export type AuthStatus = 'checking' | 'signed-in' | 'signed-out';

interface AuthState {
  status: AuthStatus;
  admin: Admin | null;
  /** Why the last session ended without the user signing out (shown on the sign-in page). */
  endedReason: string | null;
  login: (request: LoginRequest) => Promise<Admin>;
  logout: () => Promise<void>;
  setAdmin: (admin: Admin) => void;
}

const AuthContext = createContext<AuthState | null>(null);

/** Renews the access token this long before it expires, so calls rarely meet a 401 at all. */
const RENEW_BEFORE_MS = 60_000;
const CHANNEL = 'simadmin-auth';

type TabMessage = { type: 'signed-out' } | { type: 'signed-in' };

/**
 * The session: an access token in memory (see api/session.ts) renewed through the HttpOnly refresh cookie. On load
 * the cookie is tried once, so a reload or a new tab stays signed in. Tabs tell each other about sign-in and
 * sign-out; a refresh that fails signs out everywhere.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>('checking');
  const [admin, setAdmin] = useState<Admin | null>(null);
  const [endedReason, setEndedReason] = useState<string | null>(null);
  const renewTimer = useRef<number | undefined>(undefined);
  const channel = useRef<BroadcastChannel | null>(null);

  const signedOut = useCallback(
    (reason: string | null) => {
      window.clearTimeout(renewTimer.current);
      session.set(null);
      setAdmin(null);
      setStatus('signed-out');
      setEndedReason(reason);
      queryClient.clear();
    },
    [queryClient],
  );

  const started = useCallback((tokens: TokenResponse) => {
    session.set(tokens.accessToken);
    setAdmin(tokens.admin);
    setStatus('signed-in');
    setEndedReason(null);
    window.clearTimeout(renewTimer.current);
    const delay = Math.max(5_000, tokens.expiresIn * 1000 - RENEW_BEFORE_MS);
    renewTimer.current = window.setTimeout(async () => {
      const renewed = await refreshSession();
      if (renewed) started(renewed);
      else session.expire();
    }, delay);
  }, []);

  const post = (message: TabMessage) => channel.current?.postMessage(message);

  useEffect(() => {
    const unsubscribe = session.onExpired(() => {
      signedOut('Your session has ended. Sign in again to continue.');
      post({ type: 'signed-out' });
    });
    if (typeof BroadcastChannel !== 'undefined') {
      channel.current = new BroadcastChannel(CHANNEL);
      channel.current.onmessage = async (event: MessageEvent<TabMessage>) => {
        if (event.data.type === 'signed-out') signedOut('You signed out in another tab.');
        if (event.data.type === 'signed-in' && !session.token()) {
          const renewed = await refreshSession();
          if (renewed) started(renewed);
        }
      };
    }
    let cancelled = false;
    refreshSession().then((tokens) => {
      if (cancelled) return;
      if (tokens) started(tokens);
      else signedOut(null);
    });
    return () => {
      cancelled = true;
      unsubscribe();
      channel.current?.close();
      window.clearTimeout(renewTimer.current);
    };
  }, [signedOut, started]);

  const login = useCallback(
    async (request: LoginRequest) => {
      const tokens = await api<TokenResponse>('/api/auth/login', { method: 'POST', body: request, auth: false });
      started(tokens);
      post({ type: 'signed-in' });
      return tokens.admin;
    },
    [started],
  );

  const logout = useCallback(async () => {
    try {
      await api<void>('/api/auth/logout', { method: 'POST', auth: false });
    } finally {
      signedOut(null);
      post({ type: 'signed-out' });
    }
  }, [signedOut]);

  const value = useMemo(
    () => ({ status, admin, endedReason, login, logout, setAdmin }),
    [status, admin, endedReason, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth needs an AuthProvider');
  return state;
}
