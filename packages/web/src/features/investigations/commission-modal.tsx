import type { Category, CommissionInput, Sex } from "@zhijiao/domain";
import {
  categories,
  categoryLabels,
  commissioningOrgKinds,
  investigationDue,
  isDomainError,
  parseIdNumber,
  sexes,
  sexLabels,
  validateCommission,
} from "@zhijiao/domain";
import { Col, Form, Input, Radio, Row, Select, Switch } from "antd";
import type { FormInstance } from "antd";
import { useMemo, useRef } from "react";
import { api } from "../../api/client";
import type { Investigation } from "../../api/types";
import { DateInput } from "../../components/date-input";
import { DueHint } from "../../components/due-hint";
import { StepModal } from "../../components/step-modal";
import { trimmed } from "../../lib/text";
import { basisText, today, useCaseEnvironment } from "../../lib/case-rules";
import { codeOptions } from "../../lib/format";
import { useOrganizations } from "../../lib/use-organizations";

interface Values {
  commissioningOrgId?: string;
  commissionNumber?: string;
  receivedOn?: string;
  fastTrack?: boolean;
  personName?: string;
  sex?: Sex;
  idNumber?: string;
  residenceAddress?: string;
  residenceDivisionCode?: string;
  proposedCategory?: Category;
  crime?: string;
}

const fields = [
  "commissioningOrgId",
  "commissionNumber",
  "receivedOn",
  "fastTrack",
  "personName",
  "sex",
  "idNumber",
  "residenceAddress",
  "residenceDivisionCode",
  "proposedCategory",
  "crime",
];

function toInput(v: Values): CommissionInput {
  const input: Record<string, unknown> = {
    commissioningOrgId: v.commissioningOrgId,
    commissionNumber: trimmed(v.commissionNumber),
    receivedOn: v.receivedOn,
    fastTrack: !!v.fastTrack,
    personName: trimmed(v.personName),
    sex: v.sex,
    idNumber: trimmed(v.idNumber)?.toUpperCase(),
    residenceAddress: trimmed(v.residenceAddress),
    residenceDivisionCode: trimmed(v.residenceDivisionCode),
    proposedCategory: v.proposedCategory,
    crime: trimmed(v.crime),
  };
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  return input as unknown as CommissionInput;
}

/** The due date as it will be computed, live while the form is filled (R-IV-1, R-DL-2). */
function DueOfCommission({ form }: { form: FormInstance<Values> }) {
  const env = useCaseEnvironment();
  const receivedOn = Form.useWatch("receivedOn", form);
  const fastTrack = !!Form.useWatch("fastTrack", form);
  const due = useMemo(
    () => (env && receivedOn ? investigationDue(env.calendar, env.rules, receivedOn, fastTrack) : null),
    [env, receivedOn, fastTrack],
  );
  return (
    <DueHint
      label="调查评估意见期限"
      due={due}
      basis={env ? basisText.investigation(env.rules, fastTrack) : fastTrack ? "五个工作日" : "十个工作日"}
      rule="R-IV-1"
      pending="填写收到委托日期后自动计算"
      testId="investigation-due"
      showDaysLeft
    />
  );
}

/** "登记委托": a commission from a court, procuratorate, police or prison (R-IV-1). */
export function CommissionModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (inv: Investigation) => void;
}) {
  const orgs = useOrganizations();
  // Grouped by kind: courts, procuratorates, police, prisons.
  const bodies = useMemo(() => {
    const items = orgs.data?.items ?? [];
    return commissioningOrgKinds
      .map((kind) => {
        const of = items.filter((o) => o.kind === kind);
        return { label: of[0]?.kindLabel ?? kind, options: of.map((o) => ({ value: o.id, label: o.name })) };
      })
      .filter((g) => g.options.length > 0);
  }, [orgs.data]);
  const created = useRef<Investigation | null>(null);
  return (
    <StepModal<Values>
      title="登记调查评估委托"
      width={760}
      okText="登记委托"
      successText="委托已登记"
      fields={fields}
      testId="commission-modal"
      initialValues={{ receivedOn: today(), fastTrack: false }}
      precheck={(v) => {
        validateCommission(toInput(v), today());
      }}
      submit={async (v) => {
        created.current = await api.post<Investigation>("/api/investigations", toInput(v));
      }}
      onClose={onClose}
      onDone={() => created.current && onCreated(created.current)}
    >
      {(form) => (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label="委托机关"
                name="commissioningOrgId"
                rules={[{ required: true, message: "请选择委托机关" }]}
              >
                <Select
                  options={bodies}
                  loading={orgs.loading}
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder="法院、检察院、公安机关或监狱"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="委托函文号" name="commissionNumber">
                <Input maxLength={100} placeholder="如：（2026）粤0605刑初委字第12号" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="收到委托日期"
                name="receivedOn"
                rules={[{ required: true, message: "请选择收到委托日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="速裁案件" name="fastTrack" valuePropName="checked">
                <Switch checkedChildren="速裁" unCheckedChildren="普通" />
              </Form.Item>
            </Col>
            <Col span={24} style={{ marginBottom: 16 }}>
              <DueOfCommission form={form} />
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="被调查人姓名"
                name="personName"
                rules={[{ required: true, whitespace: true, message: "请填写被调查人姓名" }]}
              >
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="性别" name="sex" rules={[{ required: true, message: "请选择性别" }]}>
                <Radio.Group options={codeOptions(sexes, sexLabels)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="身份证号码"
                name="idNumber"
                rules={[
                  { required: true, whitespace: true, message: "请填写身份证号码" },
                  {
                    validator: (_, v: string | undefined) => {
                      if (!v?.trim()) return Promise.resolve();
                      try {
                        const p = parseIdNumber(v.trim(), today());
                        if (!form.getFieldValue("sex")) form.setFieldValue("sex", p.sex);
                        return Promise.resolve();
                      } catch (e) {
                        return Promise.reject(new Error(isDomainError(e) ? e.message : "身份证号码无效"));
                      }
                    },
                  },
                ]}
              >
                <Input maxLength={18} className="mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                label="居住地"
                name="residenceAddress"
                rules={[{ required: true, whitespace: true, message: "请填写居住地" }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="居住地行政区划代码" name="residenceDivisionCode">
                <Input maxLength={6} className="mono" placeholder="6 位，如 440605" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="拟适用矫正类别"
                name="proposedCategory"
                rules={[{ required: true, message: "请选择拟适用的矫正类别" }]}
              >
                <Select options={codeOptions(categories, categoryLabels)} placeholder="选择类别" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="涉嫌罪名"
                name="crime"
                rules={[{ required: true, whitespace: true, message: "请填写涉嫌罪名" }]}
              >
                <Input maxLength={100} placeholder="如：危险驾驶罪" />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </StepModal>
  );
}
