/** 户籍与居住地: the household and residence addresses with their division codes. */
import { Form, Input } from "antd";
import { F, FormSection } from "./form-layout";
import { divisionRule, required, requiredText } from "./form-rules";

export function ResidenceSection() {
  return (
    <FormSection title="户籍与居住地">
      <F span={16}>
        <Form.Item
          label="户籍地址"
          name="householdAddress"
          rules={[{ max: 200, message: "不能超过 200 个字符" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="户籍地行政区划代码"
          name="householdDivisionCode"
          rules={[divisionRule("户籍地行政区划代码")]}
        >
          <Input maxLength={6} inputMode="numeric" className="mono" placeholder="6 位，如 440606" />
        </Form.Item>
      </F>
      <F span={16}>
        <Form.Item
          label="居住地址"
          name="residenceAddress"
          rules={[requiredText("请填写居住地址"), { max: 200, message: "不能超过 200 个字符" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="居住地行政区划代码"
          name="residenceDivisionCode"
          rules={[required("请填写居住地行政区划代码"), divisionRule("居住地行政区划代码")]}
        >
          <Input maxLength={6} inputMode="numeric" className="mono" placeholder="6 位，如 440606" />
        </Form.Item>
      </F>
    </FormSection>
  );
}
