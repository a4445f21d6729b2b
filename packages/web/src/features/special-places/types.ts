/** A special-place request across files (GET /api/special-places, R-LV-4). */
export interface SpecialPlaceRequest {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  courtBanId: string;
  place: string;
  reason: string;
  fromOn: string;
  untilOn: string;
  status: "pending" | "approved" | "rejected";
  statusLabel: string;
  decisionComment: string | null;
  createdAt: string;
}
