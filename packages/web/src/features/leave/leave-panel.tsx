/** 外出管理 on the file (R-LV-1, R-LV-2, R-LV-3): the subject's leave, applied for, decided and returned from. */
import { DownloadOutlined } from "@ant-design/icons";
import { mayDecideLeave } from "@zhijiao/domain";
import { Alert, Button, Space, Table } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { StatusTag } from "../../components/status-tag";
import { useDialog } from "../../lib/use-dialog";
import { useDownload } from "../../lib/use-download";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { fileActionParams } from "../supervision/file-actions";
import { LeaveApplyModal, LeaveDecisionModal, LeaveReturnModal } from "./leave-modals";
import type { LeaveRequest } from "./types";

export function LeavePanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can, user } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged, fileActionParams);
  const get = useDownload();
  const leaves = useRemote(
    (s) => api.get<Page<LeaveRequest>>(`/api/subjects/${id}/leave-requests`, { pageSize: 100 }, s),
    `l:${id}:${version}`,
  );

  const decision = (l: LeaveRequest) => (
    <LeaveDecisionModal leave={l} testId="leave-decision-modal" {...d.props} />
  );
  const leaveReturn = (l: LeaveRequest) => <LeaveReturnModal leave={l} {...d.props} />;
  const linked = (p: URLSearchParams) => leaves.data?.items.find((x) => x.id === p.get("leaveId"));
  d.fromLink("leave-decision", (p) => {
    const l = linked(p);
    return l ? decision(l) : null;
  });
  d.fromLink("leave-return", (p) => {
    const l = linked(p);
    return l ? leaveReturn(l) : null;
  });

  const columns: TableColumnsType<LeaveRequest> = [
    { title: "外出期间", key: "p", render: (_, l) => `${l.startOn} 至 ${l.endOn}（${l.days} 日）` },
    { title: "目的地", dataIndex: "destinationAddress" },
    { title: "审批机关", dataIndex: "approvalLevelLabel" },
    { title: "状态", key: "s", render: (_, l) => <StatusTag status={l.status} label={l.statusLabel} /> },
    {
      title: "销假",
      key: "r",
      render: (_, l) => (l.returnedOn ? `${l.returnedOn}${l.late ? `（逾期 ${l.daysLate} 日）` : ""}` : "—"),
    },
    {
      title: "",
      key: "act",
      render: (_, l) => (
        <Space size={4}>
          {l.status === "pending" &&
            can("leave:decide") &&
            user &&
            mayDecideLeave(user.role, l.approvalLevel) && (
              <Button
                size="small"
                type="primary"
                data-testid="leave-decide"
                onClick={() => d.open(decision(l))}
              >
                审批
              </Button>
            )}
          {l.status === "approved" && can("leave:request") && (
            <Button size="small" data-testid="leave-return" onClick={() => d.open(leaveReturn(l))}>
              销假
            </Button>
          )}
          {(l.status === "approved" || l.status === "returned") && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void get(`/api/subjects/${id}/documents/leave-certificate`, "外出证明.docx")}
            >
              外出证明
            </Button>
          )}
          {l.status !== "pending" && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void get(`/api/subjects/${id}/documents/leave-approval-form`, "外出审批表.docx")}
            >
              外出审批表
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <SectionCard
      title="外出管理（R-LV-1、R-LV-2、R-LV-3）"
      testId="leaves"
      extra={
        can("leave:request") &&
        inCorrection && (
          <AddButton
            testId="leave-new"
            onClick={() =>
              d.open(<LeaveApplyModal subjectId={id} leaves={leaves.data?.items ?? []} {...d.props} />)
            }
          >
            代为申请
          </AddButton>
        )
      }
    >
      {leaves.error && <Alert type="error" showIcon title={leaves.error} />}
      <Table<LeaveRequest>
        rowKey="id"
        size="small"
        pagination={false}
        loading={leaves.loading}
        columns={columns}
        dataSource={leaves.data?.items ?? []}
        locale={{ emptyText: "暂无外出申请" }}
      />
      {d.dialog}
    </SectionCard>
  );
}
