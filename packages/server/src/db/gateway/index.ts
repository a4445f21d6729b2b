export {
  inGatewayTransaction,
  type Gateway,
  type RequestMeta,
  type AuditEvent,
  type Place,
} from "./gateway.ts";
export {
  SubjectRepository,
  nameTokens,
  placeOf,
  isUuid,
  type SubjectRow,
  type SubjectListFilter,
} from "./subjects.ts";
export { OrganizationRepository, orgRefOf, type OrgRow } from "./organizations.ts";
export { UserRepository, type UserRow, type UserListFilter } from "./users.ts";
export { AuthRepository, type AuthUser } from "./auth.ts";
export { AuditLogRepository, type AuditRow, type AuditFilter } from "./audit-log.ts";
export { DashboardRepository, type DashboardCounts } from "./dashboard.ts";
export { FileRepository } from "./files.ts";
export { CalendarRepository, type CalendarYearRow } from "./calendar.ts";
export { CaseLog, type CaseEventRow, type CaseRef, type StepRecord } from "./case-log.ts";
export {
  DeadlineRepository,
  type DeadlineRow,
  type DeadlineListRow,
  type DeadlineListFilter,
  type ResponsiblePlace,
} from "./deadlines.ts";
export { NoticeRepository, type NoticeRow, type NoticeInput } from "./notices.ts";
export { DocumentNumberRepository, shortOrgName } from "./document-numbers.ts";
export {
  InvestigationRepository,
  investigationPlace,
  type InvestigationRow,
  type TranscriptRow,
  type InvestigationListFilter,
} from "./investigations.ts";
export {
  CaseFileRepository,
  type HandoverDocumentRow,
  type TeamMemberRow,
  type CorrectionPlanRow,
} from "./case-file.ts";
export {
  TransferRepository,
  destinationPlace,
  originPlace,
  type TransferRow,
  type TransferListFilter,
} from "./transfers.ts";
export { ClosureRepository, StaleSessionRepository, type ReleaseSweepSubject } from "./closure.ts";
export { DocumentTemplateRepository, type DocumentTemplateOverride } from "./document-templates.ts";
export { SettingsRepository } from "./settings.ts";
export {
  LeaveRequestRepository,
  CourtBanRepository,
  type LeaveRequestRow,
  type CourtBanRow,
  type LeaveListFilter,
} from "./leave-requests.ts";
export { SanctionRepository, type SanctionRow, type SanctionListFilter } from "./sanctions.ts";
export {
  SupervisionRepository,
  type SupervisionRecordRow,
  type LevelChangeRow,
  type SupervisedSubject,
} from "./supervision.ts";
export {
  SpecialPlaceRepository,
  type SpecialPlaceRequestRow,
  type NamedSpecialPlaceRequestRow,
} from "./special-places.ts";
export {
  CheckInRepository,
  type CheckInRow,
  type CheckInStatus,
  type CheckInListFilter,
} from "./check-ins.ts";
export { AbsenceRepository, type AbsenceRow } from "./absences.ts";
export {
  IngestRepository,
  type IngestDevice,
  type IngestSubject,
  type ZoneRow,
  type PositionRow,
  type DeviceStateRow,
  type AlertRaise,
  type AlertClear,
} from "./ingest.ts";
export { AlertRepository, type AlertRow, type AlertFilter } from "./alerts.ts";
export { PositionRepository, type TrackPoint, type LatestPosition } from "./positions.ts";
export { LocationSweepRepository, type SweptAlert } from "./location-sweeps.ts";
export {
  PositioningRepository,
  type PositioningRow,
  type ExpiredPositioning,
  type PositionedFile,
} from "./positioning.ts";
export {
  DeviceRepository,
  type DeviceRow,
  type DeviceListRow,
  type DeviceBindingRow,
  type DeviceListFilter,
} from "./devices.ts";
export { ZoneRepository, type StoredZoneRow } from "./zones.ts";
export { RandomCheckRepository, type RandomCheckRow } from "./random-checks.ts";
export { DemoDataRepository, isDatabaseEmpty } from "./demo-data.ts";
