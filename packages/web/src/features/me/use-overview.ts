import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "../../api/client";
import { meApi, type MyOverview } from "./api";

/** The own overview, loaded on mount and reloaded after each action. */
export function useOverview(): {
  data: MyOverview | null;
  error: string | null;
  reload: () => Promise<void>;
} {
  const [data, setData] = useState<MyOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await meApi.overview());
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
