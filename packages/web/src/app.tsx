import { Button, Result } from "antd";
import { lazy } from "react";
import type { ReactNode } from "react";
import { BrowserRouter, Link, Navigate, Route, Routes } from "react-router-dom";
import type { Action } from "@zhijiao/domain";
import { AuthProvider, useAuth } from "./features/auth/auth-context";
import { RequireAbility, RequireAuth } from "./features/auth/require-auth";
import { AppLayout } from "./layout/app-layout";
import { landingPath } from "./layout/nav";

// Each screen is its own chunk; the sign-in page stays light.
const LoginPage = lazy(() => import("./features/auth/login-page"));
const DashboardPage = lazy(() => import("./features/dashboard/dashboard-page"));
const SubjectListPage = lazy(() => import("./features/subjects/subject-list-page"));
const SubjectFilePage = lazy(() => import("./features/subjects/subject-file-page"));
const SubjectFormPage = lazy(() => import("./features/subjects/subject-form-page"));
const UsersPage = lazy(() => import("./features/admin/users-page"));
const OrganizationsPage = lazy(() => import("./features/admin/organizations-page"));
const AuditPage = lazy(() => import("./features/audit/audit-page"));
const DeadlinesPage = lazy(() => import("./features/deadlines/deadlines-page"));
const InvestigationListPage = lazy(() => import("./features/investigations/investigation-list-page"));
const InvestigationPage = lazy(() => import("./features/investigations/investigation-page"));
const CalendarPage = lazy(() => import("./features/calendar/calendar-page"));
const DocumentTemplatesPage = lazy(() => import("./features/documents/document-templates-page"));
const RulesPage = lazy(() => import("./features/rules/rules-page"));
const WorkbenchPage = lazy(() => import("./features/supervision/workbench-page"));
const DecisionsPage = lazy(() => import("./features/supervision/decisions-page"));
const MonitoringPage = lazy(() => import("./features/alerts/monitoring-page"));
const DutyLogPage = lazy(() => import("./features/alerts/duty-log-page"));
const TrajectoryPage = lazy(() => import("./features/trajectories/trajectory-page"));
const DevicesPage = lazy(() => import("./features/devices/devices-page"));
// The subject's phone app (/m/), its own layout and chunk.
const MobileApp = lazy(() => import("./features/me/mobile-app"));

function Guard({ anyOf, children }: { anyOf: readonly Action[]; children: ReactNode }) {
  return <RequireAbility anyOf={anyOf}>{children}</RequireAbility>;
}

/**
 * "/" leads to the role's first screen: what is due for those who work cases (office and county),
 * the dashboard for those who oversee, otherwise the first screen the role has.
 */
function Home() {
  const { can, user } = useAuth();
  if (user?.role === "subject") return <Navigate to="/m/" replace />;
  const to = user ? landingPath(user.role, can) : null;
  if (to) return <Navigate to={to} replace />;
  return <Result status="info" title="当前账号没有可用的管理功能" subTitle="矫正对象请使用手机端" />;
}

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/m/*" element={<MobileApp />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route
          path="dashboard"
          element={
            <Guard anyOf={["dashboard:read"]}>
              <DashboardPage />
            </Guard>
          }
        />
        <Route
          path="deadlines"
          element={
            <Guard anyOf={["deadline:list"]}>
              <DeadlinesPage />
            </Guard>
          }
        />
        <Route
          path="workbench"
          element={
            <Guard anyOf={["supervision:record"]}>
              <WorkbenchPage />
            </Guard>
          }
        />
        <Route
          path="decisions"
          element={
            <Guard anyOf={["sanction:decide", "level:decide"]}>
              <DecisionsPage />
            </Guard>
          }
        />
        <Route
          path="monitoring"
          element={
            <Guard anyOf={["alert:read"]}>
              <MonitoringPage />
            </Guard>
          }
        />
        <Route
          path="monitoring/log"
          element={
            <Guard anyOf={["alert:read"]}>
              <DutyLogPage />
            </Guard>
          }
        />
        <Route
          path="devices"
          element={
            <Guard anyOf={["device:manage", "alert:read"]}>
              <DevicesPage />
            </Guard>
          }
        />
        <Route
          path="investigations"
          element={
            <Guard anyOf={["investigation:read"]}>
              <InvestigationListPage />
            </Guard>
          }
        />
        <Route
          path="investigations/:id"
          element={
            <Guard anyOf={["investigation:read"]}>
              <InvestigationPage />
            </Guard>
          }
        />
        <Route
          path="admin/calendar"
          element={
            <Guard anyOf={["calendar:manage"]}>
              <CalendarPage />
            </Guard>
          }
        />
        <Route
          path="admin/templates"
          element={
            <Guard anyOf={["template:manage"]}>
              <DocumentTemplatesPage />
            </Guard>
          }
        />
        <Route
          path="subjects"
          element={
            <Guard anyOf={["subject:list"]}>
              <SubjectListPage />
            </Guard>
          }
        />
        <Route
          path="subjects/new"
          element={
            <Guard anyOf={["subject:create"]}>
              <SubjectFormPage />
            </Guard>
          }
        />
        <Route
          path="subjects/:id"
          element={
            <Guard anyOf={["subject:read"]}>
              <SubjectFilePage />
            </Guard>
          }
        />
        <Route
          path="subjects/:id/trajectory"
          element={
            <Guard anyOf={["location:read"]}>
              <TrajectoryPage />
            </Guard>
          }
        />
        <Route
          path="subjects/:id/edit"
          element={
            <Guard anyOf={["subject:update"]}>
              <SubjectFormPage />
            </Guard>
          }
        />
        <Route
          path="admin/users"
          element={
            <Guard anyOf={["user:list", "user:manage"]}>
              <UsersPage />
            </Guard>
          }
        />
        <Route
          path="admin/organizations"
          element={
            <Guard anyOf={["org:list"]}>
              <OrganizationsPage />
            </Guard>
          }
        />
        <Route
          path="rules"
          element={
            <Guard anyOf={["template:manage", "calendar:read"]}>
              <RulesPage />
            </Guard>
          }
        />
        <Route
          path="audit"
          element={
            <Guard anyOf={["audit:browse"]}>
              <AuditPage />
            </Guard>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function AppRoot() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </BrowserRouter>
  );
}
