import type { DeadlineState } from "@zhijiao/domain";
import { Empty, List, Space, Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router-dom";
import type { Deadline } from "../../api/types";
import { daysLeftText } from "../../lib/case-rules";

const stateColors: Record<DeadlineState, string> = {
  overdue: "error",
  due_soon: "warning",
  open: "processing",
  met: "success",
  cancelled: "default",
};
export const deadlineStateLabels: Record<DeadlineState, string> = {
  overdue: "已逾期",
  due_soon: "即将到期",
  open: "办理中",
  met: "已完成",
  cancelled: "已取消",
};

/** What each rule says, for the tooltip beside its id. */
export const ruleSummaries: Record<string, string> = {
  "R-IV-1": "调查评估意见自收到委托之日起十个工作日内出具，速裁案件五个工作日",
  "R-HO-1": "决定机关自判决生效之日起五日内通知、十日内送达法律文书",
  "R-HO-2": "自判决生效之日起十日内报到；逾期未报到应组织查找并通知决定机关和检察院",
  "R-TR-1": "执行地变更：五日内征求意见、五日内回复、五日内移交档案、七日内到新执行地报到",
  "R-RL-1": "矫正期满前三十日完成个人总结和鉴定，期满解除并发放解除社区矫正证明书",
  "R-SN-6": "人民法院自收到建议书之日起三十日内作出裁定",
};

export function RuleTag({ rule }: { rule: string | null }) {
  if (!rule) return null;
  const tag = (
    <Tag variant="outlined" className="mono rule-tag">
      {rule}
    </Tag>
  );
  const summary = ruleSummaries[rule];
  return summary ? <Tooltip title={summary}>{tag}</Tooltip> : tag;
}

export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  return <Tag color={stateColors[state]}>{deadlineStateLabels[state]}</Tag>;
}

/** "剩 3 天" / "逾期 2 天" for an open deadline; the closing date for a closed one. */
export function DaysLeft({ d }: { d: Pick<Deadline, "dueOn" | "state" | "closedOn"> }) {
  if (d.state === "met" || d.state === "cancelled")
    return <Typography.Text type="secondary">{d.closedOn ? `${d.closedOn} 办结` : "—"}</Typography.Text>;
  const { text, days } = daysLeftText(d.dueOn);
  return (
    <Typography.Text type={days < 0 ? "danger" : days <= 3 ? "warning" : undefined} strong={days < 0}>
      {text}
    </Typography.Text>
  );
}

export function DueDateText({ d }: { d: Pick<Deadline, "dueOn" | "provisional"> }) {
  return (
    <Space size={4}>
      <span className="mono">{d.dueOn}</span>
      {d.provisional && (
        <Tooltip title="该年度节假日尚未公布，期限为暂定">
          <Tag color="gold">暂定</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** Where a deadline's case lives in the console. */
export function caseLink(d: Pick<Deadline, "subjectId" | "investigationId">): string | null {
  if (d.subjectId) return `/subjects/${d.subjectId}`;
  if (d.investigationId) return `/investigations/${d.investigationId}`;
  return null;
}

/** The open deadlines of one case, compact (on the file and the investigation). */
export function DeadlineList({ items, showCase = false }: { items: Deadline[]; showCase?: boolean }) {
  const open = items.filter((d) => d.state !== "met" && d.state !== "cancelled");
  if (open.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无未办结的期限" style={{ margin: 8 }} />
    );
  return (
    <List
      size="small"
      className="deadline-list"
      data-testid="case-deadlines"
      dataSource={open}
      renderItem={(d) => {
        const to = caseLink(d);
        return (
          <List.Item key={d.id} className={`deadline-item deadline-${d.state}`}>
            <Space size={8} wrap>
              <DeadlineStateTag state={d.state} />
              {showCase && to ? <Link to={to}>{d.caseName ?? "案件"}</Link> : null}
              <span>{d.kindLabel}</span>
            </Space>
            <Space size={8}>
              <DueDateText d={d} />
              <DaysLeft d={d} />
              <RuleTag rule={d.rule} />
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
