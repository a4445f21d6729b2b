/** 基本信息: name, sex, ethnicity, identity number and phone, with what the identity number tells. */
import { isMinorOn, parseIdNumber, sexLabels, sexes } from "@zhijiao/domain";
import { Form, Input, Radio, Select, Typography } from "antd";
import type { FormInstance } from "antd";
import { useMemo } from "react";
import type { Subject } from "../../../api/types";
import { today } from "../../../lib/case-rules";
import { codeOptions } from "../../../lib/format";
import { trimmed } from "../../../lib/text";
import { ethnicityOptions } from "../ethnicity";
import { F, FormSection } from "./form-layout";
import { idRules, phoneRule, required, requiredText, sexRule } from "./form-rules";
import type { FormValues } from "./form-values";

/** What the identity number tells: birth date, sex, and whether the person is a minor at the start. */
function IdentityHint({ form, knownBirthDate }: { form: FormInstance<FormValues>; knownBirthDate?: string }) {
  const idNumber = Form.useWatch("idNumber", form);
  const startOn = Form.useWatch("correctionStartOn", form);
  const parsed = useMemo(() => {
    const id = trimmed(idNumber);
    if (!id) return null;
    try {
      return parseIdNumber(id, today());
    } catch {
      return null;
    }
  }, [idNumber]);
  const birthDate = parsed?.birthDate ?? knownBirthDate;
  if (!birthDate) return null;
  const minor = startOn ? isMinorOn(birthDate, startOn) : null;
  return (
    <Typography.Text type="secondary" data-testid="identity-hint">
      出生日期 {birthDate}
      {parsed && `，性别 ${sexLabels[parsed.sex]}`}
      {minor === true && (
        <Typography.Text type="danger">；矫正开始时未满 18 周岁，将按未成年人管理</Typography.Text>
      )}
    </Typography.Text>
  );
}

export function BasicSection({ form, subject }: { form: FormInstance<FormValues>; subject?: Subject }) {
  const editing = !!subject;
  return (
    <FormSection title="基本信息">
      <F>
        <Form.Item
          label="姓名"
          name="name"
          rules={[requiredText("请填写姓名"), { max: 50, message: "姓名不能超过 50 个字符" }]}
        >
          <Input maxLength={50} />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="性别"
          name="sex"
          dependencies={["idNumber"]}
          rules={[required("请选择性别"), sexRule(form)]}
        >
          <Radio.Group options={codeOptions(sexes, sexLabels)} />
        </Form.Item>
      </F>
      <F>
        <Form.Item label="民族" name="ethnicity" rules={[required("请选择民族")]}>
          <Select
            options={ethnicityOptions}
            showSearch={{ optionFilterProp: "label" }}
            placeholder="选择民族"
          />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="身份证号码"
          name="idNumber"
          rules={idRules(editing)}
          extra={
            editing ? (
              <span>
                现号码 {subject?.idNumberMasked ?? "（无权查看）"}，如需更正请输入完整号码
                <br />
                <IdentityHint form={form} knownBirthDate={subject?.birthDate} />
              </span>
            ) : (
              <IdentityHint form={form} />
            )
          }
        >
          <Input maxLength={18} className="mono" placeholder={editing ? "不修改请留空" : "18 位身份证号码"} />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="联系电话"
          name="phone"
          rules={[phoneRule]}
          extra={editing ? `现号码 ${subject?.phoneMasked ?? "—"}，如需更正请输入完整号码` : undefined}
        >
          <Input maxLength={20} placeholder={editing ? "不修改请留空" : "手机号码或带区号的固定电话"} />
        </Form.Item>
      </F>
    </FormSection>
  );
}
