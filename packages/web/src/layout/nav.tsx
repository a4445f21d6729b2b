import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FieldTimeOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { Action, Role } from "@zhijiao/domain";
import type { ReactNode } from "react";

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown when the user has any of these abilities. */
  anyOf: readonly Action[];
}

export const navItems: readonly NavItem[] = [
  { path: "/deadlines", label: "待办期限", icon: <FieldTimeOutlined />, anyOf: ["deadline:list"] },
  { path: "/dashboard", label: "工作台", icon: <DashboardOutlined />, anyOf: ["dashboard:read"] },
  { path: "/investigations", label: "调查评估", icon: <FileSearchOutlined />, anyOf: ["investigation:read"] },
  { path: "/subjects", label: "矫正对象", icon: <TeamOutlined />, anyOf: ["subject:list"] },
  { path: "/admin/users", label: "用户管理", icon: <UserOutlined />, anyOf: ["user:manage", "user:list"] },
  { path: "/admin/organizations", label: "机构管理", icon: <ApartmentOutlined />, anyOf: ["org:list"] },
  { path: "/admin/calendar", label: "工作日历", icon: <CalendarOutlined />, anyOf: ["calendar:manage"] },
  { path: "/admin/templates", label: "文书模板", icon: <FileTextOutlined />, anyOf: ["template:manage"] },
  { path: "/audit", label: "审计日志", icon: <AuditOutlined />, anyOf: ["audit:browse"] },
];

/** Those who work cases start the day on what is due: the deadlines page is their home. */
const deadlineFirstRoles: readonly Role[] = ["office_worker", "county_officer", "county_head"];

/** The first screen after sign-in ("/"). */
export function landingPath(role: Role, can: (a: Action) => boolean): string | null {
  if (deadlineFirstRoles.includes(role) && can("deadline:list")) return "/deadlines";
  if (can("dashboard:read")) return "/dashboard";
  return visibleNav(can)[0]?.path ?? null;
}

export function visibleNav(can: (a: Action) => boolean): NavItem[] {
  return navItems.filter((item) => item.anyOf.some(can));
}

/** The menu entry a location belongs to: the longest matching path prefix. */
export function activeNavPath(pathname: string, items: readonly NavItem[]): string | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const match =
      item.path === "/" ? pathname === "/" : pathname === item.path || pathname.startsWith(item.path + "/");
    if (match && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.path;
}
