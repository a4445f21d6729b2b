import { FileWordOutlined, ReloadOutlined, RollbackOutlined, SaveOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Menu,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import type { ReactNode } from "react";
import { useMemo, useRef, useState } from "react";
import { api, errorMessage, isApiError } from "../../api/client";
import type { DocumentTemplate, DocumentTemplateEntry, Page, TemplateField } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { showErrorOnField } from "../../lib/form-errors";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";

interface Values {
  title: string;
  numberWord: string;
  addressee?: string;
  /** One paragraph per line. */
  body: string;
  cc?: string;
}

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

function toValues(t: DocumentTemplate): Values {
  return {
    title: t.title,
    numberWord: t.numberWord,
    addressee: t.addressee ?? "",
    body: t.body.join("\n"),
    cc: t.cc ?? "",
  };
}

function toTemplate(v: Values): DocumentTemplate {
  return {
    title: v.title.trim(),
    numberWord: v.numberWord.trim(),
    addressee: v.addressee?.trim() || null,
    body: v.body
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean),
    cc: v.cc?.trim() || null,
  };
}

/** Placeholders a text uses that this kind does not know. */
function unknownKeys(text: string | undefined, known: Set<string>): string[] {
  if (!text) return [];
  return [...text.matchAll(placeholder)].map((m) => m[1] ?? "").filter((k) => !known.has(k));
}

