/** 管理等级调整 in the county's decision queue (R-SV-1): the level changes proposed by the offices. */
import { Space, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { QueueCard } from "../../components/counted-card";
import { decideColumn, subjectColumn } from "../../components/table-columns";
import { DecisionModal } from "../../components/decision-modal";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { QueueProps } from "./queue-props";
import type { LevelChange } from "./types";

export function LevelChangeQueue({ version, onChanged }: QueueProps) {
  const { can } = useAuth();
  const d = useDialog(onChanged);
  const levelChanges = useRemote(
    (s) => api.get<Page<LevelChange>>("/api/level-changes", { status: "proposed", pageSize: 100 }, s),
    `level-changes:${version}`,
  );

  const columns: TableColumnsType<LevelChange> = [
    subjectColumn<LevelChange>(),
    {
      title: "调整",
      key: "change",
      render: (_, x) => (
        <Space size={4}>
          {x.fromLevelLabel} → {x.toLevelLabel}
          <Tag>R-SV-1</Tag>
        </Space>
      ),
    },
    { title: "理由", dataIndex: "grounds", ellipsis: true },
    { title: "提请日期", dataIndex: "proposedAt", render: (v: string) => v.slice(0, 10) },
    decideColumn<LevelChange>(
      "queue-level",
      can("level:decide")
        ? (x) =>
            d.open(
              <DecisionModal
                title={`审批管理等级调整：${x.fromLevelLabel} → ${x.toLevelLabel}`}
                path={`/api/level-changes/${x.id}/decision`}
                testId="level-decision-modal"
                summary={
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {x.subjectName}：{x.fromLevelLabel} → {x.toLevelLabel}
                    <Tag style={{ marginLeft: 8 }}>R-SV-1</Tag>
                    {x.grounds}
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
      <QueueCard<LevelChange>
        title="管理等级调整（R-SV-1）"
        testId="queue-levels"
        count={levelChanges.data?.total}
        items={levelChanges.data?.items ?? []}
        loading={levelChanges.loading}
        error={levelChanges.error}
        columns={columns}
        empty="没有待审批的管理等级调整"
      />
      {d.dialog}
    </>
  );
}
