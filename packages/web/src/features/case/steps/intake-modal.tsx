/** The step 报到接收 (R-IN-1) of the case, as a dialog. */
import type { ReceptionMode } from "@zhijiao/domain";
import {
  addMonths,
  compareDates,
  handoverDocumentLabels,
  missingHandoverDocuments,
  receptionModeLabels,
  receptionModes,
} from "@zhijiao/domain";
import { Alert, Checkbox, Col, Form, Row, Select, Typography } from "antd";
import type { FormInstance } from "antd";
import { api } from "../../../api/client";
import type { CaseView } from "../../../api/types";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../../lib/case-rules";
import { codeOptions } from "../../../lib/format";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

interface IntakeValues {
  reportedOn: string;
  receptionMode: ReceptionMode;
  identityVerified: boolean;
}

function IntakeHint({ form, view }: { form: FormInstance<IntakeValues>; view: CaseView }) {
  const env = useCaseEnvironment();
  const reportedOn = Form.useWatch("reportedOn", form);
  const due = view.reportDueOn;
  const late = due && reportedOn ? compareDates(reportedOn, due) > 0 : false;
  const months = env?.rules.initialStrictMonths ?? 2;
  return (
    <Alert
      type={late ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        due ? (
          <span>
            报到期限：<strong>{due}</strong>（{env ? basisText.report(env.rules) : "判决生效之日起十日"}
            ，R-HO-2）
            {late && <Typography.Text type="danger">；报到日期已超过期限，将记为逾期报到</Typography.Text>}
          </span>
        ) : (
          "报到接收"
        )
      }
      description={
        reportedOn
          ? `接收后初始管理等级为严管，至 ${addMonths(reportedOn, months)}（R-SV-1，前 ${months} 个月）`
          : undefined
      }
    />
  );
}

export function IntakeModal({ view, onClose, onDone }: CaseStepProps) {
  const missing = view.handover.missing.length
    ? view.handover.missing.map((m) => m.label)
    : missingHandoverDocuments(
        view.category,
        view.handover.documents.map((d) => d.kind),
      ).map((k) => handoverDocumentLabels[k]);
  return (
    <StepModal<IntakeValues>
      title="报到接收"
      okText="接收入矫"
      successText="已接收入矫"
      width={640}
      testId="intake-modal"
      fields={["reportedOn", "receptionMode", "identityVerified"]}
      initialValues={{ reportedOn: today(), receptionMode: "01", identityVerified: false }}
      submit={(v) => api.post(stepPath(view, "intake"), { ...v, identityVerified: true })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          {missing.length > 0 ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="intake-missing"
              title={`尚缺法律文书：${missing.join("、")}`}
              description="请先在“交付文书登记”中登记收到的文书，文书齐全后方可接收（R-IN-1）"
            />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 16 }} title="交付文书已齐全（R-IN-1）" />
          )}
          <IntakeHint form={form} view={view} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label="报到日期"
                name="reportedOn"
                rules={[{ required: true, message: "请选择报到日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="接收方式"
                name="receptionMode"
                rules={[{ required: true, message: "请选择接收方式" }]}
              >
                <Select options={codeOptions(receptionModes, receptionModeLabels)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="identityVerified"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v: boolean) =>
                  v ? Promise.resolve() : Promise.reject(new Error("接收前须核实社区矫正对象身份")),
              },
            ]}
          >
            <Checkbox data-testid="identity-verified">已核对身份证件，确认为本人</Checkbox>
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