/** Text with its placeholders shown as the labels they stand for. */
function withLabels(text: string, labels: Map<string, string>): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholder)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = m[1] ?? "";
    out.push(
      <span key={`${at}-${key}`} className={labels.has(key) ? "tpl-field" : "tpl-field tpl-field-bad"}>
        {labels.get(key) ?? key}
      </span>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A GB/T 9704-like preview: title, document number, addressee, body, cc. */
function Preview({ t, fields }: { t: DocumentTemplate; fields: TemplateField[] }) {
  const labels = new Map(fields.map((f) => [f.key, f.label]));
  const year = new Date().getFullYear();
  return (
    <div className="doc-preview" data-testid="template-preview">
      <div className="doc-title">{withLabels(t.title, labels)}</div>
      <div className="doc-number">
        某某{t.numberWord}〔{year}〕1号
      </div>
      {t.addressee && <p className="doc-addressee">{withLabels(t.addressee, labels)}：</p>}
      {t.body.map((p, i) => (
        <p key={i} className="doc-paragraph">
          {withLabels(p, labels)}
        </p>
      ))}
      <div className="doc-sign">
        <div>（发文机关印章）</div>
        <div>{year}年×月×日</div>
      </div>
      {t.cc && <div className="doc-cc">抄送：{withLabels(t.cc, labels)}。</div>}
    </div>
  );
}

function Editor({ entry, onSaved }: { entry: DocumentTemplateEntry; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const watched = Form.useWatch([], form) as Values | undefined;
  const known = useMemo(() => new Set(entry.fields.map((f) => f.key)), [entry.fields]);
  const preview = watched?.title !== undefined ? toTemplate(watched) : entry.template;

  const insert = (key: string) => {
    const el = bodyRef.current;
    const text: string = form.getFieldValue("body") ?? "";
    const token = `{{${key}}}`;
    const at = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? at;
    form.setFieldValue("body", text.slice(0, at) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const save = async (v: Values) => {
    setError(null);
    const bad = [v.title, v.addressee, v.body, v.cc].flatMap((t) => unknownKeys(t, known));
    if (bad.length) {
      setError(`此类文书不支持的占位符：${[...new Set(bad)].map((k) => `{{${k}}}`).join("、")}`);
      return;
    }
    setSaving(true);
    try {
      await api.putJson(`/api/document-templates/${entry.kind}`, { template: toTemplate(v) });
      void message.success(`${entry.label}模板已保存`);
      onSaved();
    } catch (e) {
      if (isApiError(e)) {
        const field = typeof e.details.field === "string" ? e.details.field.replace(/^template\./, "") : "";
        const name = field.startsWith("body") ? "body" : field;
        if (
          !showErrorOnField(form, { ...e, details: { field: name } }, [
            "title",
            "numberWord",
            "addressee",
            "body",
            "cc",
          ])
        )
          setError(e.message);
      } else setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const reset = async () => {
    setError(null);
    try {
      await api.delete(`/api/document-templates/${entry.kind}`);
      void message.success(`${entry.label}已恢复默认模板`);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card
          variant="borderless"
          title={
            <Space>
              <FileWordOutlined />
              {entry.label}
              {entry.customised ? <Tag color="orange">本省已修改</Tag> : <Tag>默认模板</Tag>}
            </Space>
          }
          extra={
            <Space>
              {entry.customised && (
                <Popconfirm
                  title="恢复为默认模板？本省的修改将被删除"
                  onConfirm={() => void reset()}
                  okText="恢复"
                  cancelText="取消"
                >
                  <Button icon={<RollbackOutlined />}>恢复默认</Button>
                </Popconfirm>
              )}
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={saving}
                onClick={() => form.submit()}
                data-testid="template-save"
              >
                保存
              </Button>
            </Space>
          }
        >
          {entry.updatedAt && (
            <Typography.Paragraph type="secondary">
              最近修改：{fmtDateTime(entry.updatedAt)}
            </Typography.Paragraph>
          )}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={toValues(entry.template)}
            onFinish={(v) => void save(v)}
          >
            <Row gutter={12}>
              <Col span={16}>
                <Form.Item
                  label="标题"
                  name="title"
                  rules={[{ required: true, whitespace: true, message: "请填写标题" }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  label="发文字号用字"
                  name="numberWord"
                  rules={[{ required: true, whitespace: true, message: "请填写" }]}
                  extra="如“矫解”，编号为 南海矫解〔2026〕3号"
                >
                  <Input maxLength={10} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label="主送机关" name="addressee" extra="不含冒号；留空则无主送机关">
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              label="正文（每行一段）"
              name="body"
              rules={[{ required: true, whitespace: true, message: "正文不能为空" }]}
            >
              <Input.TextArea
                rows={12}
                ref={(r) => {
                  bodyRef.current = r?.resizableTextArea?.textArea ?? null;
                }}
              />
            </Form.Item>
            <Form.Item label="抄送机关" name="cc" extra="不含“抄送：”和句号；留空则不抄送">
              <Input maxLength={500} />
            </Form.Item>
          </Form>
          <Typography.Text type="secondary">可用占位符（点击插入正文光标处）：</Typography.Text>
          <div className="tpl-fields">
            {entry.fields.map((f) => (
              <Tooltip key={f.key} title={`{{${f.key}}}`}>
                <Tag className="tpl-field-tag" onClick={() => insert(f.key)}>
                  {f.label}
                </Tag>
              </Tooltip>
            ))}
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card variant="borderless" title="预览" size="small">
          <Preview t={preview} fields={entry.fields} />
        </Card>
      </Col>
    </Row>
  );
}

/** 文书模板: the province adjusts the wording of its enforcement documents (DOMAIN.md §9). */
export default function DocumentTemplatesPage() {
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Pick<Page<DocumentTemplateEntry>, "items">>("/api/document-templates", {}, signal),
    "templates",
  );
  const [kind, setKind] = useState<string | null>(null);
  const items = data?.items ?? [];
  const entry = items.find((e) => e.kind === kind) ?? items[0];

  return (
    <>
      <PageHeader
        title="文书模板"
        subTitle="本省执法文书的文字；版式按 GB/T 9704 生成"
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={5}>
          <Card
            variant="borderless"
            size="small"
            loading={loading && !data}
            styles={{ body: { padding: 4 } }}
          >
            <Menu
              mode="inline"
              selectedKeys={entry ? [entry.kind] : []}
              onClick={({ key }) => setKind(key)}
              items={items.map((e) => ({
                key: e.kind,
                label: (
                  <Space size={4}>
                    {e.label}
                    {e.customised && <Tag color="orange">已改</Tag>}
                  </Space>
                ),
              }))}
              style={{ borderInlineEnd: "none" }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={19}>
          {entry ? (
            <Editor key={`${entry.kind}:${entry.updatedAt ?? "default"}`} entry={entry} onSaved={reload} />
          ) : (
            !loading && (
              <Card variant="borderless">
                <Empty description="没有可编辑的文书模板" />
              </Card>
            )
          )}
        </Col>
      </Row>
    </>
  );
}
