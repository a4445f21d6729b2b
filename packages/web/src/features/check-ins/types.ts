/** A subject's mobile check-in as the office sees it (GET /api/check-ins). */
export interface CheckIn {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  recordedAt: string;
  latitude: number | null;
  longitude: number | null;
  accuracy: number | null;
  place: string | null;
  photoFileId: string | null;
  photoUrl: string | null;
  confirmed: boolean;
  confirmedAt: string | null;
  confirmedBy: string | null;
  confirmedByName: string | null;
}
