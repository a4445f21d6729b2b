/** The field rules of the subject form: the domain's own checks, run while typing. */
import { isDomainError, isValidDivisionCode, isValidPhone, parseIdNumber, sexLabels } from "@zhijiao/domain";
import type { FormInstance, FormRule } from "antd";
import { today } from "../../../lib/case-rules";
import { trimmed } from "../../../lib/text";
import type { FormValues } from "./form-values";

export function idRules(editing: boolean): FormRule[] {
  return [
    { required: !editing, whitespace: true, message: "请填写身份证号码" },
    {
      validator: (_, value: string | undefined) => {
        const v = trimmed(value);
        if (!v) return Promise.resolve();
        try {
          parseIdNumber(v, today());
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(new Error(isDomainError(e) ? e.message : "身份证号码无效"));
        }
      },
    },
  ];
}

export const sexRule = ({ getFieldValue }: FormInstance<FormValues>): FormRule => ({
  validator: (_, sex: string | undefined) => {
    const id = trimmed(getFieldValue("idNumber"));
    if (!sex || !id) return Promise.resolve();
    try {
      const parsed = parseIdNumber(id);
      return parsed.sex === sex
        ? Promise.resolve()
        : Promise.reject(new Error(`身份证号码显示性别为${sexLabels[parsed.sex]}，与所填性别不一致`));
    } catch {
      return Promise.resolve();
    }
  },
});

export const phoneRule: FormRule = {
  validator: (_, value: string | undefined) => {
    const v = trimmed(value);
    return !v || isValidPhone(v)
      ? Promise.resolve()
      : Promise.reject(new Error("联系电话应为 11 位手机号码，或带区号的固定电话（如 0757-86281234）"));
  },
};

export function divisionRule(label: string): FormRule {
  return {
    validator: (_, value: string | undefined) => {
      const v = trimmed(value);
      return !v || isValidDivisionCode(v)
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}应为 6 位有效的 GB/T 2260 代码`));
    },
  };
}

export const required = (message: string): FormRule => ({ required: true, message });
export const requiredText = (message: string): FormRule => ({ required: true, whitespace: true, message });
