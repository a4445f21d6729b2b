/**
 * The forms of leave (issue 4), each a StepModal that shows the domain rule before sending: the
 * approval level (R-LV-1/2) of an application, the lateness of a return (R-LV-3); and the
 * decision on an application.
 */
import type { LeaveRules } from "@zhijiao/domain";
import {
  addDays,
  checkLeaveApplication,
  compareDates,
  cumulativeLeaveDays,
  leaveApprovalLevel,
  leaveApprovalLevelLabels,
  leaveDays,
  leaveReturn,
} from "@zhijiao/domain";
import { Alert, Form, Input, Tag, Typography } from "antd";
import { api } from "../../api/client";
import { DateInput } from "../../components/date-input";
import { DecisionModal } from "../../components/decision-modal";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { today } from "../../lib/case-rules";
import { useLeaveRules } from "../../lib/leave-rules";
import type { LeaveRequest } from "./types";

// ---------- 外出申请 (R-LV-1, R-LV-2) ----------

interface LeaveValues {
  startOn?: string;
  endOn?: string;
  destinationDivisionCode: string;
  destinationAddress: string;
  reason: string;
}

function LeaveLevelHint({
  startOn,
  endOn,
  leaves,
  rules,
}: {
  startOn?: string;
  endOn?: string;
  leaves: LeaveRequest[];
  rules: LeaveRules;
}) {
  const earliest = addDays(today(), rules.advanceNoticeDays);
  if (!startOn || !endOn || compareDates(endOn, startOn) < 0)
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`应至少提前 ${rules.advanceNoticeDays} 日申请（最早 ${earliest} 外出）；${rules.officeMaxDays} 日以内由司法所审批，超过 ${rules.officeMaxDays} 日由县级社区矫正机构审批，两个月内累计超过 ${rules.cumulativeMaxDays} 日由市级审批`}
      />
    );
  const days = leaveDays(startOn, endOn);
  const cumulative = cumulativeLeaveDays(rules, leaves, { startOn, endOn });
  let level: string;
  let bad: string | null = null;
  try {
    level =
      leaveApprovalLevelLabels[leaveApprovalLevel(rules, { days, cumulativeDaysIn2Months: cumulative })];
  } catch (e) {
    level = "—";
    bad = (e as Error).message;
  }
  if (!bad && compareDates(startOn, earliest) < 0)
    bad = `外出应当至少提前 ${rules.advanceNoticeDays} 日申请（最早可于 ${earliest} 外出）`;
  return (
    <Alert
      type={bad ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="leave-level-hint"
      title={
        <span>
          共 <strong>{days}</strong> 日，两个月内累计 {cumulative} 日，审批机关：
          <strong data-testid="leave-approval-level">{level}</strong>
        </span>
      }
      description={bad ?? undefined}
    />
  );
}

export function LeaveApplyModal({
  subjectId,
  leaves,
  ...p
}: DialogProps & { subjectId: string; leaves: LeaveRequest[] }) {
  const rules = useLeaveRules();
  return (
    <StepModal<LeaveValues>
      title="外出申请（代为申请）"
      testId="leave-apply-modal"
      fields={["startOn", "endOn", "destinationDivisionCode", "destinationAddress", "reason"]}
      precheck={(v) => {
        const days = checkLeaveApplication(rules, { startOn: v.startOn!, endOn: v.endOn! }, today());
        leaveApprovalLevel(rules, { days, cumulativeDaysIn2Months: days });
      }}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/leave-requests`, {
          startOn: v.startOn,
          endOn: v.endOn,
          destinationDivisionCode: v.destinationDivisionCode.trim(),
          destinationAddress: v.destinationAddress.trim(),
          reason: v.reason.trim(),
        })
      }
      successText="已提交外出申请"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate>
            {() => (
              <LeaveLevelHint
                startOn={form.getFieldValue("startOn") as string | undefined}
                endOn={form.getFieldValue("endOn") as string | undefined}
                leaves={leaves}
                rules={rules}
              />
            )}
          </Form.Item>
          <Form.Item name="startOn" label="外出日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="endOn" label="返回日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="destinationDivisionCode"
            label="目的地行政区划代码"
            rules={[{ required: true, pattern: /^\d{6}$/, message: "请填写6位行政区划代码" }]}
          >
            <Input maxLength={6} />
          </Form.Item>
          <Form.Item
            name="destinationAddress"
            label="目的地地址"
            rules={[{ required: true, whitespace: true, message: "请填写地址" }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="外出事由"
            rules={[{ required: true, whitespace: true, message: "请填写事由" }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

export function LeaveSummary({ l }: { l: LeaveRequest }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      {l.subjectName}：{l.startOn} 至 {l.endOn}（{l.days} 日，两个月内累计 {l.cumulativeDays} 日）前往
      {l.destinationAddress}，事由：{l.reason}。
      <Tag color="blue" style={{ marginInlineStart: 8 }}>
        {l.approvalLevelLabel}审批
      </Tag>
    </Typography.Paragraph>
  );
}

/** 外出审批: approving or refusing an application, its facts and approval level above. */
export function LeaveDecisionModal({
  leave,
  testId,
  ...p
}: DialogProps & { leave: LeaveRequest; testId?: string }) {
  return (
    <DecisionModal
      title="外出审批"
      path={`/api/leave-requests/${leave.id}/decision`}
      summary={<LeaveSummary l={leave} />}
      testId={testId}
      {...p}
    />
  );
}

// ---------- 销假 (R-LV-3) ----------

export function LeaveReturnModal({ leave, ...p }: DialogProps & { leave: LeaveRequest }) {
  return (
    <StepModal<{ returnedOn?: string }>
      title="销假"
      testId="leave-return-modal"
      fields={["returnedOn"]}
      initialValues={{ returnedOn: today() }}
      precheck={(v) => leaveReturn(leave, v.returnedOn!, today())}
      submit={(v) => api.post(`/api/leave-requests/${leave.id}/return`, { returnedOn: v.returnedOn })}
      successText="已销假"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item name="returnedOn" label="销假日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput notAfterToday />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const on = form.getFieldValue("returnedOn") as string | undefined;
              if (!on) return null;
              let late = 0;
              try {
                late = leaveReturn(leave, on, today()).daysLate;
              } catch {
                return null;
              }
              return late > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  title={`超过返回日期 ${leave.endOn} 共 ${late} 日，计入脱管天数（R-LV-3）`}
                />
              ) : (
                <Alert type="success" showIcon title="按期返回" />
              );
            }}
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
