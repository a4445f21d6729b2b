/**
 * "日常监管" on the subject file (issue 4): the duties of the current periods with their records,
 * leave, court bans, rewards and sanctions, and the management level. Every button is shown by
 * the caller's abilities; a link `?action=…&leaveId=…` (from the workbench or the decision queue)
 * opens the form that handles the item.
 */
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import type { SupervisionRecordKind } from "@zhijiao/domain";
import { mayDecideLeave } from "@zhijiao/domain";
import { Alert, App, Button, Card, Empty, List, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { api, download, errorMessage } from "../../api/client";
import type { Page, Subject } from "../../api/types";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import {
  CourtBanModal,
  DecisionModal,
  LeaveApplyModal,
  LeaveReturnModal,
  LeaveSummary,
  LevelChangeModal,
  RecordModal,
  SanctionProposeModal,
} from "./supervision-modals";
import type {
  CourtBan,
  DutiesAnswer,
  Duty,
  LeaveRequest,
  LevelChange,
  LevelChangesAnswer,
  Sanction,
  SanctionSuggestion,
  SupervisionRecord,
  SuggestionsAnswer,
} from "./types";

const dutyColors = { done: "success", pending: "processing", overdue: "error" } as const;
const statusColors: Record<string, string> = {
  pending: "processing",
  proposed: "processing",
  approved: "success",
  rejected: "default",
  returned: "green",
};

export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={statusColors[status] ?? "default"}>{label}</Tag>;
}

/** Actions a link may open on the file. */
export type SupervisionAction =
  "leave-decision" | "leave-return" | "sanction-decision" | "level-decision" | "record";

