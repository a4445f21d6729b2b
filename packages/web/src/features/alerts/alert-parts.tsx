import {
  alertDispositionLabels,
  alertDispositions,
  sanctionKindLabels,
  type AlertDisposition,
  type AlertType,
  type SanctionKind,
} from "@zhijiao/domain";
import { Form, Input, Select, Tag } from "antd";
import { api } from "../../api/client";
import { StepModal } from "../../components/step-modal";
import type { LocationAlert } from "./types";

const typeColors: Record<AlertType, string> = {
  out_of_zone: "orange",
  forbidden_zone: "red",
  offline: "default",
  low_battery: "gold",
  tamper: "magenta",
  separation: "purple",
  sos: "red",
  leave_overdue: "volcano",
};

export function AlertTypeTag({ alert }: { alert: Pick<LocationAlert, "type" | "typeLabel"> }) {
  return <Tag color={typeColors[alert.type] ?? "default"}>{alert.typeLabel}</Tag>;
}

export function AlertStatusTag({ alert }: { alert: Pick<LocationAlert, "status" | "statusLabel"> }) {
  const color =
    alert.status === "open" ? "error" : alert.status === "acknowledged" ? "processing" : "success";
  return <Tag color={color}>{alert.statusLabel}</Tag>;
}

/** Whether the condition still holds: an alert whose subject came back is cleared, but stays until handled. */
export function ClearedTag({ alert }: { alert: Pick<LocationAlert, "clearedAt"> }) {
  return alert.clearedAt ? <Tag color="green">已恢复</Tag> : <Tag color="red">持续中</Tag>;
}

export function EscalationTag({ level }: { level: number }) {
  return level > 0 ? <Tag color="volcano">已升级 {level} 级</Tag> : null;
}

/** Sanctions a confirmed location violation may lead to (the resolve route's list). */
const violationSanctions: readonly SanctionKind[] = [
  "reprimand",
  "warning",
  "police_penalty",
  "revoke_probation",
  "revoke_parole",
  "committal",
  "arrest",
];

interface ResolveValues {
  disposition: AlertDisposition;
  comment: string;
  sanctionKind?: SanctionKind;
}

/** 处置: what the alert turned out to be, what was done, and for a violation an optional sanction proposal. */
export function ResolveAlertModal({
  alert,
  canProposeSanction,
  onClose,
  onDone,
}: {
  alert: LocationAlert;
  canProposeSanction: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <StepModal<ResolveValues>
      title={`处置报警：${alert.subjectName} · ${alert.typeLabel}`}
      testId="alert-resolve-modal"
      okText="确认处置"
      successText="报警已处置"
      width={560}
      fields={["disposition", "comment", "sanctionKind"]}
      submit={(v) =>
        api.post(`/api/alerts/${alert.id}/resolve`, {
          disposition: v.disposition,
          comment: v.comment,
          ...(v.disposition === "violation_confirmed" && v.sanctionKind
            ? { sanctionKind: v.sanctionKind }
            : {}),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Form.Item
            name="disposition"
            label="处置结论"
            rules={[{ required: true, message: "请选择处置结论" }]}
          >
            <Select
              placeholder="请选择"
              options={alertDispositions.map((d) => ({ value: d, label: alertDispositionLabels[d] }))}
            />
          </Form.Item>
          <Form.Item
            name="comment"
            label="处置情况"
            rules={[{ required: true, whitespace: true, message: "请填写处置情况" }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={1000}
              showCount
              placeholder="核实经过、联系对象情况、采取的措施"
            />
          </Form.Item>
          {canProposeSanction && (
            <Form.Item noStyle dependencies={["disposition"]}>
              {({ getFieldValue }) =>
                getFieldValue("disposition") === "violation_confirmed" ? (
                  <Form.Item
                    name="sanctionKind"
                    label="提请处罚（可选）"
                    extra="选择后将生成处罚建议，进入县级审批"
                  >
                    <Select
                      allowClear
                      placeholder="不提请处罚"
                      options={violationSanctions.map((k) => ({ value: k, label: sanctionKindLabels[k] }))}
                    />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
          )}
        </>
      )}
    </StepModal>
  );
}
