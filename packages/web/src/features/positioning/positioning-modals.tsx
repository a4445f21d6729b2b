/**
 * Proposing or extending a positioning authorization on the file (issue 5), a StepModal that shows
 * the rule before sending and runs the domain's own check (R-EP-1), and the summary its decision shows.
 */
import type { PositioningCondition } from "@zhijiao/domain";
import {
  POSITIONING_MAX_MONTHS,
  addDays,
  checkPositioningProposal,
  compareDates,
  daysBetween,
  errorCatalogue,
  positioningConditionLabels,
  positioningConditions,
  positioningLatestUntil,
} from "@zhijiao/domain";
import { Alert, Form, Input, Radio, Select, Typography } from "antd";
import { api } from "../../api/client";
import { DateInput } from "../../components/date-input";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { today } from "../../lib/case-rules";
import { trimmed } from "../../lib/text";
import type { PositioningAuthorization } from "./types";

/** Approved, or approved and since run out: what an extension may follow. */
const wasApproved = (a: PositioningAuthorization) => a.status === "approved" || a.status === "ended";

/** The authorizations an extension may name: once approved and not yet extended by an approved one. */
export function extendableAuthorizations(items: readonly PositioningAuthorization[]) {
  return items.filter((a) => wasApproved(a) && !items.some((b) => b.extendsId === a.id && wasApproved(b)));
}

export function periodText(a: Pick<PositioningAuthorization, "fromOn" | "untilOn">): string {
  return `${a.fromOn} 至 ${a.untilOn}`;
}

// ---------- 提请使用电子定位装置 (R-EP-1) ----------

interface ProposalValues {
  mode: "first" | "extend";
  extendsId?: string;
  condition: PositioningCondition;
  facts: string;
  fromOn?: string;
  untilOn?: string;
  reassessment?: string;
}

