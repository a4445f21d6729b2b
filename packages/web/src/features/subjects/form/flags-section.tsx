/** 标记: minor (set once, never unset), 四史 and 三涉. */
import { fourHistories, fourHistoryLabels, threeInvolvementLabels, threeInvolvements } from "@zhijiao/domain";
import { Checkbox, Form, Switch } from "antd";
import type { Subject } from "../../../api/types";
import { codeOptions } from "../../../lib/format";
import { F, FormSection } from "./form-layout";

export function FlagsSection({ subject }: { subject?: Subject }) {
  const editing = !!subject;
  return (
    <FormSection title="标记">
      <F>
        <Form.Item
          label="未成年人"
          name="minor"
          valuePropName="checked"
          extra="矫正开始时未满 18 周岁的自动标记，标记后不能取消（档案仅本所、县级机构及检察机关可见）"
        >
          <Switch checkedChildren="是" unCheckedChildren="否" disabled={editing && subject?.minor} />
        </Form.Item>
      </F>
      <F>
        <Form.Item label="四史" name="fourHistories">
          <Checkbox.Group options={codeOptions(fourHistories, fourHistoryLabels)} />
        </Form.Item>
      </F>
      <F>
        <Form.Item label="三涉" name="threeInvolvements">
          <Checkbox.Group options={codeOptions(threeInvolvements, threeInvolvementLabels)} />
        </Form.Item>
      </F>
    </FormSection>
  );
}
