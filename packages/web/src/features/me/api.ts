/** The subject's own API (/api/me) as the mobile app reads it. */
import { api } from "../../api/client";

export interface MyDuty {
  kind: string;
  kindLabel: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  required: number;
  unit: "times" | "hours";
  achieved: number;
  state: "done" | "pending" | "overdue";
  stateLabel: string;
}

export interface MyLeave {
  id: string;
  startOn: string;
  endOn: string;
  days: number;
  destinationAddress: string;
  reason: string;
  status: "pending" | "approved" | "rejected" | "returned";
  statusLabel: string;
  approvalLevelLabel: string;
  decisionComment: string | null;
  returnedOn: string | null;
  late: boolean;
}

export interface MyRecord {
  id: string;
  kind: string;
  kindLabel: string;
  occurredAt: string;
  place: string | null;
  content: string;
}

export interface MyOverview {
  subject: {
    id: string;
    name: string;
    categoryLabel: string;
    statusLabel: string;
    levelLabel: string;
    correctionStartOn: string;
    correctionEndOn: string;
    officeName: string;
  };
  today: string;
  daysRemaining: number;
  duties: MyDuty[];
  leaveRequests: MyLeave[];
  recentRecords: MyRecord[];
  /** An open random check (随机抽查): the next check-in answers it. */
  randomCheck: { id: string; dueAt: string; note: string | null } | null;
}

export interface MyNotice {
  id: string;
  step: string;
  title: string;
  occurredOn: string;
  at: string;
  summary: string;
}

export const meApi = {
  overview: () => api.get<MyOverview>("/api/me/overview"),
  notices: () => api.get<{ items: MyNotice[] }>("/api/me/notices"),
  checkIn: (body: { latitude: number; longitude: number; accuracy: number; photo: string }) =>
    api.post<MyRecord>("/api/me/check-ins", body),
  thoughtReport: (content: string) => api.post<MyRecord>("/api/me/thought-reports", { content }),
  requestLeave: (body: {
    startOn: string;
    endOn: string;
    destinationDivisionCode: string;
    destinationAddress: string;
    reason: string;
  }) => api.post<MyLeave>("/api/me/leave-requests", body),
  reportReturn: (id: string, returnedOn: string) =>
    api.post<MyLeave>(`/api/me/leave-requests/${id}/return`, { returnedOn }),
};
