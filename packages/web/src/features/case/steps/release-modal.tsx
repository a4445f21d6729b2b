/** The step 解除矫正 (R-RL-1) of the case, as a dialog. */
import type { ReleaseGround } from "@zhijiao/domain";
import { compareDates, releaseGroundLabels, releaseGrounds } from "@zhijiao/domain";
import { Alert, Col, Form, Input, Radio, Row } from "antd";
import type { FormInstance } from "antd";
import { api } from "../../../api/client";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { today } from "../../../lib/case-rules";
import { codeOptions } from "../../../lib/format";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

export function ReleaseModal({ view, subject, events, onClose, onDone }: CaseStepProps) {
  const end = view.correctionEndOn ?? subject.correctionEndOn;
  const prepared = events.some((e) => e.step === "prepare_release");
  return (
    <StepModal<{ releasedOn: string; ground: ReleaseGround; conductSummary: string }>
      title="解除社区矫正"
      okText="解除矫正"
      successText="已解除社区矫正，解除社区矫正证明书已生成"
      width={720}
      testId="release-modal"
      fields={["releasedOn", "ground", "conductSummary"]}
      initialValues={{ releasedOn: compareDates(end, today()) < 0 ? today() : end, ground: "expiry" }}
      submit={(v) => api.post(stepPath(view, "release"), { ...v, conductSummary: v.conductSummary.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          {!prepared && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="尚未登记解矫准备（个人总结与鉴定），解除前须先完成（R-RL-1）"
            />
          )}
          <ReleaseHint form={form} end={end} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="解除情形" name="ground" rules={[{ required: true, message: "请选择" }]}>
                <Radio.Group optionType="button" options={codeOptions(releaseGrounds, releaseGroundLabels)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="解除日期"
                name="releasedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="矫正期间表现"
            name="conductSummary"
            rules={[{ required: true, whitespace: true, message: "请填写矫正期间表现" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function ReleaseHint({
  form,
  end,
}: {
  form: FormInstance<{ releasedOn: string; ground: ReleaseGround; conductSummary: string }>;
  end: string;
}) {
  const ground = Form.useWatch("ground", form);
  const releasedOn = Form.useWatch("releasedOn", form);
  const early = ground === "expiry" && releasedOn && compareDates(releasedOn, end) < 0;
  return (
    <Alert
      type={early ? "error" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      title={`矫正期满日期：${end}。${early ? "期满解除的日期不能早于矫正期满日期" : "解除后发放解除社区矫正证明书"}`}
      description="并书面通知社区矫正决定机关、所在地人民检察院和公安机关（R-RL-1，社区矫正法第四十四条）"
    />
  );
}
