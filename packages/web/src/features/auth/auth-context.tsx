import type { Action } from "@zhijiao/domain";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { api, request } from "../../api/client";
import type { Me } from "../../api/types";

interface AuthState {
  /** undefined while the session is being checked, null when signed out. */
  user: Me | null | undefined;
  /** True after the user signed out on purpose (not after an expired session). */
  signedOut: boolean;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
  /** Whether the signed-in user's role may take the action (the server still enforces it). */
  can(action: Action): boolean;
  setUser(user: Me): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);
  const [signedOut, setSignedOut] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const res = await request<{ user: Me }>("/api/auth/me", { noAuthRedirect: true });
      setUser(res.user);
    } catch {
      // 401 (not signed in or expired) and an unreachable server both mean: show the sign-in page.
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const res = await api.post<{ token: string; user: Me }>(
      "/api/auth/login",
      { username, password },
      { noAuthRedirect: true },
    );
    setSignedOut(false);
    setUser(res.user);
    return res.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post<void>("/api/auth/logout", undefined, { noAuthRedirect: true });
    } finally {
      setSignedOut(true);
      setUser(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      signedOut,
      login,
      logout,
      refresh,
      can: (action) => !!user && user.abilities.includes(action),
      setUser,
    }),
    [user, signedOut, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth outside AuthProvider");
  return ctx;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { user } = useAuth();
  if (!user) throw new Error("useMe without a signed-in user");
  return user;
}

export function useCan(): (action: Action) => boolean {
  return useAuth().can;
}
