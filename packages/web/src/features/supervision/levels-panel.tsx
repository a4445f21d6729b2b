/** 管理等级 on the file (R-SV-1): the level, what the records support, and its proposed changes. */
import { Button, Empty, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import { DecisionModal } from "../../components/decision-modal";
import { SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { StatusTag } from "../../components/status-tag";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { fileActionParams } from "./file-actions";
import { LevelChangeModal } from "./level-change-modal";
import type { LevelChange, LevelChangesAnswer } from "./types";

export function LevelsPanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged, fileActionParams);
  const levels = useRemote(
    (s) => api.get<LevelChangesAnswer>(`/api/subjects/${id}/level-changes`, {}, s),
    `lv:${id}:${version}`,
  );

  const decision = (x: LevelChange) => (
    <DecisionModal
      title="审批管理等级调整"
      path={`/api/level-changes/${x.id}/decision`}
      summary={`${x.fromLevelLabel} → ${x.toLevelLabel}：${x.grounds}`}
      testId="level-decision-modal"
      {...d.props}
    />
  );
  d.fromLink("level-decision", (p) => {
    const x = levels.data?.items.find((y) => y.id === p.get("levelChangeId"));
    return x ? decision(x) : null;
  });

  const columns: TableColumnsType<LevelChange> = [
    { title: "调整", key: "c", render: (_, x) => `${x.fromLevelLabel} → ${x.toLevelLabel}` },
    { title: "理由", dataIndex: "grounds", ellipsis: true },
    { title: "提请时间", dataIndex: "proposedAt", render: (v: string) => fmtDateTime(v) },
    { title: "状态", key: "s", render: (_, x) => <StatusTag status={x.status} label={x.statusLabel} /> },
    { title: "审批日期", dataIndex: "decidedOn", render: (v: string | null) => v ?? "—" },
    {
      title: "",
      key: "act",
      render: (_, x) =>
        x.status === "proposed" && can("level:decide") ? (
          <Button size="small" type="primary" data-testid="level-decide" onClick={() => d.open(decision(x))}>
            审批
          </Button>
        ) : null,
    },
  ];

  const openLevel = levels.data?.items.some((x) => x.status === "proposed");

  return (
    <SectionCard
      title="管理等级（R-SV-1）"
      testId="levels"
      extra={
        can("level:propose") &&
        inCorrection &&
        !openLevel && (
          <Button
            size="small"
            data-testid="level-new"
            onClick={() => d.open(<LevelChangeModal subject={subject} answer={levels.data} {...d.props} />)}
          >
            提请调整
          </Button>
        )
      }
    >
      {levels.data && (
        <Typography.Paragraph>
          当前等级：<Tag color="blue">{subject.levelLabel}</Tag>记录支持：{levels.data.suggestion.label}（
          {levels.data.suggestion.grounds.map((g) => g.reason).join("；")}）
        </Typography.Paragraph>
      )}
      {(levels.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无调整记录" />
      ) : (
        <Table<LevelChange>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={levels.data?.items ?? []}
        />
      )}
      {d.dialog}
    </SectionCard>
  );
}
