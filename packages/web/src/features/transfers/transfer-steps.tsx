import type { DeadlineKind, DueDate, TransferStatus, TransferStep } from "@zhijiao/domain";
import { addDays, isValidDivisionCode, transferStepDue, transferStepFrom } from "@zhijiao/domain";
import { Alert, Col, Descriptions, Form, Input, Radio, Row, Select, Steps, Tag } from "antd";
import type { FormInstance } from "antd";
import { useEffect, useMemo, useState } from "react";
import { api } from "../../api/client";
import type { CaseView, Me, Transfer } from "../../api/types";
import type { ItemOf } from "../../api/contract";
import { DateInput } from "../../components/date-input";
import { DueHint } from "../../components/due-hint";
import { StepModal } from "../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../lib/case-rules";
import type { CaseEnvironment } from "../../lib/case-rules";
import { dash } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import type { CaseStepProps } from "../case/steps/step-props";

export type TransferAction = "consult" | "reply" | "decide" | "files" | "arrival" | "withdraw";

export const transferActionLabels: Record<TransferAction, string> = {
  consult: "征求新执行地意见",
  reply: "回复征求意见",
  decide: "作出变更决定",
  files: "移交档案",
  arrival: "确认到新执行地报到",
  withdraw: "撤回申请",
};

/** Which side of a transfer the signed-in account is on. */
export function transferSide(me: Me, t: Transfer): "origin" | "destination" | null {
  if (me.org.id === t.originOfficeId || me.org.id === t.originCountyId) return "origin";
  if (me.org.id === t.destinationOfficeId || me.org.id === t.destinationCountyId) return "destination";
  return null;
}

const actionSteps: Record<TransferAction, TransferStep> = {
  consult: "consult_transfer",
  reply: "reply_transfer",
  decide: "decide_transfer",
  files: "move_transfer_files",
  arrival: "arrive_transfer",
  withdraw: "withdraw_transfer",
};

/** The transfer steps the account may take now (R-TR-1: each side its own steps, in order). */
export function transferActions(
  me: Me,
  t: Transfer,
  can: (a: Me["abilities"][number]) => boolean,
): TransferAction[] {
  const side = transferSide(me, t);
  const county = me.org.kind === "county";
  const whose: Record<TransferAction, boolean> = {
    consult: side === "origin" && county && can("transfer:decide"),
    reply: side === "destination" && county && can("transfer:decide"),
    decide: side === "origin" && county && can("transfer:decide"),
    files: side === "origin" && county && can("transfer:decide"),
    arrival: side === "destination" && can("transfer:arrive"),
    withdraw: side === "origin" && can("transfer:apply"),
  };
  return (Object.keys(actionSteps) as TransferAction[]).filter(
    (a) => whose[a] && (transferStepFrom[actionSteps[a]] as readonly string[]).includes(t.status),
  );
}

const stepOrder: TransferStatus[] = [
  "applied",
  "consulted",
  "replied",
  "decided",
  "files_moved",
  "completed",
];

