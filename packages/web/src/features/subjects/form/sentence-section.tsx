/** 判决与刑罚: the crime, the sentence with the terms that apply to it, and the judgment. */
import { penalties, penaltyLabels } from "@zhijiao/domain";
import { Form, Input, InputNumber, Select } from "antd";
import type { FormInstance } from "antd";
import { DateInput } from "../../../components/date-input";
import { codeOptions } from "../../../lib/format";
import { F, FormSection } from "./form-layout";
import { required, requiredText } from "./form-rules";
import { termless } from "./form-values";
import type { FormValues } from "./form-values";

export function SentenceSection({ form, editing }: { form: FormInstance<FormValues>; editing: boolean }) {
  const category = Form.useWatch("category", form);
  const penalty = Form.useWatch(["sentence", "penalty"], form);
  return (
    <FormSection title="判决与刑罚">
      <F span={16}>
        <Form.Item
          label="罪名"
          name="crime"
          rules={[requiredText("请填写罪名"), { max: 100, message: "不能超过 100 个字符" }]}
        >
          <Input maxLength={100} placeholder="如：危险驾驶罪" />
        </Form.Item>
      </F>
      <F>
        <Form.Item label="原判刑罚" name={["sentence", "penalty"]} rules={[required("请选择原判刑罚")]}>
          <Select options={codeOptions(penalties, penaltyLabels)} placeholder="选择刑种" />
        </Form.Item>
      </F>
      {!(penalty && termless.includes(penalty)) && (
        <F>
          <Form.Item
            label="原判刑期（月）"
            name={["sentence", "termMonths"]}
            rules={[{ required: category === "02", message: "缓刑须填写原判刑期" }]}
          >
            <InputNumber min={1} max={300} precision={0} style={{ width: "100%" }} suffix="个月" />
          </Form.Item>
        </F>
      )}
      {category === "02" && (
        <F>
          <Form.Item
            label="缓刑考验期（月）"
            name={["sentence", "probationMonths"]}
            rules={[required("请填写缓刑考验期")]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: "100%" }} suffix="个月" />
          </Form.Item>
        </F>
      )}
      <F>
        <Form.Item
          label="先行羁押天数"
          name={["sentence", "custodyDays"]}
          extra={category === "01" ? "管制：羁押一日折抵刑期二日" : undefined}
        >
          <InputNumber min={0} precision={0} style={{ width: "100%" }} suffix="天" />
        </Form.Item>
      </F>
      <F span={24}>
        <Form.Item
          label="判决刑罚表述"
          name={["sentence", "text"]}
          rules={[{ max: 200, message: "不能超过 200 个字符" }]}
        >
          <Input maxLength={200} placeholder="如：有期徒刑一年，缓刑二年" />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="决定机关"
          name="decidingAuthority"
          rules={[requiredText("请填写决定机关"), { max: 100, message: "不能超过 100 个字符" }]}
        >
          <Input maxLength={100} placeholder="如：某某区人民法院" />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="判决书（决定书）文号"
          name="judgmentNumber"
          rules={[requiredText("请填写判决书文号"), { max: 100, message: "不能超过 100 个字符" }]}
        >
          <Input maxLength={100} placeholder="如：（2025）粤0606刑初123号" />
        </Form.Item>
      </F>
      <F>
        <Form.Item
          label="判决生效日期"
          name="judgmentEffectiveOn"
          dependencies={["status"]}
          rules={[
            ({ getFieldValue }) => ({
              required: !editing && getFieldValue("status") === "awaiting_report",
              message: "待报到对象须填写判决生效日期",
            }),
          ]}
        >
          <DateInput notAfterToday />
        </Form.Item>
      </F>
    </FormSection>
  );
}
