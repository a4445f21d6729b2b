/** Shapes of the answers described in docs/API.md. */
import type {
  Action,
  Category,
  FourHistory,
  Level,
  OrgKind,
  Role,
  Sentence,
  Sex,
  SubjectStatus,
  ThreeInvolvement,
} from "@zhijiao/domain";

export interface Page<T> {
  items: T[];
  total: number;
}

export interface OrgSummary {
  id: string;
  name: string;
  kind: OrgKind;
  divisionCode: string;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  org: OrgSummary;
  subjectId: string | null;
  abilities: Action[];
  mustChangePassword: boolean;
}

export interface Org {
  id: string;
  name: string;
  kind: OrgKind;
  kindLabel: string;
  divisionCode: string;
  parentId: string | null;
  provinceId: string | null;
  cityId: string | null;
  countyId: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgId: string;
  orgName: string;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface SubjectSummary {
  id: string;
  name: string;
  sex: Sex;
  idNumberMasked: string | null;
  category: Category;
  categoryLabel: string;
  status: SubjectStatus;
  statusLabel: string;
  level: Level;
  levelLabel: string;
  officeId: string;
  officeName: string;
  correctionStartOn: string;
  correctionEndOn: string;
  minor: boolean;
}

export interface Subject extends SubjectSummary {
  ethnicity: string;
  birthDate: string;
  phoneMasked: string | null;
  householdAddress: string | null;
  householdDivisionCode: string | null;
  residenceAddress: string;
  residenceDivisionCode: string;
  crime: string;
  sentence: Sentence;
  decidingAuthority: string;
  judgmentNumber: string;
  judgmentEffectiveOn: string | null;
  receivedOn: string | null;
  releasedOn: string | null;
  fourHistories: FourHistory[];
  threeInvolvements: ThreeInvolvement[];
  hasPhoto: boolean;
  countyId: string;
  countyName: string;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: Role | null;
  actorRoleLabel?: string | null;
  action: string;
  actionLabel: string;
  resourceType: string | null;
  resourceId: string | null;
  subjectId: string | null;
  ip: string | null;
  details: unknown;
}

export interface Dashboard {
  inCorrection: {
    total: number;
    byCategory: Partial<Record<Category, number>>;
    byLevel: Partial<Record<Level, number>>;
    byOffice: { officeId: string; officeName: string; count: number }[];
  };
  receivedThisMonth: number;
  releasedThisMonth: number;
  minors: number;
  asOf: string;
}