/** The transfer at a glance: the steps done and their dates. */
export function TransferSummary({ t }: { t: Transfer }) {
  // The step after the last one done is the one under way.
  const current = Math.max(0, stepOrder.indexOf(t.status)) + 1;
  const closed = t.status === "refused" || t.status === "withdrawn";
  return (
    <div data-testid="transfer-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: "st",
            label: "状态",
            children: <Tag color={closed ? "default" : "cyan"}>{t.statusLabel}</Tag>,
          },
          { key: "from", label: "原执行地", children: `${t.originCountyName} · ${t.originOfficeName}` },
          {
            key: "to",
            label: "新执行地",
            children: `${t.destinationCountyName} · ${t.destinationOfficeName}`,
          },
          { key: "addr", label: "新居住地", children: t.newResidenceAddress },
          { key: "move", label: "拟迁居日期", children: t.plannedMoveOn },
          { key: "reason", label: "变更理由", children: t.reason },
          ...(t.replyOpinion
            ? [
                {
                  key: "reply",
                  label: "回复意见",
                  children: `${t.replyAccepts ? "同意接收" : "不同意接收"}：${t.replyOpinion}`,
                },
              ]
            : []),
          ...(t.decisionDocumentNumber
            ? [{ key: "doc", label: "决定书文号", children: t.decisionDocumentNumber }]
            : []),
          ...(t.closedReason ? [{ key: "closed", label: "结束原因", children: t.closedReason }] : []),
        ]}
      />
      {!closed && (
        <Steps
          size="small"
          style={{ marginTop: 12 }}
          current={current}
          items={[
            { title: "申请", content: t.appliedOn },
            { title: "征求意见", content: dash(t.consultedOn) },
            { title: "回复", content: dash(t.repliedOn) },
            { title: "决定", content: dash(t.decidedOn) },
            { title: "移交档案", content: dash(t.filesMovedOn) },
            { title: "报到", content: dash(t.arrivedOn) },
          ]}
        />
      )}
    </div>
  );
}

// ---------- 申请 ----------

interface ApplyValues {
  destinationOfficeId: string;
  newResidenceAddress: string;
  newResidenceDivisionCode: string;
  reason: string;
  plannedMoveOn: string;
}

function ApplyHints({ form, env }: { form: FormInstance<ApplyValues>; env: CaseEnvironment | undefined }) {
  const planned = Form.useWatch("plannedMoveOn", form);
  // The earliest lawful move date, once the rules are known.
  useEffect(() => {
    if (env && !form.getFieldValue("plannedMoveOn"))
      form.setFieldValue("plannedMoveOn", addDays(today(), env.rules.transferApplyAheadDays));
  }, [env, form]);
  if (!env) return null;
  const earliest = addDays(today(), env.rules.transferApplyAheadDays);
  const tooSoon = planned ? planned < earliest : false;
  const consult = transferStepDue(env.calendar, env.rules, "transfer_consult", today());
  return (
    <div style={{ marginBottom: 16 }}>
      <Alert
        type={tooSoon ? "error" : "info"}
        showIcon
        style={{ marginBottom: 8 }}
        title={`拟迁居日期不得早于 ${earliest}（${basisText.transferAhead(env.rules)}，R-TR-1）`}
      />
      <DueHint
        label="征求意见期限"
        due={consult}
        basis={basisText.transferConsult(env.rules)}
        rule="R-TR-1"
        testId="transfer-consult-due"
      />
    </div>
  );
}

/** An office of another county a file may move to (GET /api/transfers/destinations). */
type TransferDestination = ItemOf<"/api/transfers/destinations">;

