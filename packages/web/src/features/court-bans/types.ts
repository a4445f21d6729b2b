/** Court bans as the API answers them (docs/API.md "Daily supervision (issue 4)"). */
export interface CourtBan {
  id: string;
  subjectId: string;
  content: string;
  places: string;
  fromOn: string;
  untilOn: string;
  createdAt: string;
}
