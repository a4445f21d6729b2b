/** 定位报警 on the file: the subject's latest location alerts, signed for and resolved in place. */
import { Alert, App, Button, Space, Table } from "antd";
import type { TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import { api, errorMessage } from "../../api/client";
import type { Page } from "../../api/types";
import { SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { AlertStatusTag, AlertTypeTag, ResolveAlertModal } from "./alert-parts";
import type { LocationAlert } from "./types";

export function SubjectAlertsPanel({ subject, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const id = subject.id;
  const d = useDialog(onChanged);
  const alerts = useRemote(
    (s) => api.get<Page<LocationAlert>>("/api/alerts", { subjectId: id, pageSize: 20 }, s),
    `al:${id}:${version}`,
  );

  const acknowledge = async (a: LocationAlert) => {
    try {
      await api.post(`/api/alerts/${a.id}/acknowledge`);
      void message.success("已签收");
      alerts.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<LocationAlert> = [
    { title: "类型", key: "t", render: (_, a) => <AlertTypeTag alert={a} /> },
    { title: "发生时间", dataIndex: "openedAt", render: (v: string) => fmtDateTime(v) },
    { title: "围栏", dataIndex: "zoneName", render: (v: string | null) => v ?? "—" },
    { title: "状态", key: "s", render: (_, a) => <AlertStatusTag alert={a} /> },
    {
      title: "处置",
      key: "d",
      render: (_, a) =>
        a.dispositionLabel
          ? `${a.dispositionLabel}${a.resolutionComment ? `：${a.resolutionComment}` : ""}`
          : "—",
    },
    {
      title: "",
      key: "act",
      render: (_, a) => (
        <Space size={4}>
          {a.status === "open" && can("alert:handle") && (
            <Button size="small" onClick={() => void acknowledge(a)}>
              签收
            </Button>
          )}
          {a.status !== "resolved" && can("alert:handle") && (
            <Button
              size="small"
              onClick={() =>
                d.open(
                  <ResolveAlertModal alert={a} canProposeSanction={can("sanction:propose")} {...d.props} />,
                )
              }
            >
              处置
            </Button>
          )}
          {can("location:read") && (
            <Link
              to={`/subjects/${id}/trajectory?at=${encodeURIComponent(a.openedAt)}`}
              data-testid={`alert-trajectory-${a.id}`}
            >
              轨迹
            </Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <SectionCard
      title={`定位报警${alerts.data ? `（共 ${alerts.data.total} 条${alerts.data.total > 20 ? "，显示最近 20 条" : ""}）` : ""}`}
      testId="subject-alerts"
      extra={<Link to="/monitoring">在监控中心处理</Link>}
    >
      {alerts.error && <Alert type="error" showIcon title={alerts.error} style={{ marginBottom: 12 }} />}
      <Table<LocationAlert>
        rowKey="id"
        size="small"
        pagination={false}
        loading={alerts.loading}
        columns={columns}
        dataSource={alerts.data?.items ?? []}
        locale={{ emptyText: "没有定位报警" }}
      />
      {d.dialog}
    </SectionCard>
  );
}
