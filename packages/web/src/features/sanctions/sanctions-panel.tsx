/**
 * 奖惩 on the file (R-SN-1..7): what the records suggest, the measures proposed and decided, and
 * their documents.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, Button, List, Space, Table, Tag, Typography } from "antd";
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
import { SanctionDecisionModal, SanctionMeasure } from "./sanction-parts";
import { SanctionProposeModal } from "./sanction-propose-modal";
import type { Sanction, SanctionSuggestion, SuggestionsAnswer } from "./types";

export function SanctionsPanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged, fileActionParams);
  const get = useDownload();
  const sanctions = useRemote(
    (s) => api.get<Page<Sanction>>(`/api/subjects/${id}/sanctions`, {}, s),
    `s:${id}:${version}`,
  );
  const suggestions = useRemote(
    (s) =>
      can("sanction:propose")
        ? api.get<SuggestionsAnswer>(`/api/subjects/${id}/suggestions`, {}, s)
        : Promise.resolve({ absenceDays: 0, suggestions: [] }),
    `g:${id}:${version}`,
  );

  const decision = (x: Sanction) => <SanctionDecisionModal sanction={x} {...d.props} />;
  const openSuggestion = (s?: SanctionSuggestion) =>
    d.open(<SanctionProposeModal subject={subject} suggestion={s} {...d.props} />);
  d.fromLink("sanction-decision", (p) => {
    const x = sanctions.data?.items.find((y) => y.id === p.get("sanctionId"));
    return x ? decision(x) : null;
  });

  const columns: TableColumnsType<Sanction> = [
    { title: "措施", dataIndex: "kindLabel", render: (_: string, x) => <SanctionMeasure sanction={x} /> },
    { title: "事实", dataIndex: "facts", ellipsis: true },
    { title: "提请日期", dataIndex: "proposedOn" },
    { title: "状态", key: "s", render: (_, x) => <StatusTag status={x.status} label={x.statusLabel} /> },
    { title: "文号", dataIndex: "documentNumber", render: (v: string | null) => v ?? "—" },
    {
      title: "",
      key: "act",
      render: (_, x) => (
        <Space size={4}>
          {x.status === "proposed" && can("sanction:decide") && (
            <Button
              size="small"
              type="primary"
              data-testid="sanction-decide"
              onClick={() => d.open(decision(x))}
            >
              审批
            </Button>
          )}
          {x.status === "approved" && x.documentKind && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              data-testid={`sanction-document-${x.documentKind}`}
              onClick={() =>
                void get(`/api/subjects/${id}/documents/${x.documentKind}`, `${x.kindLabel}.docx`)
              }
            >
              文书
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const suggestionList = suggestions.data?.suggestions ?? [];

  return (
    <SectionCard
      title="奖惩（R-SN-1～7）"
      testId="sanctions"
      extra={
        can("sanction:propose") &&
        inCorrection && (
          <AddButton testId="sanction-new" onClick={() => openSuggestion()}>
            提请奖惩
          </AddButton>
        )
      }
    >
      {suggestionList.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="sanction-suggestions"
          title="系统提示（仅供参考，由工作人员决定是否提请）"
          description={
            <List
              size="small"
              dataSource={suggestionList}
              renderItem={(s) => (
                <List.Item
                  key={s.kind}
                  extra={
                    inCorrection && (
                      <Button size="small" onClick={() => openSuggestion(s)}>
                        提请{s.label}
                      </Button>
                    )
                  }
                >
                  <Space orientation="vertical" size={2}>
                    <span>
                      <Tag>{s.rule}</Tag>
                      {s.label}：{s.grounds}
                    </span>
                    {s.facts.map((f, i) => (
                      <Typography.Text type="secondary" key={i}>
                        {f.type === "absence"
                          ? `脱管（逾期未归）${f.days} 日`
                          : `${f.decidedOn ?? ""} ${f.label}：${f.facts}`}
                      </Typography.Text>
                    ))}
                  </Space>
                </List.Item>
              )}
            />
          }
        />
      )}
      {sanctions.error && <Alert type="error" showIcon title={sanctions.error} />}
      <Table<Sanction>
        rowKey="id"
        size="small"
        pagination={false}
        loading={sanctions.loading}
        columns={columns}
        dataSource={sanctions.data?.items ?? []}
        locale={{ emptyText: "暂无奖惩" }}
      />
      {d.dialog}
    </SectionCard>
  );
}
