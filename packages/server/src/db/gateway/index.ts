export { Gateway, type RequestMeta, type AuditEvent, type Place } from "./gateway.ts";
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
