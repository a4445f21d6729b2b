import {
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  ControlOutlined,
  DesktopOutlined,
  CalendarOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FieldTimeOutlined,
  MobileOutlined,
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
  { path: "/workbench", label: "监管工作台", icon: <DesktopOutlined />, anyOf: ["supervision:record"] },
  {
    path: "/decisions",
    label: "审批队列",
    icon: <CheckSquareOutlined />,
    anyOf: ["sanction:decide", "level:decide"],
  },
  { path: "/monitoring", label: "监控中心", icon: <EnvironmentOutlined />, anyOf: ["alert:read"] },
  { path: "/devices", label: "设备管理", icon: <MobileOutlined />, anyOf: ["device:manage", "alert:read"] },
  { path: "/deadlines", label: "待办期限", icon: <FieldTimeOutlined />, anyOf: ["deadline:list"] },
  { path: "/dashboard", label: "工作台", icon: <DashboardOutlined />, anyOf: ["dashboard:read"] },
  { path: "/investigations", label: "调查评估", icon: <FileSearchOutlined />, anyOf: ["investigation:read"] },
  { path: "/subjects", label: "矫正对象", icon: <TeamOutlined />, anyOf: ["subject:list"] },
  { path: "/admin/users", label: "用户管理", icon: <UserOutlined />, anyOf: ["user:manage", "user:list"] },
  { path: "/admin/organizations", label: "机构管理", icon: <ApartmentOutlined />, anyOf: ["org:list"] },
  { path: "/admin/calendar", label: "工作日历", icon: <CalendarOutlined />, anyOf: ["calendar:manage"] },
  { path: "/admin/templates", label: "文书模板", icon: <FileTextOutlined />, anyOf: ["template:manage"] },
  { path: "/rules", label: "可配置规则", icon: <ControlOutlined />, anyOf: ["template:manage"] },
  { path: "/audit", label: "审计日志", icon: <AuditOutlined />, anyOf: ["audit:browse"] },
];

/**
 * Those who work cases start the day on what is due: the office on its workbench (issue 4), the
 * county on its decision queue; the deadlines page stays in the menu.
 */
const deadlineFirstRoles: readonly Role[] = ["office_worker", "county_officer", "county_head"];

/** The first screen after sign-in ("/"). */
export function landingPath(role: Role, can: (a: Action) => boolean): string | null {
  if (role === "office_worker" && can("supervision:record")) return "/workbench";
  if ((role === "county_officer" || role === "county_head") && can("sanction:decide")) return "/decisions";
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
