import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { Action } from "@zhijiao/domain";
import type { ReactNode } from "react";

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown when the user has any of these abilities. */
  anyOf: readonly Action[];
}

export const navItems: readonly NavItem[] = [
  { path: "/", label: "工作台", icon: <DashboardOutlined />, anyOf: ["dashboard:read"] },
  { path: "/subjects", label: "矫正对象", icon: <TeamOutlined />, anyOf: ["subject:list"] },
  { path: "/admin/users", label: "用户管理", icon: <UserOutlined />, anyOf: ["user:manage", "user:list"] },
  { path: "/admin/organizations", label: "机构管理", icon: <ApartmentOutlined />, anyOf: ["org:list"] },
  { path: "/audit", label: "审计日志", icon: <AuditOutlined />, anyOf: ["audit:browse"] },
];

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
