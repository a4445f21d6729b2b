/** Random checks as the API answers them (docs/API.md, issue 5). */
export interface RandomCheck {
  id: string;
  subjectId: string;
  requestedAt: string;
  dueAt: string;
  note: string | null;
  status: "pending" | "answered" | "missed";
  statusLabel: string;
  answeredAt: string | null;
  recordId: string | null;
  lat: number | null;
  lon: number | null;
  accuracy: number | null;
}