/** The period rule as it applies to the dates in the form. */
function PeriodHint({ fromOn, untilOn }: { fromOn?: string; untilOn?: string }) {
  const rule = `R-EP-1：须经县级司法行政机关负责人批准；每次使用期限不超过 ${POSITIONING_MAX_MONTHS} 个月（起止日均计入，节假日不顺延），期满需要继续使用的，经重新评估后延长，每次延长不超过 ${POSITIONING_MAX_MONTHS} 个月`;
  if (!fromOn) return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={rule} />;
  const latest = positioningLatestUntil(fromOn);
  let bad: string | null = null;
  let days: number | null = null;
  if (untilOn) {
    if (compareDates(untilOn, fromOn) < 0) bad = "结束日期不能早于开始日期";
    else if (compareDates(untilOn, latest) > 0)
      bad = `${errorCatalogue.POSITIONING_TOO_LONG.message}：自 ${fromOn} 起最迟至 ${latest}`;
    else if (compareDates(untilOn, today()) < 0) bad = "使用期限已经届满";
    else days = daysBetween(fromOn, untilOn) + 1;
  }
  return (
    <Alert
      type={bad ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="positioning-period-hint"
      title={
        <span>
          自 {fromOn} 起最长可至 <strong data-testid="positioning-latest-until">{latest}</strong>
          {days !== null && `，本次共 ${days} 日`}
        </span>
      }
      description={bad ?? rule}
    />
  );
}

export function PositioningProposeModal({
  subjectId,
  existing,
  ...p
}: DialogProps & { subjectId: string; existing: PositioningAuthorization[] }) {
  const extendable = extendableAuthorizations(existing);
  // Continuing an authorization in force (or just run out) is an extension; anything else a first one.
  const current = extendable.find((a) => compareDates(a.untilOn, addDays(today(), -1)) >= 0);
  const initial: Partial<ProposalValues> = current
    ? {
        mode: "extend",
        extendsId: current.id,
        condition: current.condition,
        fromOn: addDays(current.untilOn, 1),
        untilOn: positioningLatestUntil(addDays(current.untilOn, 1)),
      }
    : { mode: "first", fromOn: today() };
  return (
    <StepModal<ProposalValues>
      title="提请使用电子定位装置"
      testId="positioning-modal"
      width={720}
      fields={["mode", "extendsId", "condition", "facts", "fromOn", "untilOn", "reassessment"]}
      initialValues={initial}
      precheck={(v) =>
        checkPositioningProposal(
          {
            condition: v.condition,
            facts: v.facts,
            fromOn: v.fromOn!,
            untilOn: v.untilOn!,
            extendsId: v.mode === "extend" ? v.extendsId : null,
            reassessment: v.mode === "extend" ? v.reassessment : null,
          },
          { today: today(), existing },
        )
      }
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/positioning-authorizations`, {
          condition: v.condition,
          facts: v.facts.trim(),
          fromOn: v.fromOn,
          untilOn: v.untilOn,
          ...(v.mode === "extend" ? { extendsId: v.extendsId, reassessment: trimmed(v.reassessment) } : {}),
        })
      }
      successText="已提请，等待县级社区矫正机构负责人审批"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate>
            {() => (
              <PeriodHint
                fromOn={form.getFieldValue("fromOn") as string | undefined}
                untilOn={form.getFieldValue("untilOn") as string | undefined}
              />
            )}
          </Form.Item>
          <Form.Item name="mode" label="申请类型" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: "first", label: "首次使用" },
                { value: "extend", label: "延长使用期限", disabled: extendable.length === 0 },
              ]}
              onChange={(e) => {
                if (e.target.value === "first")
                  form.setFieldsValue({ extendsId: undefined, reassessment: undefined, fromOn: today() });
              }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
            {() =>
              form.getFieldValue("mode") === "extend" ? (
                <>
                  <Form.Item
                    name="extendsId"
                    label="延长的审批"
                    rules={[{ required: true, message: "请选择所延长的已批准期限" }]}
                  >
                    <Select
                      options={extendable.map((a) => ({
                        value: a.id,
                        label: `${a.documentNumber ?? "已批准"}：${periodText(a)}（${a.conditionLabel}）`,
                      }))}
                      onChange={(id: string) => {
                        const base = extendable.find((a) => a.id === id);
                        if (!base) return;
                        const from = addDays(base.untilOn, 1);
                        form.setFieldsValue({
                          condition: base.condition,
                          fromOn: from,
                          untilOn: positioningLatestUntil(from),
                        });
                      }}
                    />
                  </Form.Item>
                  <Form.Item
                    name="reassessment"
                    label="重新评估情况"
                    extra="延长须经重新评估，写明仍需使用电子定位装置的理由（R-EP-1）"
                    rules={[{ required: true, whitespace: true, message: "请填写重新评估情况" }]}
                  >
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                </>
              ) : null
            }
          </Form.Item>
          <Form.Item
            name="condition"
            label="适用情形"
            extra="《社区矫正法》第二十九条规定的五种情形之一"
            rules={[{ required: true, message: "请选择适用情形" }]}
          >
            <Select
              options={positioningConditions.map((c) => ({ value: c, label: positioningConditionLabels[c] }))}
            />
          </Form.Item>
          <Form.Item
            name="facts"
            label="事实和理由"
            rules={[{ required: true, whitespace: true, message: "请填写事实和理由" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="fromOn" label="开始日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.fromOn !== b.fromOn}>
            {() => {
              const fromOn = form.getFieldValue("fromOn") as string | undefined;
              const latest = fromOn ? positioningLatestUntil(fromOn) : null;
              return (
                <Form.Item
                  name="untilOn"
                  label="结束日期"
                  rules={[{ required: true, message: "请选择日期" }]}
                >
                  <DateInput
                    disabledDate={(d) => {
                      const day = d.format("YYYY-MM-DD");
                      return (
                        compareDates(day, today()) < 0 ||
                        (fromOn !== undefined && compareDates(day, fromOn) < 0) ||
                        (latest !== null && compareDates(day, latest) > 0)
                      );
                    }}
                  />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

export function PositioningSummary({ a }: { a: PositioningAuthorization }) {
  const over = compareDates(a.untilOn, today()) < 0;
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {a.extendsId ? "延长使用期限" : "首次使用"}：{periodText(a)}（{daysBetween(a.fromOn, a.untilOn) + 1}{" "}
        日），情形：{a.conditionLabel}。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>事实和理由：{a.facts}</Typography.Paragraph>
      {a.reassessment && (
        <Typography.Paragraph style={{ marginBottom: 8 }}>重新评估：{a.reassessment}</Typography.Paragraph>
      )}
      <Alert
        type={over ? "warning" : "info"}
        showIcon
        title={
          over
            ? errorCatalogue.POSITIONING_EXPIRED.message
            : "批准后编号并生成《使用电子定位装置审批表》；期满自动解除手环绑定并通知司法所（R-EP-1）"
        }
      />
    </>
  );
}
