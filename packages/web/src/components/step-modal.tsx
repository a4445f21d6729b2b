import { Alert, App, Form, Modal } from "antd";
import type { ButtonProps, FormInstance } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { errorMessage, isApiError } from "../api/client";
import { showErrorOnField } from "../lib/form-errors";

/** What a dialog is told by whoever opens it: close it, or the step was taken. */
export interface DialogProps {
  onClose: () => void;
  onDone: () => void;
}

interface Props<V> {
  title: ReactNode;
  /** Sends the step; a refusal is shown in the modal, next to its field when it names one. */
  submit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** Called after the step was taken. */
  onDone: () => void;
  initialValues?: Partial<V>;
  /** The form's field names, to show a server refusal next to its field. */
  fields?: readonly string[];
  okText?: string;
  successText?: string;
  width?: number;
  testId?: string;
  children: (form: FormInstance<V>) => ReactNode;
  /** Checks in the browser before sending (the same domain rules the server runs); throw to refuse. */
  precheck?: (values: V) => void;
}

/** What a refusal names beyond its message: the missing documents or facts. */
function detailLines(details: Record<string, unknown>): string[] {
  const missing = details.missing;
  if (!Array.isArray(missing)) return [];
  return missing.map((m) =>
    typeof m === "string"
      ? m
      : typeof m === "object" && m && "label" in m
        ? String(m.label)
        : JSON.stringify(m),
  );
}

/**
 * One step of a case as a modal form. It is mounted only while open, so each opening starts
 * with a fresh form.
 */
export function StepModal<V extends object>({
  title,
  submit,
  onClose,
  onDone,
  initialValues,
  fields = [],
  okText = "提交",
  successText = "已办理",
  width = 640,
  testId,
  children,
  precheck,
}: Props<V>) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; lines: string[] } | null>(null);

  const onOk = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      precheck?.(values);
    } catch (e) {
      const fe = e as { code?: string; message?: string; details?: Record<string, unknown> };
      if (fe.code && fe.message && fe.details) {
        if (!showErrorOnField(form, { code: fe.code, message: fe.message, details: fe.details }, fields))
          setError({ message: fe.message, lines: detailLines(fe.details) });
        return;
      }
      throw e;
    }
    setSaving(true);
    try {
      await submit(values);
      void message.success(successText);
      onDone();
    } catch (e) {
      if (isApiError(e) && showErrorOnField(form, e, fields)) return;
      setError({ message: errorMessage(e), lines: isApiError(e) ? detailLines(e.details) : [] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void onOk()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      okButtonProps={{ "data-testid": "step-submit" } as ButtonProps}
    >
      <div data-testid={testId}>
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="step-error"
            title={error.message}
            description={error.lines.length ? error.lines.join("、") : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<V> form={form} layout="vertical" initialValues={initialValues} className="step-form">
          {children(form)}
        </Form>
      </div>
    </Modal>
  );
}
