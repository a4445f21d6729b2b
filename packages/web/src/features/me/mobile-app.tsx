import {
  CameraOutlined,
  EditOutlined,
  HomeOutlined,
  LogoutOutlined,
  NotificationOutlined,
  SendOutlined,
} from "@ant-design/icons";
import { Button, Spin } from "antd";
import type { ReactNode } from "react";
import { NavLink, Navigate, Outlet, Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "../auth/auth-context";
import CheckInPage from "./check-in-page";
import LeavePage from "./leave-page";
import MobileHome from "./mobile-home";
import MobileLogin from "./mobile-login";
import NoticesPage from "./notices-page";
import ThoughtReportPage from "./thought-report-page";
import "./mobile.css";

const tabs: { to: string; label: string; icon: ReactNode; end?: boolean }[] = [
  { to: "/m/", label: "首页", icon: <HomeOutlined />, end: true },
  { to: "/m/check-in", label: "签到", icon: <CameraOutlined /> },
  { to: "/m/report", label: "汇报", icon: <EditOutlined /> },
  { to: "/m/leave", label: "外出", icon: <SendOutlined /> },
  { to: "/m/notices", label: "通知", icon: <NotificationOutlined /> },
];

/** The phone layout: a title bar and a bottom tab bar; only a subject account enters, staff go to the console. */
function MobileLayout() {
  const { user, logout } = useAuth();
  const location = useLocation();
  if (user === undefined)
    return (
      <div className="m-loading">
        <Spin size="large" />
      </div>
    );
  if (user === null)
    return <Navigate to={`/m/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (user.role !== "subject") return <Navigate to="/" replace />;
  return (
    <div className="m-app">
      <header className="m-header">
        <span className="m-title">智矫 · 社区矫正</span>
        <Button
          type="text"
          className="m-logout"
          icon={<LogoutOutlined />}
          onClick={() => void logout()}
          data-testid="m-logout"
        >
          退出
        </Button>
      </header>
      <main className="m-main">
        <Outlet />
      </main>
      <nav className="m-tabs" aria-label="主菜单">
        {tabs.map((t) => (
          <NavLink key={t.to} to={t.to} end={t.end} className="m-tab">
            <span className="m-tab-icon">{t.icon}</span>
            <span>{t.label}</span>
          </NavLink>
        ))}
      </nav>
    </div>
  );
}

/** The subject's mobile web app under /m/. */
export default function MobileApp() {
  return (
    <Routes>
      <Route path="login" element={<MobileLogin />} />
      <Route element={<MobileLayout />}>
        <Route index element={<MobileHome />} />
        <Route path="check-in" element={<CheckInPage />} />
        <Route path="report" element={<ThoughtReportPage />} />
        <Route path="leave" element={<LeavePage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="*" element={<Navigate to="/m/" replace />} />
      </Route>
    </Routes>
  );
}
