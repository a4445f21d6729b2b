/** The step 矫正方案 (R-IN-3) of the case, as a dialog. */
import { sexLabels } from "@zhijiao/domain";
import { Alert, Form, Input } from "antd";
import { api } from "../../../api/client";
import { StepModal } from "../../../components/step-modal";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

export function PlanModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const last = view.plans.at(-1);
  const next = (last?.version ?? 0) + 1;
  return (
    <StepModal<{ basicSituation: string; riskAnalysis: string; measures: string }>
      title={last ? `修订矫正方案（第 ${next} 版）` : "制定矫正方案（第 1 版）"}
      okText="保存方案"
      successText={`矫正方案第 ${next} 版已保存`}
      width={760}
      testId="plan-modal"
      fields={["basicSituation", "riskAnalysis", "measures"]}
      initialValues={
        last
          ? { basicSituation: last.basicSituation, riskAnalysis: last.riskAnalysis, measures: last.measures }
          : {
              basicSituation: `${subject.name}，${sexLabels[subject.sex]}，${subject.categoryLabel}，${subject.crime}。`,
            }
      }
      submit={(v) =>
        api.post(stepPath(view, "plans"), {
          basicSituation: v.basicSituation.trim(),
          riskAnalysis: v.riskAnalysis.trim(),
          measures: v.measures.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="矫正方案应根据矫正类别、性别、年龄、心理、健康、犯罪原因和悔罪表现等制定，并随表现变化修订；每次修订保留版本（R-IN-3）"
          />
          <Form.Item
            label="基本情况"
            name="basicSituation"
            rules={[{ required: true, whitespace: true, message: "请填写基本情况" }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="风险分析"
            name="riskAnalysis"
            rules={[{ required: true, whitespace: true, message: "请填写风险分析" }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="矫正措施"
            name="measures"
            rules={[{ required: true, whitespace: true, message: "请填写矫正措施" }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={4000}
              placeholder="监督管理、教育学习、公益活动、心理矫治、帮扶等"
            />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
