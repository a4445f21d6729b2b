import { EditOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import type { OrgKind } from "@zhijiao/domain";
import {
  allowedParentKinds,
  isValidDivisionCode,
  isValidTownCode,
  orgKindLabels,
  orgKinds,
} from "@zhijiao/domain";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import type { FormRule, TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import { api, errorMessage, isApiError } from "../../api/client";
import type { Org } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { codeOptions } from "../../lib/format";
import { showErrorOnField } from "../../lib/form-errors";
import { buildOrgTree, useOrganizations } from "../../lib/use-organizations";
import type { OrgNode } from "../../lib/use-organizations";
import { useCan } from "../auth/auth-context";
import { OrgTreeSelect } from "./org-tree-select";

const kindColors: Record<OrgKind, string> = {
  province: "geekblue",
  city: "blue",
  county: "cyan",
  office: "green",
  court: "purple",
  procuratorate: "magenta",
  police: "volcano",
  prison: "orange",
};

interface OrgRow extends Omit<OrgNode, "children"> {
  children?: OrgRow[];
}

/** Table rows: leaves get no `children`, so the table shows no expand icon for them. */
function toRows(nodes: OrgNode[]): OrgRow[] {
  return nodes.map(({ children, ...o }) => (children.length > 0 ? { ...o, children: toRows(children) } : o));
}

interface CreateValues {
  name: string;
  kind: OrgKind;
  parentId?: string;
  divisionCode: string;
}
interface RenameValues {
  name: string;
  divisionCode: string;
}

const orgFields = ["name", "kind", "parentId", "divisionCode"];
const fieldOfCode = {
  ORG_PARENT_INVALID: "parentId",
  DIVISION_CODE_INVALID: "divisionCode",
  DIVISION_CODE_TAKEN: "divisionCode",
};

const divisionCodeRules: FormRule[] = [
  { required: true, message: "请输入行政区划代码" },
  {
    validator: (_, v: string | undefined) =>
      !v || isValidDivisionCode(v) || isValidTownCode(v)
        ? Promise.resolve()
        : Promise.reject(new Error("应为 6 位县级以上代码（GB/T 2260）或 9 位乡镇（街道）代码")),
  },
];
const nameRules: FormRule[] = [
  { required: true, whitespace: true, message: "请输入机构名称" },
  { min: 2, message: "机构名称至少 2 个字" },
];

export default function OrganizationsPage() {
  const can = useCan();
  const manage = can("org:manage");
  const { message } = App.useApp();
  const { data, loading, error, reload } = useOrganizations();
  const orgs = useMemo(() => data?.items ?? [], [data]);
  const rows = useMemo(() => toRows(buildOrgTree(orgs)), [orgs]);

  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Org | null>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [createForm] = Form.useForm<CreateValues>();
  const [renameForm] = Form.useForm<RenameValues>();
  const kind = Form.useWatch("kind", createForm);
  const parentKinds = kind ? allowedParentKinds(kind) : [];
  const needsParent = !!kind && !parentKinds.includes(null);
  const parentSelectable = parentKinds.filter((k): k is OrgKind => k !== null);

  const openCreate = (parent?: Org) => {
    createForm.resetFields();
    if (parent) createForm.setFieldsValue({ parentId: parent.id });
    setFormError(null);
    setCreating(true);
  };

  const create = async () => {
    const v = await createForm.validateFields();
    setSaving(true);
    setFormError(null);
    try {
      await api.post<Org>("/api/organizations", {
        name: v.name.trim(),
        kind: v.kind,
        parentId: v.parentId ?? null,
        divisionCode: v.divisionCode,
      });
      void message.success("机构已创建");
      setCreating(false);
      reload();
    } catch (e) {
      if (!(isApiError(e) && showErrorOnField(createForm, e, orgFields, fieldOfCode)))
        setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const rename = async () => {
    if (!renaming) return;
    const v = await renameForm.validateFields();
    const patch: Record<string, string> = {};
    if (v.name.trim() !== renaming.name) patch.name = v.name.trim();
    if (v.divisionCode !== renaming.divisionCode) patch.divisionCode = v.divisionCode;
    setSaving(true);
    setFormError(null);
    try {
      if (Object.keys(patch).length > 0) await api.patch<Org>(`/api/organizations/${renaming.id}`, patch);
      void message.success("已保存");
      setRenaming(null);
      reload();
    } catch (e) {
      if (!(isApiError(e) && showErrorOnField(renameForm, e, orgFields, fieldOfCode)))
        setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<OrgRow> = [
    { title: "机构名称", dataIndex: "name" },
    {
      title: "类型",
      dataIndex: "kind",
      width: 180,
      render: (k: OrgKind, o) => <Tag color={kindColors[k]}>{o.kindLabel || orgKindLabels[k]}</Tag>,
    },
    {
      title: "行政区划代码",
      dataIndex: "divisionCode",
      width: 140,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    ...(manage
      ? ([
          {
            title: "操作",
            key: "actions",
            width: 200,
            render: (_, o) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => {
                    renameForm.setFieldsValue({ name: o.name, divisionCode: o.divisionCode });
                    setFormError(null);
                    setRenaming(o);
                  }}
                >
                  重命名
                </Button>
                {(o.kind === "province" || o.kind === "city" || o.kind === "county") && (
                  <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => openCreate(o)}>
                    新增下级
                  </Button>
                )}
              </Space>
            ),
          },
        ] satisfies TableColumnsType<OrgRow>)
      : []),
  ];

  return (
    <>
      <PageHeader
        title="机构管理"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => openCreate()}>
                新建机构
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless">
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<OrgRow>
          // Remount once loaded so every row starts expanded.
          key={data ? "loaded" : "loading"}
          rowKey="id"
          size="middle"
          data-testid="org-table"
          loading={loading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          expandable={{ defaultExpandAllRows: true }}
        />
      </Card>

      <Modal
        open={creating}
        title="新建机构"
        okText="创建"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void create().catch(() => undefined)}
        onCancel={() => setCreating(false)}
        forceRender
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form form={createForm} layout="vertical">
          <Form.Item label="机构类型" name="kind" rules={[{ required: true, message: "请选择机构类型" }]}>
            <Select options={codeOptions(orgKinds, orgKindLabels)} placeholder="选择机构类型" />
          </Form.Item>
          <Form.Item
            label="上级机构"
            name="parentId"
            rules={[{ required: needsParent, message: "请选择上级机构" }]}
            extra={
              kind
                ? needsParent
                  ? `上级须为：${parentSelectable.map((k) => orgKindLabels[k]).join("、")}`
                  : "省级机构为根节点，无上级"
                : undefined
            }
          >
            <OrgTreeSelect
              orgs={orgs}
              selectableKinds={parentSelectable}
              disabled={!needsParent}
              allowClear
              placeholder={needsParent ? "选择上级机构" : "无"}
            />
          </Form.Item>
          <Form.Item label="机构名称" name="name" rules={nameRules}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="行政区划代码" name="divisionCode" rules={divisionCodeRules}>
            <Input maxLength={9} inputMode="numeric" className="mono" placeholder="如 440606 或 440606001" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={renaming !== null}
        title="重命名机构"
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void rename().catch(() => undefined)}
        onCancel={() => setRenaming(null)}
        forceRender
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form form={renameForm} layout="vertical">
          <Form.Item label="机构名称" name="name" rules={nameRules}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="行政区划代码" name="divisionCode" rules={divisionCodeRules}>
            <Input maxLength={9} inputMode="numeric" className="mono" placeholder="如 440606 或 440606001" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
