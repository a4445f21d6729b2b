/** The step 终止矫正 (R-TM-1) of the case, as a dialog. */
import type { TerminationGround } from "@zhijiao/domain";
import {
  releaseTypeLabels,
  terminationGroundCategories,
  terminationGroundLabels,
  terminationGrounds,
  terminationTypeCodes,
} from "@zhijiao/domain";
import { Alert, Col, Form, Input, Row, Select } from "antd";
import type { FormInstance } from "antd";
import { api } from "../../../api/client";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { today } from "../../../lib/case-rules";
import { trimmed } from "../../../lib/text";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

interface TerminationValues {
  ground: TerminationGround;
  decidedOn: string;
  rulingAuthority: string;
  rulingNumber?: string;
  reason: string;
}

export function TerminationModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const grounds = terminationGrounds.filter((g) => terminationGroundCategories[g].includes(view.category));
  return (
    <StepModal<TerminationValues>
      title="终止社区矫正"
      okText="终止矫正"
      successText="已终止社区矫正，终止社区矫正通知书已生成"
      width={720}
      testId="termination-modal"
      fields={["ground", "decidedOn", "rulingAuthority", "rulingNumber", "reason"]}
      initialValues={{ decidedOn: today(), rulingAuthority: subject.decidingAuthority }}
      submit={(v) =>
        api.post(stepPath(view, "termination"), {
          ground: v.ground,
          decidedOn: v.decidedOn,
          rulingAuthority: v.rulingAuthority.trim(),
          rulingNumber: trimmed(v.rulingNumber),
          reason: v.reason.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TerminationHint form={form} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label="终止情形"
                name="ground"
                rules={[{ required: true, message: "请选择终止情形" }]}
              >
                <Select
                  options={grounds.map((g) => ({ value: g, label: terminationGroundLabels[g] }))}
                  placeholder={`${subject.categoryLabel}对象适用的情形`}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="裁定（决定）日期"
                name="decidedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="作出裁定（决定）的机关"
                name="rulingAuthority"
                rules={[{ required: true, whitespace: true, message: "请填写机关" }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="裁定（决定）书文号" name="rulingNumber">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="终止原因"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写终止原因" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function TerminationHint({ form }: { form: FormInstance<TerminationValues> }) {
  const ground = Form.useWatch("ground", form);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        ground
          ? `解除/终止类型：${terminationTypeCodes[ground]} ${releaseTypeLabels[terminationTypeCodes[ground]]}（GB/T 31000）`
          : "撤销缓刑、撤销假释、收监执行或死亡的，社区矫正终止（R-TM-1，社区矫正法第四十五条）"
      }
      description="终止后生成终止社区矫正通知书，通知决定机关、人民检察院和公安机关"
    />
  );
}
