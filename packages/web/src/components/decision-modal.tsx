import { Form, Input, Radio } from "antd";
import type { ReactNode } from "react";
import { api } from "../api/client";
import { trimmed } from "../lib/text";
import { StepModal } from "./step-modal";
import type { DialogProps } from "./step-modal";

interface DecisionValues {
  approve: boolean;
  comment?: string;
}

/** Approving or refusing what was proposed (leave, sanction, level change, special place, positioning). */
export function DecisionModal({
  title,
  path,
  summary,
  testId,
  ...p
}: DialogProps & { title: string; path: string; summary: ReactNode; testId?: string }) {
  return (
    <StepModal<DecisionValues>
      title={title}
      testId={testId ?? "decision-modal"}
      fields={["approve", "comment"]}
      initialValues={{ approve: true }}
      submit={(v) => api.post(path, { approve: v.approve, comment: trimmed(v.comment) })}
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
