import { useCallback } from "react";
import { api } from "../../api/client";
import type { CaseEvent, CaseView, Transfer } from "../../api/types";
import { useRemote } from "../../lib/use-remote";

export interface CaseData {
  view: CaseView | undefined;
  events: CaseEvent[];
  /** The running or last transfer, fresh from GET /api/transfers/:id. */
  transfer: Transfer | null;
  loading: boolean;
  error: string | null;
  cause: unknown;
  reload(): void;
}

/** A subject's case: the CaseView, its timeline and its transfer, reloaded together after each step. */
export function useCase(subjectId: string): CaseData {
  const view = useRemote(
    (signal) => api.get<CaseView>(`/api/subjects/${subjectId}/case`, {}, signal),
    subjectId,
  );
  const timeline = useRemote(
    (signal) => api.get<{ items: CaseEvent[] }>(`/api/subjects/${subjectId}/timeline`, {}, signal),
    subjectId,
  );
  const transferId = view.data?.transfer?.id ?? "";
  const transfer = useRemote(
    (signal) =>
      transferId ? api.get<Transfer>(`/api/transfers/${transferId}`, {}, signal) : Promise.resolve(null),
    `${transferId}:${view.data ? JSON.stringify(view.data.transfer) : ""}`,
  );
  const { reload: reloadView } = view;
  const { reload: reloadTimeline } = timeline;
  const reload = useCallback(() => {
    reloadView();
    reloadTimeline();
  }, [reloadView, reloadTimeline]);
  return {
    view: view.data,
    events: timeline.data?.items ?? [],
    transfer: transfer.data ?? view.data?.transfer ?? null,
    loading: view.loading || timeline.loading,
    error: view.error ?? timeline.error,
    cause: view.cause ?? timeline.cause,
    reload,
  };
}
