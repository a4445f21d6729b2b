/** 外出审批 in the county's decision queue (R-LV-2): the pending applications the caller may decide. */
import { mayDecideLeave } from "@zhijiao/domain";
import { Tag } from "antd";
import type { TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { QueueCard } from "../../components/counted-card";
import { decideColumn } from "../../components/table-columns";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { leaveDecisionLink } from "../supervision/file-actions";
import type { QueueProps } from "../supervision/queue-props";
import { LeaveDecisionModal } from "./leave-modals";
import type { LeaveRequest } from "./types";

export function LeaveQueue({ version, onChanged }: QueueProps) {
  const { user, can } = useAuth();
  const d = useDialog(onChanged);
  const leaves = useRemote(
    (s) => api.get<Page<LeaveRequest>>("/api/leave-requests", { status: "pending", pageSize: 100 }, s),
    `leaves:${version}`,
  );
  const mine = (leaves.data?.items ?? []).filter(
    (l) => can("leave:decide") && user && mayDecideLeave(user.role, l.approvalLevel),
  );

  const columns: TableColumnsType<LeaveRequest> = [
    {
      title: "矫正对象",
      dataIndex: "subjectName",
      render: (v: string, l) => <Link to={leaveDecisionLink(l)}>{v}</Link>,
    },
    { title: "司法所", dataIndex: "officeName" },
    { title: "外出期间", key: "p", render: (_, l) => `${l.startOn} 至 ${l.endOn}（${l.days} 日）` },
    { title: "两月累计", dataIndex: "cumulativeDays", render: (v: number) => `${v} 日` },
    { title: "目的地", dataIndex: "destinationAddress", ellipsis: true },
    {
      title: "审批机关",
      dataIndex: "approvalLevelLabel",
      render: (v: string) => <Tag color="blue">{v}</Tag>,
    },
    decideColumn<LeaveRequest>("queue-leave", (l) => d.open(<LeaveDecisionModal leave={l} {...d.props} />)),
  ];

  return (
    <>
      <QueueCard<LeaveRequest>
        title="外出审批（R-LV-2）"
        testId="queue-leaves"
        count={mine.length}
        items={mine}
        loading={leaves.loading}
        error={leaves.error}
        columns={columns}
        empty="没有待审批的外出申请"
      />
      {d.dialog}
    </>
  );
}
