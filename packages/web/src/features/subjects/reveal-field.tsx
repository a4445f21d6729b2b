import { EyeOutlined } from "@ant-design/icons";
import { App, Button, Form, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client";

interface Props {
  subjectId: string;
  field: "idNumber" | "phone";
  masked: string | null;
  canReveal: boolean;
}

const fieldLabels: Record<Props["field"], string> = { idNumber: "身份证号码", phone: "联系电话" };

/**
 * A masked value with a "查看完整号码" button: the full value is fetched only after the user gives
 * a reason, and the server audits the look-up.
 */
export function RevealField({ subjectId, field, masked, canReveal }: Props) {
  const [value, setValue] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();

  if (!masked) return <span>—</span>;

  const submit = async () => {
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      const res = await api.post<{ value: string }>(`/api/subjects/${subjectId}/reveal`, {
        field,
        reason: reason.trim(),
      });
      setValue(res.value);
      setOpen(false);
      form.resetFields();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space size={8} wrap>
      <Typography.Text
        className="mono"
        data-testid={`reveal-${field}-value`}
        copyable={value ? { text: value } : false}
      >
        {value ?? masked}
      </Typography.Text>
      {canReveal && !value && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          data-testid={`reveal-${field}`}
        >
          查看完整号码
        </Button>
      )}
      <Modal
        open={open}
        title={`查看完整${fieldLabels[field]}`}
        okText="查看"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          查看完整号码将记入审计日志，请说明查看事由。
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            label="查看事由"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: "请填写查看事由" },
              { max: 200, message: "事由不超过 200 字" },
            ]}
          >
            <Input.TextArea
              rows={3}
              placeholder="例如：办理报到登记，核对身份信息"
              showCount
              maxLength={200}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