/** 执行地变更申请: to a justice office of another county. */
export function ApplyTransferModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const env = useCaseEnvironment();
  const [search, setSearch] = useState("");
  const offices = useRemote(
    (signal) =>
      api.get<{ items: TransferDestination[] }>(
        "/api/transfers/destinations",
        { q: search || undefined },
        signal,
      ),
    `destinations:${search}`,
  );
  const options = useMemo(
    () =>
      (offices.data?.items ?? [])
        .filter((o) => o.countyId !== subject.countyId)
        .map((o) => ({
          value: o.id,
          label: `${o.countyName} ${o.name}`,
          // The new residence lies in the destination county: its code is the county's.
          divisionCode: o.countyDivisionCode,
        })),
    [offices.data, subject.countyId],
  );
  return (
    <StepModal<ApplyValues>
      title="申请变更执行地"
      okText="提交申请"
      successText="已提交执行地变更申请"
      width={760}
      testId="transfer-apply-modal"
      fields={[
        "destinationOfficeId",
        "newResidenceAddress",
        "newResidenceDivisionCode",
        "reason",
        "plannedMoveOn",
      ]}
      precheck={(v) => {
        if (!isValidDivisionCode(v.newResidenceDivisionCode))
          throw Object.assign(new Error("新居住地行政区划代码无效"), {
            code: "DIVISION_CODE_INVALID",
            details: { field: "newResidenceDivisionCode" },
          });
      }}
      submit={(v) =>
        api.post(`/api/subjects/${view.subjectId}/transfers`, {
          ...v,
          newResidenceAddress: v.newResidenceAddress.trim(),
          reason: v.reason.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <ApplyHints form={form} env={env} />
          {!offices.loading && options.length === 0 && !search && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="没有可选择的其他县（市、区）司法所；执行地变更须变更到其他县（市、区）"
            />
          )}
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item
                label="新执行地司法所"
                name="destinationOfficeId"
                rules={[{ required: true, message: "请选择新执行地司法所" }]}
              >
                <Select
                  options={options}
                  loading={offices.loading}
                  showSearch={{ filterOption: false, onSearch: setSearch }}
                  placeholder="其他县（市、区）的司法所"
                  onChange={(_, opt) => {
                    const o = Array.isArray(opt) ? opt[0] : opt;
                    const code = (o as { divisionCode?: string } | undefined)?.divisionCode;
                    if (code) form.setFieldValue("newResidenceDivisionCode", code);
                  }}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                label="拟迁居日期"
                name="plannedMoveOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item
                label="新居住地"
                name="newResidenceAddress"
                rules={[{ required: true, whitespace: true, message: "请填写新居住地" }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label="新居住地行政区划代码"
                name="newResidenceDivisionCode"
                rules={[{ required: true, message: "请填写区划代码" }]}
                extra="新执行地县（市、区）的代码"
              >
                <Input maxLength={6} className="mono" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="变更理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写变更理由" }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- the steps after the application ----------

function dueOf(
  view: CaseView,
  env: CaseEnvironment | undefined,
  kind: Extract<DeadlineKind, "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report">,
  from: string | null,
): DueDate | null {
  const open = view.deadlines.find((d) => d.kind === kind && d.state !== "met" && d.state !== "cancelled");
  if (open) return { dueOn: open.dueOn, provisional: open.provisional };
  return env && from ? transferStepDue(env.calendar, env.rules, kind, from) : null;
}

type ActionValues = {
  consultedOn?: string;
  repliedOn?: string;
  accepts?: boolean;
  opinion?: string;
  decidedOn?: string;
  approved?: boolean;
  movedOn?: string;
  reportedOn?: string;
  reason?: string;
};

const actionPaths: Record<TransferAction, string> = {
  consult: "consultation",
  reply: "reply",
  decide: "decision",
  files: "files-moved",
  arrival: "arrival",
  withdraw: "withdrawal",
};

function bodyOf(action: TransferAction, v: ActionValues): Record<string, unknown> {
  switch (action) {
    case "consult":
      return { consultedOn: v.consultedOn };
    case "reply":
      return { repliedOn: v.repliedOn, accepts: !!v.accepts, opinion: (v.opinion ?? "").trim() };
    case "decide":
      return { decidedOn: v.decidedOn, approved: !!v.approved };
    case "files":
      return { movedOn: v.movedOn };
    case "arrival":
      return { reportedOn: v.reportedOn };
    case "withdraw":
      return { reason: (v.reason ?? "").trim() };
  }
}

/** One step of a running transfer, by the side whose step it is. */
export function TransferActionModal({
  action,
  transfer: t,
  view,
  onClose,
  onDone,
}: Omit<CaseStepProps, "subject" | "events"> & { action: TransferAction; transfer: Transfer }) {
  const env = useCaseEnvironment();
  const d = today();
  const hint = (() => {
    switch (action) {
      case "consult":
        return {
          label: "征求意见期限",
          due: dueOf(view, env, "transfer_consult", t.appliedOn),
          basis: env && basisText.transferConsult(env.rules),
        };
      case "reply":
        return {
          label: "回复期限",
          due: dueOf(view, env, "transfer_reply", t.consultedOn),
          basis: env && basisText.transferReply(env.rules),
        };
      case "decide":
        return {
          label: "决定后移交档案期限",
          due: env ? transferStepDue(env.calendar, env.rules, "transfer_files", d) : null,
          basis: env && basisText.transferFiles(env.rules),
        };
      case "files":
        return {
          label: "移交档案期限",
          due: dueOf(view, env, "transfer_files", t.decidedOn),
          basis: env && basisText.transferFiles(env.rules),
        };
      case "arrival":
        return {
          label: "报到期限",
          due: dueOf(view, env, "transfer_report", t.filesMovedOn),
          basis: env && basisText.transferReport(env.rules),
        };
      case "withdraw":
        return null;
    }
  })();
  return (
    <StepModal<ActionValues>
      title={`执行地变更：${transferActionLabels[action]}`}
      okText={transferActionLabels[action]}
      successText={`已${transferActionLabels[action]}`}
      width={680}
      testId={`transfer-${action}-modal`}
      fields={[
        "consultedOn",
        "repliedOn",
        "accepts",
        "opinion",
        "decidedOn",
        "approved",
        "movedOn",
        "reportedOn",
        "reason",
      ]}
      initialValues={{
        consultedOn: d,
        repliedOn: d,
        decidedOn: d,
        movedOn: d,
        reportedOn: d,
        accepts: true,
        approved: t.replyAccepts !== false,
      }}
      submit={(v) => api.post(`/api/transfers/${t.id}/${actionPaths[action]}`, bodyOf(action, v))}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <TransferSummary t={t} />
          {hint && (
            <div style={{ margin: "12px 0 16px" }}>
              <DueHint
                label={hint.label}
                due={hint.due}
                basis={hint.basis || "R-TR-1"}
                rule="R-TR-1"
                showDaysLeft
              />
            </div>
          )}
          {action === "consult" && (
            <Form.Item
              label="发出征求意见函日期"
              name="consultedOn"
              rules={[{ required: true, message: "请选择日期" }]}
            >
              <DateInput notAfterToday style={{ maxWidth: 240 }} />
            </Form.Item>
          )}
          {action === "reply" && (
            <>
              <Form.Item
                label="回复日期"
                name="repliedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday style={{ maxWidth: 240 }} />
              </Form.Item>
              <Form.Item label="是否同意接收" name="accepts" rules={[{ required: true, message: "请选择" }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: true, label: "同意接收" },
                    { value: false, label: "不同意接收" },
                  ]}
                />
              </Form.Item>
              <Form.Item
                label="核实情况及意见"
                name="opinion"
                rules={[{ required: true, whitespace: true, message: "请填写回复意见" }]}
              >
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {action === "decide" && (
            <>
              {t.replyAccepts === false && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title="新执行地不同意接收，只能决定不予变更"
                />
              )}
              <Form.Item
                label="决定日期"
                name="decidedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday style={{ maxWidth: 240 }} />
              </Form.Item>
              <Form.Item label="决定" name="approved" rules={[{ required: true, message: "请选择" }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    {
                      value: true,
                      label: "准予变更（生成执行地变更决定书）",
                      disabled: t.replyAccepts === false,
                    },
                    { value: false, label: "不予变更" },
                  ]}
                />
              </Form.Item>
            </>
          )}
          {action === "files" && (
            <Form.Item
              label="档案移交日期"
              name="movedOn"
              rules={[{ required: true, message: "请选择日期" }]}
            >
              <DateInput notAfterToday style={{ maxWidth: 240 }} />
            </Form.Item>
          )}
          {action === "arrival" && (
            <Form.Item
              label="到新执行地报到日期"
              name="reportedOn"
              rules={[{ required: true, message: "请选择日期" }]}
            >
              <DateInput notAfterToday style={{ maxWidth: 240 }} />
            </Form.Item>
          )}
          {action === "withdraw" && (
            <Form.Item
              label="撤回理由"
              name="reason"
              rules={[{ required: true, whitespace: true, message: "请填写撤回理由" }]}
            >
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
        </>
      )}
    </StepModal>
  );
}
