import { ClockCircleOutlined } from "@ant-design/icons";
import type { DueDate } from "@zhijiao/domain";
import { Alert, Typography } from "antd";
import type { ReactNode } from "react";
import { daysLeftText } from "../lib/case-rules";

interface Props {
  /** "报到期限" */
  label: string;
  /** The computed date, or null while the facts it needs are missing. */
  due: DueDate | null;
  /** How it is counted: "判决生效之日起十日，末日为节假日顺延". */
  basis: string;
  /** The rule id: "R-HO-2". */
  rule: string;
  /** What to say while it cannot be computed yet. */
  pending?: ReactNode;
  /** Extra lines below (e.g. a lateness check). */
  children?: ReactNode;
  testId?: string;
  /** Show days left from today. */
  showDaysLeft?: boolean;
}

/**
 * A due date as it will be computed, shown before the form is sent:
 * "报到期限：2026-10-08（判决生效之日起十日，末日为节假日顺延，R-HO-2）".
 */
export function DueHint({ label, due, basis, rule, pending, children, testId, showDaysLeft }: Props) {
  if (!due) {
    return (
      <Alert
        type="info"
        showIcon
        icon={<ClockCircleOutlined />}
        className="due-hint"
        title={
          <span>
            {label}：<Typography.Text type="secondary">{pending ?? "填写日期后自动计算"}</Typography.Text>
            <Typography.Text type="secondary">
              （{basis}，{rule}）
            </Typography.Text>
          </span>
        }
      />
    );
  }
  const left = showDaysLeft ? daysLeftText(due.dueOn) : null;
  return (
    <Alert
      type={due.provisional ? "warning" : "info"}
      showIcon
      icon={<ClockCircleOutlined />}
      className="due-hint"
      data-testid={testId}
      title={
        <span>
          {label}：<strong data-testid={testId ? `${testId}-date` : undefined}>{due.dueOn}</strong>
          <Typography.Text type="secondary">
            （{basis}，{rule}）
          </Typography.Text>
          {due.provisional && (
            <Typography.Text type="warning">（暂定：该年度节假日尚未公布）</Typography.Text>
          )}
          {left && (
            <Typography.Text type={left.days < 0 ? "danger" : "secondary"} style={{ marginInlineStart: 8 }}>
              {left.text}
            </Typography.Text>
          )}
        </span>
      }
      description={children}
    />
  );
}
