import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../api/client";

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  /** The raw error, to read its code (e.g. NOT_FOUND). */
  cause: unknown;
  reload(): void;
}

/**
 * Loads data when `key` changes; a later load supersedes an earlier one so a slow answer never
 * overwrites a newer one.
 */
export function useRemote<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Remote<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [cause, setCause] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    loadRef
      .current(ctrl.signal)
      .then((d) => {
        if (ctrl.signal.aborted) return;
        setData(d);
        setCause(null);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setCause(e);
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, loading, error: cause ? errorMessage(cause) : null, cause, reload };
}
