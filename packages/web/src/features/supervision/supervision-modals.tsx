/**
 * The forms of daily supervision (issue 4), each a StepModal that shows the domain rule before
 * sending: the duty kinds (R-SV-2), the leave approval level (R-LV-1/2), the court ban period
 * (R-LV-5), the sanction categories and timing (R-SN-3..7), the level suggestion (R-SV-1).
 */
import type { LeaveRules, Level, SanctionKind, SupervisionRecordKind } from "@zhijiao/domain";
import {
  addDays,
  checkCommendationTime,
  checkCourtBanPeriod,
  checkLeaveApplication,
  checkSanctionCategory,
  compareDates,
  cumulativeLeaveDays,
  defaultSanctionRules,
  leaveApprovalLevel,
  leaveApprovalLevelLabels,
  leaveDays,
  leaveReturn,
  levelLabels,
  levels,
  sanctionAddressees,
  sanctionKindLabels,
  sanctionKinds,
  sanctionRuleIds,
  supervisionRecordKindLabels,
  supervisionRecordKinds,
} from "@zhijiao/domain";
import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import { api } from "../../api/client";
import type { Subject } from "../../api/types";
import { DateInput } from "../../components/date-input";
import { StepModal } from "../../components/step-modal";
import { today } from "../../lib/case-rules";
import { useLeaveRules } from "../../lib/leave-rules";
import type { LeaveRequest, LevelChangesAnswer, SanctionSuggestion } from "./types";

interface Base {
  onClose: () => void;
  onDone: () => void;
}

