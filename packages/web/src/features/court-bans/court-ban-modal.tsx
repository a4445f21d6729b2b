/** 登记禁止令 (R-LV-5): what the court forbids, where, and for which period. */
import { checkCourtBanPeriod } from "@zhijiao/domain";
import { Form, Input } from "antd";
import { api } from "../../api/client";
import { DateInput } from "../../components/date-input";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";

interface CourtBanValues {
  content: string;
  places: string;
  fromOn?: string;
  untilOn?: string;
}

export function CourtBanModal({ subjectId, ...p }: DialogProps & { subjectId: string }) {
  return (
    <StepModal<CourtBanValues>
      title="登记禁止令"
      testId="court-ban-modal"
      fields={["content", "places", "fromOn", "untilOn"]}
      precheck={(v) => checkCourtBanPeriod(v.fromOn!, v.untilOn!)}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/court-bans`, {
          content: v.content.trim(),
          places: v.places.trim(),
          fromOn: v.fromOn,
          untilOn: v.untilOn,
        })
      }
      successText="已登记"
      {...p}
    >
      {() => (
        <>
          <Form.Item
            name="content"
            label="禁止内容"
            rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="places"
            label="禁止进入的场所或区域"
            rules={[{ required: true, whitespace: true, message: "请填写" }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="fromOn" label="起始日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="untilOn" label="截止日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
