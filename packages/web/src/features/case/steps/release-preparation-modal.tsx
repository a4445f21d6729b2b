/** The step 解矫准备 (R-RL-1) of the case, as a dialog. */
import { releasePreparationDue } from "@zhijiao/domain";
import { Form, Input } from "antd";
import { api } from "../../../api/client";
import { DateInput } from "../../../components/date-input";
import { DueHint } from "../../../components/due-hint";
import { StepModal } from "../../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../../lib/case-rules";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

export function ReleasePreparationModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const env = useCaseEnvironment();
  const end = view.correctionEndOn ?? subject.correctionEndOn;
  const dueOn = view.releasePreparationDueOn ?? (env ? releasePreparationDue(env.rules, end) : null);
  return (
    <StepModal<{ preparedOn: string; personalSummary: string; appraisal: string }>
      title="解矫准备：个人总结与鉴定"
      okText="登记"
      successText="解矫准备已登记"
      width={720}
      testId="release-preparation-modal"
      fields={["preparedOn", "personalSummary", "appraisal"]}
      initialValues={{ preparedOn: today() }}
      submit={(v) =>
        api.post(stepPath(view, "release-preparation"), {
          preparedOn: v.preparedOn,
          personalSummary: v.personalSummary.trim(),
          appraisal: v.appraisal.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <div style={{ marginBottom: 16 }}>
            <DueHint
              label="解矫准备期限"
              due={dueOn ? { dueOn, provisional: false } : null}
              basis={`${env ? basisText.releasePreparation(env.rules) : "矫正期满前三十日"}；矫正期满 ${end}`}
              rule="R-RL-1"
              testId="release-preparation-due"
            />
          </div>
          <Form.Item label="登记日期" name="preparedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput notAfterToday style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item
            label="社区矫正对象个人总结"
            name="personalSummary"
            rules={[{ required: true, whitespace: true, message: "请填写个人总结" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="司法所鉴定意见"
            name="appraisal"
            rules={[{ required: true, whitespace: true, message: "请填写鉴定意见" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
