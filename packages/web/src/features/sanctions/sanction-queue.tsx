/** 奖惩审批 in the county's decision queue (R-SN-1..7): the measures proposed by the offices. */
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { QueueCard } from "../../components/counted-card";
import { decideColumn, subjectColumn } from "../../components/table-columns";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { QueueProps } from "../supervision/queue-props";
import { SanctionDecisionModal, SanctionMeasure } from "./sanction-parts";
import type { Sanction } from "./types";

export function SanctionQueue({ version, onChanged }: QueueProps) {
  const { can } = useAuth();
  const d = useDialog(onChanged);
  const sanctions = useRemote(
    (s) => api.get<Page<Sanction>>("/api/sanctions", { status: "proposed", pageSize: 100 }, s),
    `sanctions:${version}`,
  );

  const columns: TableColumnsType<Sanction> = [
    subjectColumn<Sanction>(),
    { title: "类别", dataIndex: "categoryLabel" },
    { title: "司法所", dataIndex: "officeName" },
    { title: "提请措施", dataIndex: "kindLabel", render: (_: string, x) => <SanctionMeasure sanction={x} /> },
    { title: "事实", dataIndex: "facts", ellipsis: true },
    { title: "提请日期", dataIndex: "proposedOn" },
    decideColumn<Sanction>(
      "queue-sanction",
      can("sanction:decide")
        ? (x) => d.open(<SanctionDecisionModal sanction={x} showSubject {...d.props} />)
        : null,
    ),
  ];

  return (
    <>
      <QueueCard<Sanction>
        title="奖惩审批（R-SN-1～7）"
        testId="queue-sanctions"
        count={sanctions.data?.total}
        items={sanctions.data?.items ?? []}
        loading={sanctions.loading}
        error={sanctions.error}
        columns={columns}
        empty="没有待审批的奖惩提请"
      />
      {d.dialog}
    </>
  );
}