function Section({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}

export function SupervisionTab({ subject, onChanged }: { subject: Subject; onChanged: () => void }) {
  const { can, user } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [modal, setModal] = useState<ReactNode>(null);
  const id = subject.id;
  const inCorrection = subject.status === "in_correction" && !subject.archived;

  const duties = useRemote((s) => api.get<DutiesAnswer>(`/api/subjects/${id}/duties`, {}, s), `d:${id}`);
  const records = useRemote(
    (s) => api.get<Page<SupervisionRecord>>(`/api/subjects/${id}/records`, {}, s),
    `r:${id}`,
  );
  const leaves = useRemote(
    (s) => api.get<Page<LeaveRequest>>(`/api/subjects/${id}/leave-requests`, { pageSize: 100 }, s),
    `l:${id}`,
  );
  const bans = useRemote(
    (s) => api.get<{ items: CourtBan[] }>(`/api/subjects/${id}/court-bans`, {}, s),
    `b:${id}`,
  );
  const sanctions = useRemote(
    (s) => api.get<Page<Sanction>>(`/api/subjects/${id}/sanctions`, {}, s),
    `s:${id}`,
  );
  const suggestions = useRemote(
    (s) =>
      can("sanction:propose")
        ? api.get<SuggestionsAnswer>(`/api/subjects/${id}/suggestions`, {}, s)
        : Promise.resolve({ absenceDays: 0, suggestions: [] }),
    `g:${id}`,
  );
  const levels = useRemote(
    (s) => api.get<LevelChangesAnswer>(`/api/subjects/${id}/level-changes`, {}, s),
    `lv:${id}`,
  );

  const close = () => {
    setModal(null);
    if (params.get("action")) {
      const next = new URLSearchParams(params);
      for (const k of ["action", "leaveId", "sanctionId", "levelChangeId"]) next.delete(k);
      setParams(next, { replace: true });
    }
  };
  const done = () => {
    close();
    duties.reload();
    records.reload();
    leaves.reload();
    bans.reload();
    sanctions.reload();
    suggestions.reload();
    levels.reload();
    onChanged();
  };
  const m = { onClose: close, onDone: done };

  const openRecord = (kind?: SupervisionRecordKind) =>
    setModal(<RecordModal subjectId={id} kind={kind} {...m} />);
  const openLeaveDecision = (l: LeaveRequest) =>
    setModal(
      <DecisionModal
        title="外出审批"
        path={`/api/leave-requests/${l.id}/decision`}
        summary={<LeaveSummary l={l} />}
        testId="leave-decision-modal"
        {...m}
      />,
    );
  const openLeaveReturn = (l: LeaveRequest) => setModal(<LeaveReturnModal leave={l} {...m} />);
  const openSanctionDecision = (x: Sanction) =>
    setModal(
      <DecisionModal
        title={`审批：${x.kindLabel}`}
        path={`/api/sanctions/${x.id}/decision`}
        summary={
          <Typography.Paragraph style={{ margin: 0 }}>
            <Tag>{x.rule}</Tag>
            {x.facts}
          </Typography.Paragraph>
        }
        testId="sanction-decision-modal"
        {...m}
      />,
    );
  const openLevelDecision = (x: LevelChange) =>
    setModal(
      <DecisionModal
        title="审批管理等级调整"
        path={`/api/level-changes/${x.id}/decision`}
        summary={`${x.fromLevelLabel} → ${x.toLevelLabel}：${x.grounds}`}
        testId="level-decision-modal"
        {...m}
      />,
    );
  const openSuggestion = (s?: SanctionSuggestion) =>
    setModal(<SanctionProposeModal subject={subject} suggestion={s} {...m} />);

  // A link from the workbench or the decision queue opens its form once the item is loaded.
  const action = params.get("action") as SupervisionAction | null;
  const [opened, setOpened] = useState<string | null>(null);
  const linkKey = action ? params.toString() : null;
  if (linkKey && opened !== linkKey && !modal) {
    let target: (() => void) | null = null;
    if (action === "leave-decision" || action === "leave-return") {
      const l = leaves.data?.items.find((x) => x.id === params.get("leaveId"));
      if (l) target = () => (action === "leave-decision" ? openLeaveDecision(l) : openLeaveReturn(l));
    } else if (action === "sanction-decision") {
      const x = sanctions.data?.items.find((y) => y.id === params.get("sanctionId"));
      if (x) target = () => openSanctionDecision(x);
    } else if (action === "level-decision") {
      const x = levels.data?.items.find((y) => y.id === params.get("levelChangeId"));
      if (x) target = () => openLevelDecision(x);
    } else if (action === "record") target = () => openRecord();
    if (target) {
      setOpened(linkKey);
      target();
    }
  }

  const get = async (path: string, name: string) => {
    try {
      await download(path, name);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

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

  const leaveColumns: TableColumnsType<LeaveRequest> = [
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
                onClick={() => openLeaveDecision(l)}
              >
                审批
              </Button>
            )}
          {l.status === "approved" && can("leave:request") && (
            <Button size="small" data-testid="leave-return" onClick={() => openLeaveReturn(l)}>
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

  const sanctionColumns: TableColumnsType<Sanction> = [
    {
      title: "措施",
      dataIndex: "kindLabel",
      render: (v: string, x) => (
        <Space size={4}>
          {v}
          <Tag>{x.rule}</Tag>
        </Space>
      ),
    },
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
              onClick={() => openSanctionDecision(x)}
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

  const levelColumns: TableColumnsType<LevelChange> = [
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
          <Button size="small" type="primary" data-testid="level-decide" onClick={() => openLevelDecision(x)}>
            审批
          </Button>
        ) : null,
    },
  ];

  const openLevel = levels.data?.items.some((x) => x.status === "proposed");
  const suggestionList = suggestions.data?.suggestions ?? [];

  return (
    <div data-testid="supervision-tab">
      {!inCorrection && (
        <Alert type="info" showIcon title="对象不在矫正期间，不能登记监管事项" style={{ marginBottom: 16 }} />
      )}
      <Section
        title={`本期监管任务（${subject.levelLabel}，R-SV-2）`}
        testId="duties"
        extra={
          can("supervision:record") &&
          inCorrection && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="record-new"
              onClick={() => openRecord()}
            >
              登记
            </Button>
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
      </Section>

      <Section
        title="外出管理（R-LV-1、R-LV-2、R-LV-3）"
        testId="leaves"
        extra={
          can("leave:request") &&
          inCorrection && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="leave-new"
              onClick={() =>
                setModal(<LeaveApplyModal subjectId={id} leaves={leaves.data?.items ?? []} {...m} />)
              }
            >
              代为申请
            </Button>
          )
        }
      >
        {leaves.error && <Alert type="error" showIcon title={leaves.error} />}
        <Table<LeaveRequest>
          rowKey="id"
          size="small"
          pagination={false}
          loading={leaves.loading}
          columns={leaveColumns}
          dataSource={leaves.data?.items ?? []}
          locale={{ emptyText: "暂无外出申请" }}
        />
      </Section>

      <Section
        title="禁止令（R-LV-5）"
        extra={
          can("supervision:record") &&
          !subject.archived && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="court-ban-new"
              onClick={() => setModal(<CourtBanModal subjectId={id} {...m} />)}
            >
              登记禁止令
            </Button>
          )
        }
      >
        <List
          size="small"
          dataSource={bans.data?.items ?? []}
          locale={{ emptyText: "无禁止令" }}
          renderItem={(b) => (
            <List.Item key={b.id}>
              <Space size={8} wrap>
                <span className="mono">
                  {b.fromOn} 至 {b.untilOn}
                </span>
                <span>{b.content}</span>
                <Typography.Text type="secondary">{b.places}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Section>

      <Section
        title="奖惩（R-SN-1～7）"
        testId="sanctions"
        extra={
          can("sanction:propose") &&
          inCorrection && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="sanction-new"
              onClick={() => openSuggestion()}
            >
              提请奖惩
            </Button>
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
          columns={sanctionColumns}
          dataSource={sanctions.data?.items ?? []}
          locale={{ emptyText: "暂无奖惩" }}
        />
      </Section>

      <Section
        title="管理等级（R-SV-1）"
        testId="levels"
        extra={
          can("level:propose") &&
          inCorrection &&
          !openLevel && (
            <Button
              size="small"
              data-testid="level-new"
              onClick={() => setModal(<LevelChangeModal subject={subject} answer={levels.data} {...m} />)}
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
            columns={levelColumns}
            dataSource={levels.data?.items ?? []}
          />
        )}
      </Section>
      {modal}
    </div>
  );
}
