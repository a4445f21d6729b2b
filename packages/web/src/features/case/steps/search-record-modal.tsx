/** The step 查找情况登记 (R-HO-2) of the case, as a dialog. */
import { compareDates } from "@zhijiao/domain";
import { Alert, Form, Input } from "antd";
import { api } from "../../../api/client";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { today } from "../../../lib/case-rules";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

export function SearchRecordModal({ view, onClose, onDone }: CaseStepProps) {
  const notYet = view.reportDueOn !== null && compareDates(today(), view.reportDueOn) <= 0;
  return (
    <StepModal<{ searchedOn: string; measures: string; result: string }>
      title="逾期未报到：查找情况登记"
      okText="登记并通知"
      successText="已登记查找情况，报到情况通知单已发出"
      width={720}
      testId="search-modal"
      fields={["searchedOn", "measures", "result"]}
      initialValues={{ searchedOn: today() }}
      submit={(v) => api.post(stepPath(view, "search-record"), v)}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Alert
            type={notYet ? "warning" : "info"}
            showIcon
            style={{ marginBottom: 16 }}
            title={
              notYet
                ? `报到期限 ${view.reportDueOn} 尚未届满，期满未报到后方可登记查找情况`
                : `报到期限 ${view.reportDueOn ?? "—"} 已过。登记后生成报到情况通知单，通知决定机关并抄送人民检察院（R-HO-2）`
            }
          />
          <Form.Item label="查找日期" name="searchedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput notAfterToday style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item
            label="查找措施"
            name="measures"
            rules={[{ required: true, whitespace: true, message: "请填写查找措施" }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder="电话联系、走访居住地、联系家属、请公安机关协查等"
            />
          </Form.Item>
          <Form.Item
            label="查找结果"
            name="result"
            rules={[{ required: true, whitespace: true, message: "请填写查找结果" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
