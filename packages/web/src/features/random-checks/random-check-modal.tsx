/** 发起随机抽查: the subject answers by a check-in from the phone within the time given. */
import { Alert, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { api } from "../../api/client";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { trimmed } from "../../lib/text";

const dueChoices = [15, 30, 60] as const;

export function RandomCheckModal({ subjectId, ...p }: DialogProps & { subjectId: string }) {
  return (
    <StepModal<{ dueMinutes: number; note?: string }>
      title="发起随机抽查"
      testId="random-check-modal"
      fields={["dueMinutes", "note"]}
      initialValues={{ dueMinutes: 30 }}
      submit={(v) =>
        api.post(`/api/subjects/${subjectId}/random-checks`, {
          dueMinutes: v.dueMinutes,
          note: trimmed(v.note),
        })
      }
      successText="已发起随机抽查"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const minutes = form.getFieldValue("dueMinutes") as number | undefined;
              return (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={`矫正对象须在 ${minutes ?? "—"} 分钟内（约 ${
                    minutes ? dayjs().add(minutes, "minute").format("HH:mm") : "—"
                  } 前）通过手机端签到，上传照片和位置回应`}
                  description="逾期未回应的记为未回应，并通知司法所和县级社区矫正机构"
                />
              );
            }}
          </Form.Item>
          <Form.Item name="dueMinutes" label="回应时限" rules={[{ required: true }]}>
            <Select options={dueChoices.map((m) => ({ value: m, label: `${m} 分钟` }))} />
          </Form.Item>
          <Form.Item name="note" label="说明（对象可见）">
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
