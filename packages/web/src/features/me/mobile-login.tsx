import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { Navigate, useNavigate } from "react-router-dom";
import { errorMessage } from "../../api/client";
import { useAuth } from "../auth/auth-context";

interface LoginValues {
  username: string;
  password: string;
}

/** Sign-in for the person under supervision; a staff account is sent on to the console. */
export default function MobileLogin() {
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  if (user) return <Navigate to={user.role === "subject" ? "/m/" : "/"} replace />;

  const onFinish = async (v: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const me = await login(v.username.trim(), v.password);
      void navigate(me.role === "subject" ? "/m/" : "/", { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="m-login">
      <div className="m-login-brand">
        <SafetyCertificateOutlined className="m-login-icon" />
        <div className="m-login-name">智矫 · 社区矫正</div>
        <div className="m-login-sub">矫正对象登录</div>
      </div>
      {error && <Alert type="error" showIcon title={error} className="m-block" role="alert" />}
      <Form<LoginValues>
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          className="m-big-button"
          loading={submitting}
          data-testid="m-login-submit"
        >
          登录
        </Button>
      </Form>
    </div>
  );
}
