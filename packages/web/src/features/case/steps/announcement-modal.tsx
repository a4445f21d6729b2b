/** The step 入矫宣告 (R-IN-1) of the case, as a dialog. */
import { Col, Form, Input, Row, Select } from "antd";
import { api } from "../../../api/client";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { today } from "../../../lib/case-rules";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

const announcementText =
  "宣告社区矫正对象犯罪事实、执行社区矫正的期限，应当遵守的规定、被剥夺或者限制行使的权利、" +
  "被禁止的事项以及违反规定的法律后果，社区矫正对象依法享有的权利，矫正小组人员组成及职责等事项。";

export function AnnouncementModal({ view, subject, onClose, onDone }: CaseStepProps) {
  return (
    <StepModal<{ announcedOn: string; place: string; participants: string[]; content: string }>
      title="入矫宣告"
      okText="登记宣告"
      successText="已登记入矫宣告"
      width={720}
      testId="announcement-modal"
      fields={["announcedOn", "place", "participants", "content"]}
      initialValues={{
        announcedOn: today(),
        place: `${subject.officeName}宣告室`,
        participants: view.team.map((m) => m.name),
        content: announcementText,
      }}
      submit={(v) =>
        api.post(stepPath(view, "entry-announcement"), {
          ...v,
          place: v.place.trim(),
          content: v.content.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                label="宣告日期"
                name="announcedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                label="宣告地点"
                name="place"
                rules={[{ required: true, whitespace: true, message: "请填写地点" }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="参加人员"
            name="participants"
            rules={[{ required: true, type: "array", min: 1, message: "请填写参加宣告的人员" }]}
            extra="输入姓名后按回车添加；通常包括司法所工作人员、矫正小组成员、家属等"
          >
            <Select
              mode="tags"
              tokenSeparators={[",", "，", "、"]}
              placeholder="输入姓名后回车"
              aria-label="参加人员"
            />
          </Form.Item>
          <Form.Item
            label="宣告内容"
            name="content"
            rules={[{ required: true, whitespace: true, message: "请填写宣告内容" }]}
          >
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
