/** 提请调整管理等级 (R-SV-1): the level the records support, shown before the proposal. */
import type { Level } from "@zhijiao/domain";
import { levelLabels, levels } from "@zhijiao/domain";
import { Alert, Form, Input, Radio } from "antd";
import { api } from "../../api/client";
import type { Subject } from "../../api/types";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import type { LevelChangesAnswer } from "./types";

export function LevelChangeModal({
  subject,
  answer,
  ...p
}: DialogProps & { subject: Subject; answer: LevelChangesAnswer | undefined }) {
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
