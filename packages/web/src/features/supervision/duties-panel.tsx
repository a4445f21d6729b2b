/** 本期监管任务 (R-SV-2): the duties of the current periods and the records that fulfil them. */
import type { SupervisionRecordKind } from "@zhijiao/domain";
import { Alert, Button, List, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { fileActionParams } from "./file-actions";
import { RecordModal } from "./record-modal";
import type { DutiesAnswer, Duty, SupervisionRecord } from "./types";

const dutyColors = { done: "success", pending: "processing", overdue: "error" } as const;

export function DutiesPanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged, fileActionParams);
  const duties = useRemote(
    (s) => api.get<DutiesAnswer>(`/api/subjects/${id}/duties`, {}, s),
    `d:${id}:${version}`,
  );
  const records = useRemote(
    (s) => api.get<Page<SupervisionRecord>>(`/api/subjects/${id}/records`, {}, s),
    `r:${id}:${version}`,
  );

  const openRecord = (kind?: SupervisionRecordKind) =>
    d.open(<RecordModal subjectId={id} kind={kind} {...d.props} />);
  d.fromLink("record", () => <RecordModal subjectId={id} {...d.props} />);

  const dutyColumns: TableColumnsType<Duty> = [
    { title: "事项", dataIndex: "kindLabel" },
    { title: "周期", key: "period", render: (_, d) => `${d.periodStart} 至 ${d.periodEnd}` },
    {
      title: "完成",
      key: "progress",
      render: (_, d) => `${d.achieved} / ${d.required} ${d.unit === "hours" ? "小时" : "次"}`,
    },
    { title: "到期", dataIndex: "dueOn", className: "mono" },
    {
      title: "状态",
      dataIndex: "state",
      render: (_, d) => <Tag color={dutyColors[d.state]}>{d.stateLabel}</Tag>,
    },
    {
      title: "",
      key: "act",
      render: (_, d) =>
        can("supervision:record") && inCorrection && d.state !== "done" ? (
          <Button size="small" data-testid={`duty-record-${d.kind}`} onClick={() => openRecord(d.kind)}>
            登记
          </Button>
        ) : null,
    },
  ];

  return (
    <SectionCard
      title={`本期监管任务（${subject.levelLabel}，R-SV-2）`}
      testId="duties"
      extra={
        can("supervision:record") &&
        inCorrection && (
          <AddButton testId="record-new" onClick={() => openRecord()}>
            登记
          </AddButton>
        )
      }
    >
      {duties.error && <Alert type="error" showIcon title={duties.error} />}
      <Table<Duty>
        rowKey={(d) => `${d.kind}:${d.periodStart}`}
        size="small"
        pagination={false}
        loading={duties.loading}
        columns={dutyColumns}
        dataSource={duties.data?.items ?? []}
        locale={{ emptyText: "当前没有监管任务" }}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        监管记录
      </Typography.Title>
      <List
        size="small"
        data-testid="records"
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: "暂无记录" }}
        pagination={(records.data?.items.length ?? 0) > 10 ? { pageSize: 10, size: "small" } : false}
        renderItem={(r) => (
          <List.Item key={r.id}>
            <Space size={8} wrap>
              <Tag>{r.kindLabel}</Tag>
              <span className="mono">{fmtDateTime(r.occurredAt)}</span>
              {r.hours ? <span>{r.hours} 小时</span> : null}
              <span>{r.content}</span>
              {r.place && <Typography.Text type="secondary">{r.place}</Typography.Text>}
            </Space>
            <Typography.Text type="secondary">{r.recordedByName ?? ""}</Typography.Text>
          </List.Item>
        )}
      />
      {d.dialog}
    </SectionCard>
  );
}
