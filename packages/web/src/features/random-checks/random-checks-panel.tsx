/** 随机抽查 on the file: the checks started and how the subject answered them. */
import { Alert, Table } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { StatusTag } from "../../components/status-tag";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { RandomCheckModal } from "./random-check-modal";
import type { RandomCheck } from "./types";

const columns: TableColumnsType<RandomCheck> = [
  { title: "发起时间", dataIndex: "requestedAt", render: (v: string) => fmtDateTime(v) },
  { title: "回应时限", dataIndex: "dueAt", render: (v: string) => fmtDateTime(v) },
  { title: "说明", dataIndex: "note", render: (v: string | null) => v ?? "—" },
  { title: "状态", key: "s", render: (_, c) => <StatusTag status={c.status} label={c.statusLabel} /> },
  {
    title: "回应",
    key: "a",
    render: (_, c) =>
      c.answeredAt
        ? `${fmtDateTime(c.answeredAt)}${c.lat !== null && c.lon !== null ? `（${c.lat.toFixed(5)}, ${c.lon.toFixed(5)}）` : ""}`
        : "—",
  },
];

export function RandomChecksPanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged);
  const checks = useRemote(
    (s) => api.get<{ items: RandomCheck[] }>(`/api/subjects/${id}/random-checks`, {}, s),
    `rc:${id}:${version}`,
  );
  const checkItems = checks.data?.items ?? [];
  return (
    <SectionCard
      title="随机抽查"
      testId="random-checks"
      extra={
        can("alert:handle") &&
        inCorrection &&
        !checkItems.some((c) => c.status === "pending") && (
          <AddButton
            testId="random-check-new"
            onClick={() => d.open(<RandomCheckModal subjectId={id} {...d.props} />)}
          >
            发起抽查
          </AddButton>
        )
      }
    >
      {checks.error && <Alert type="error" showIcon title={checks.error} style={{ marginBottom: 12 }} />}
      <Table<RandomCheck>
        rowKey="id"
        size="small"
        pagination={false}
        loading={checks.loading}
        columns={columns}
        dataSource={checkItems}
        locale={{ emptyText: "没有随机抽查记录" }}
      />
      {d.dialog}
    </SectionCard>
  );
}