const trim = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** Kinds staff record by hand (the subject's own check-in comes from the mobile app). */
const staffRecordKinds = supervisionRecordKinds.filter((k) => k !== "check_in");
const hourKinds: readonly string[] = ["education_hours", "service_hours"];

// ---------- 登记 (R-SV-2, R-SV-3) ----------

interface RecordValues {
  kind: SupervisionRecordKind;
  occurredAt: Dayjs;
  place?: string;
  content: string;
  hours?: number;
}

export function RecordModal({
  subjectId,
  kind,
  ...p
}: Base & { subjectId: string; kind?: SupervisionRecordKind }) {
  return (
    <StepModal<RecordValues>
      title="登记监管记录"
      testId="record-modal"
      fields={["kind", "occurredAt", "place", "content", "hours"]}
      initialValues={{ kind, occurredAt: dayjs() }}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/records`, {
          kind: v.kind,
          occurredAt: v.occurredAt.toISOString(),
          place: trim(v.place),
          content: v.content.trim(),
          hours: hourKinds.includes(v.kind) ? v.hours : undefined,
        })
      }
      successText="已登记"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
            <Select
              options={staffRecordKinds.map((k) => ({ value: k, label: supervisionRecordKindLabels[k] }))}
            />
          </Form.Item>
          <Form.Item name="occurredAt" label="发生时间" rules={[{ required: true, message: "请选择时间" }]}>
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
              style={{ width: "100%" }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              hourKinds.includes(form.getFieldValue("kind") as string) ? (
                <Form.Item
                  name="hours"
                  label="时长（小时）"
                  rules={[{ required: true, message: "请填写时长" }]}
                >
                  <InputNumber min={0.5} max={24} step={0.5} style={{ width: "100%" }} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="content"
            label="内容"
            rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

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
}: Base & { subjectId: string; leaves: LeaveRequest[] }) {
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

// ---------- 审批 (leave, sanction, level change) ----------

interface DecisionValues {
  approve: boolean;
  comment?: string;
}

export function DecisionModal({
  title,
  path,
  summary,
  testId,
  ...p
}: Base & { title: string; path: string; summary: ReactNode; testId?: string }) {
  return (
    <StepModal<DecisionValues>
      title={title}
      testId={testId ?? "decision-modal"}
      fields={["approve", "comment"]}
      initialValues={{ approve: true }}
      submit={(v) => api.post(path, { approve: v.approve, comment: trim(v.comment) })}
      successText="已审批"
      {...p}
    >
      {() => (
        <>
          <div style={{ marginBottom: 16 }}>{summary}</div>
          <Form.Item name="approve" label="审批意见" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: "批准" },
                { value: false, label: "不予批准" },
              ]}
            />
          </Form.Item>
          <Form.Item name="comment" label="说明">
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
        {l.approvalLevelLabel}审批（R-LV-2）
      </Tag>
    </Typography.Paragraph>
  );
}

// ---------- 销假 (R-LV-3) ----------

export function LeaveReturnModal({ leave, ...p }: Base & { leave: LeaveRequest }) {
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

// ---------- 禁止令 (R-LV-5) ----------

interface CourtBanValues {
  content: string;
  places: string;
  fromOn?: string;
  untilOn?: string;
}

export function CourtBanModal({ subjectId, ...p }: Base & { subjectId: string }) {
  return (
    <StepModal<CourtBanValues>
      title="登记禁止令"
      testId="court-ban-modal"
      fields={["content", "places", "fromOn", "untilOn"]}
      precheck={(v) => checkCourtBanPeriod(v.fromOn!, v.untilOn!)}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/court-bans`, {
          content: v.content.trim(),
          places: v.places.trim(),
          fromOn: v.fromOn,
          untilOn: v.untilOn,
        })
      }
      successText="已登记"
      {...p}
    >
      {() => (
        <>
          <Form.Item
            name="content"
            label="禁止内容"
            rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="places"
            label="禁止进入的场所或区域"
            rules={[{ required: true, whitespace: true, message: "请填写" }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="fromOn" label="起始日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="untilOn" label="截止日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 奖惩提请 (R-SN-1..7) ----------

interface SanctionValues {
  kind: SanctionKind;
  facts: string;
}

const addresseeLabels = {
  county: "县级社区矫正机构决定",
  police: "批准后提请公安机关",
  court: "批准后提请人民法院",
  intermediate_court: "批准后提请中级人民法院",
} as const;

/** Why a measure cannot be proposed for this subject now (the domain rule), or null. */
function sanctionRefusal(subject: Subject, kind: SanctionKind): string | null {
  try {
    checkSanctionCategory(kind, subject.category);
    if (kind === "commendation")
      checkCommendationTime(defaultSanctionRules, subject.correctionStartOn, today());
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export function SanctionProposeModal({
  subject,
  suggestion,
  ...p
}: Base & { subject: Subject; suggestion?: SanctionSuggestion }) {
  const factsText = suggestion
    ? `${suggestion.grounds}${suggestion.facts
        .map((f) =>
          f.type === "absence" ? `；脱管 ${f.days} 日` : `；${f.decidedOn ?? ""}${f.label}：${f.facts}`,
        )
        .join("")}`
    : undefined;
  return (
    <StepModal<SanctionValues>
      title="提请奖惩"
      testId="sanction-modal"
      fields={["kind", "facts"]}
      initialValues={{ kind: suggestion?.kind, facts: factsText }}
      precheck={(v) => {
        checkSanctionCategory(v.kind, subject.category);
        if (v.kind === "commendation")
          checkCommendationTime(defaultSanctionRules, subject.correctionStartOn, today());
      }}
      submit={(v) =>
        api.post(`/api/subjects/${subject.id}/sanctions`, { kind: v.kind, facts: v.facts.trim() })
      }
      successText="已提请"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="措施" rules={[{ required: true, message: "请选择措施" }]}>
            <Select
              options={sanctionKinds.map((k) => ({
                value: k,
                label: `${sanctionKindLabels[k]}（${sanctionRuleIds[k]}）`,
                disabled: sanctionRefusal(subject, k) !== null,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => {
              const kind = form.getFieldValue("kind") as SanctionKind | undefined;
              if (!kind) return null;
              const refusal = sanctionRefusal(subject, kind);
              return (
                <Alert
                  type={refusal ? "warning" : "info"}
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="sanction-rule"
                  title={`${sanctionKindLabels[kind]}：${sanctionRuleIds[kind]}，${addresseeLabels[sanctionAddressees[kind]]}（${subject.categoryLabel}）`}
                  description={refusal ?? undefined}
                />
              );
            }}
          </Form.Item>
          <Form.Item
            name="facts"
            label="事实和理由"
            rules={[{ required: true, whitespace: true, message: "请填写事实" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 管理等级调整 (R-SV-1) ----------

export function LevelChangeModal({
  subject,
  answer,
  ...p
}: Base & { subject: Subject; answer: LevelChangesAnswer | undefined }) {
  const suggestion = answer?.suggestion;
  return (
    <StepModal<{ toLevel: Level; grounds: string }>
      title="提请调整管理等级"
      testId="level-change-modal"
      fields={["toLevel", "grounds"]}
      initialValues={{
        toLevel: suggestion && suggestion.level !== subject.level ? suggestion.level : undefined,
        grounds: suggestion?.grounds.map((g) => g.reason).join("；"),
      }}
      submit={(v) =>
        api.post(`/api/subjects/${subject.id}/level-changes`, {
          toLevel: v.toLevel,
          grounds: v.grounds.trim(),
        })
      }
      successText="已提请"
      {...p}
    >
      {() => (
        <>
          {suggestion && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`当前${subject.levelLabel}；记录支持：${suggestion.label}（R-SV-1，仅供参考）`}
              description={suggestion.grounds.map((g) => g.reason).join("；")}
            />
          )}
          <Form.Item name="toLevel" label="调整为" rules={[{ required: true, message: "请选择等级" }]}>
            <Radio.Group
              options={levels.map((l) => ({
                value: l,
                label: levelLabels[l],
                disabled: l === subject.level,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="grounds"
            label="调整理由"
            rules={[{ required: true, whitespace: true, message: "请填写理由" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
