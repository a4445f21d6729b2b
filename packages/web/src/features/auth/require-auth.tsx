import type { Action } from "@zhijiao/domain";
import { Button, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { Link, Navigate, useLocation } from "react-router-dom";
import { useAuth } from "./auth-context";

/** Sends a visitor without a session to the sign-in page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, signedOut } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return (
      <div className="page-loading full">
        <Spin size="large" />
      </div>
    );
  }
  if (user === null) {
    // After signing out on purpose the next user starts at home, not on the last page.
    if (signedOut) return <Navigate to="/login" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}

/** Shows the page only to roles with one of the abilities; the server refuses the rest anyway. */
export function RequireAbility({ anyOf, children }: { anyOf: readonly Action[]; children: ReactNode }) {
  const { can } = useAuth();
  if (!anyOf.some(can)) return <Forbidden />;
  return <>{children}</>;
}

export function Forbidden() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="当前角色无权查看此页面"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
