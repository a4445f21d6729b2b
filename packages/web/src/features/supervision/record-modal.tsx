/** 登记监管记录 (R-SV-2, R-SV-3): a report, a visit, a talk, hours of education or service. */
import type { SupervisionRecordKind } from "@zhijiao/domain";
import { supervisionRecordKindLabels, supervisionRecordKinds } from "@zhijiao/domain";
import { DatePicker, Form, Input, InputNumber, Select } from "antd";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import { api } from "../../api/client";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { trimmed } from "../../lib/text";

/** Kinds staff record by hand (the subject's own check-in comes from the mobile app). */
const staffRecordKinds = supervisionRecordKinds.filter((k) => k !== "check_in");
const hourKinds: readonly string[] = ["education_hours", "service_hours"];

interface RecordValues {
  kind: SupervisionRecordKind;
  occurredAt: Dayjs;
  place?: string;
  content: string;
  hours?: number;
}

export function RecordModal({
  subjectId,
  kind,
  ...p
}: DialogProps & { subjectId: string; kind?: SupervisionRecordKind }) {
  return (
    <StepModal<RecordValues>
      title="登记监管记录"
      testId="record-modal"
      fields={["kind", "occurredAt", "place", "content", "hours"]}
      initialValues={{ kind, occurredAt: dayjs() }}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/records`, {
          kind: v.kind,
          occurredAt: v.occurredAt.toISOString(),
          place: trimmed(v.place),
          content: v.content.trim(),
          hours: hourKinds.includes(v.kind) ? v.hours : undefined,
        })
      }
      successText="已登记"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
            <Select
              options={staffRecordKinds.map((k) => ({ value: k, label: supervisionRecordKindLabels[k] }))}
            />
          </Form.Item>
          <Form.Item name="occurredAt" label="发生时间" rules={[{ required: true, message: "请选择时间" }]}>
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
              style={{ width: "100%" }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              hourKinds.includes(form.getFieldValue("kind") as string) ? (
                <Form.Item
                  name="hours"
                  label="时长（小时）"
                  rules={[{ required: true, message: "请填写时长" }]}
                >
                  <InputNumber min={0.5} max={24} step={0.5} style={{ width: "100%" }} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="content"
            label="内容"
            rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
