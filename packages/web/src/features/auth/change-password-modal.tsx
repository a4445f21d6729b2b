import { Alert, App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { api, errorMessage, isApiError } from "../../api/client";
import { useAuth } from "./auth-context";
import { PASSWORD_RULE_TEXT, passwordRule } from "./password-rule";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface Props {
  open: boolean;
  /** A forced change (first sign-in or a reset password) cannot be dismissed. */
  forced?: boolean;
  onClose(): void;
  onChanged(): void;
}

export function ChangePasswordModal({ open, forced, onClose, onChanged }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const { user } = useAuth();

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await api.post<void>("/api/auth/password", {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      void message.success("密码已修改");
      form.resetFields();
      onChanged();
    } catch (e) {
      if (isApiError(e) && e.code === "PASSWORD_WRONG") {
        form.setFields([{ name: "currentPassword", errors: [e.message] }]);
      } else if (isApiError(e) && (e.code === "PASSWORD_POLICY" || e.code === "PASSWORD_REUSED")) {
        form.setFields([{ name: "newPassword", errors: [e.message] }]);
      } else {
        void message.error(errorMessage(e));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="修改密码"
      okText="确认修改"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: "none" } } : undefined}
      destroyOnHidden
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="首次登录或密码已被重置，请先设置新密码"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: "请输入当前密码" }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={PASSWORD_RULE_TEXT}
          rules={[{ required: true, message: "请输入新密码" }, passwordRule(() => user?.username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
