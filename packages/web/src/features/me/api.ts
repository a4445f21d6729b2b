/** The subject's own API (/api/me) as the mobile app reads it. */
import { api } from "../../api/client";
import type { BodyOf, ItemOf, ResponseOf } from "../../api/contract";

export type MyOverview = ResponseOf<"/api/me/overview">;
export type MyDuty = MyOverview["duties"][number];
export type MyLeave = MyOverview["leaveRequests"][number];
/** A check-in or report the subject submitted. */
export type MyRecord = ResponseOf<"/api/me/check-ins", "post">;
export type MyNotice = ItemOf<"/api/me/notices">;

export const meApi = {
  overview: () => api.get<MyOverview>("/api/me/overview"),
  notices: () => api.get<ResponseOf<"/api/me/notices">>("/api/me/notices"),
  checkIn: (body: BodyOf<"/api/me/check-ins", "post">) => api.post<MyRecord>("/api/me/check-ins", body),
  thoughtReport: (content: string) => api.post<MyRecord>("/api/me/thought-reports", { content }),
  requestLeave: (body: BodyOf<"/api/me/leave-requests", "post">) =>
    api.post<MyLeave>("/api/me/leave-requests", body),
  reportReturn: (id: string, returnedOn: string) =>
    api.post<MyLeave>(`/api/me/leave-requests/${id}/return`, { returnedOn }),
};
