/** 进入特定场所 in the county's decision queue (R-LV-4): the requests to enter a place a court ban names. */
import { Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { QueueCard } from "../../components/counted-card";
import { decideColumn, subjectColumn } from "../../components/table-columns";
import { DecisionModal } from "../../components/decision-modal";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { QueueProps } from "../supervision/queue-props";
import type { SpecialPlaceRequest } from "./types";

export function SpecialPlaceQueue({ version, onChanged }: QueueProps) {
  const { can } = useAuth();
  const d = useDialog(onChanged);
  const specialPlaces = useRemote(
    (s) => api.get<Page<SpecialPlaceRequest>>("/api/special-places", { status: "pending", pageSize: 100 }, s),
    `special-places:${version}`,
  );

  const columns: TableColumnsType<SpecialPlaceRequest> = [
    subjectColumn<SpecialPlaceRequest>(),
    { title: "司法所", dataIndex: "officeName" },
    { title: "场所", dataIndex: "place", ellipsis: true },
    { title: "期间", key: "p", render: (_, x) => `${x.fromOn} 至 ${x.untilOn}` },
    { title: "事由", dataIndex: "reason", ellipsis: true },
    decideColumn<SpecialPlaceRequest>(
      "queue-place",
      can("level:decide")
        ? (x) =>
            d.open(
              <DecisionModal
                title="审批进入特定场所"
                path={`/api/special-places/${x.id}/decision`}
                testId="place-decision-modal"
                summary={
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {x.subjectName}：{x.fromOn} 至 {x.untilOn} 进入{x.place}（{x.reason}）
                    <Tag style={{ marginLeft: 8 }}>R-LV-4</Tag>
                  </Typography.Paragraph>
                }
                {...d.props}
              />,
            )
        : null,
    ),
  ];

  return (
    <>
      <QueueCard<SpecialPlaceRequest>
        title="进入特定场所（R-LV-4）"
        testId="queue-places"
        count={specialPlaces.data?.total}
        items={specialPlaces.data?.items ?? []}
        loading={specialPlaces.loading}
        error={specialPlaces.error}
        columns={columns}
        empty="没有待审批的进入特定场所申请"
      />
      {d.dialog}
    </>
  );
}
