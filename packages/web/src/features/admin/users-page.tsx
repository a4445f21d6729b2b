import { EditOutlined, KeyOutlined, PlusOutlined, UnlockOutlined } from "@ant-design/icons";
import type { Role } from "@zhijiao/domain";
import { orgKindLabels, roleLabels, roleOrgKinds, roles } from "@zhijiao/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
} from "antd";
import type { FormInstance, TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorMessage, isApiError } from "../../api/client";
import type { Org, Page, User } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { codeOptions, fmtDateTime } from "../../lib/format";
import { useOrganizations } from "../../lib/use-organizations";
import { useRemote } from "../../lib/use-remote";
import { showErrorOnField } from "../../lib/form-errors";
import { useCan } from "../auth/auth-context";
import { PASSWORD_RULE_TEXT, passwordRule } from "../auth/password-rule";
import { OrgTreeSelect } from "./org-tree-select";

/** Staff roles an administrator assigns here; subjects get their accounts from their file. */
const staffRoles = roles.filter((r) => r !== "subject");
const roleOptions = codeOptions(staffRoles, roleLabels);

const userFields = ["username", "displayName", "role", "orgId", "password", "active"];
const fieldOfCode: Record<string, string> = {
  USERNAME_TAKEN: "username",
  ROLE_ORG_MISMATCH: "orgId",
  PASSWORD_POLICY: "password",
};

function isLocked(u: User): boolean {
  return !!u.lockedUntil && dayjs(u.lockedUntil).isAfter(dayjs());
}

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  password: string;
  active: boolean;
}

function UserFormFields({
  orgs,
  creating,
  form,
}: {
  orgs: readonly Org[];
  creating: boolean;
  form: FormInstance;
}) {
  const role = Form.useWatch<Role | undefined>("role", form);
  return (
    <>
      {creating && (
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            { required: true, whitespace: true, message: "请输入用户名" },
            { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: "3-32 位字母、数字、下划线、点或连字符" },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label="姓名"
        name="displayName"
        rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
        <Select
          options={roleOptions}
          placeholder="选择角色"
          onChange={() => form.setFieldValue("orgId", undefined)}
        />
      </Form.Item>
      <Form.Item
        label="所属机构"
        name="orgId"
        rules={[{ required: true, message: "请选择所属机构" }]}
        extra={
          role ? `该角色须设在：${roleOrgKinds[role].map((k) => orgKindLabels[k]).join("、")}` : undefined
        }
      >
        <OrgTreeSelect orgs={orgs} selectableKinds={role ? roleOrgKinds[role] : undefined} />
      </Form.Item>
      {creating ? (
        <Form.Item
          label="初始密码"
          name="password"
          extra={`${PASSWORD_RULE_TEXT}；用户首次登录后须修改`}
          rules={[
            { required: true, message: "请输入初始密码" },
            passwordRule(() => form.getFieldValue("username") as string),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      ) : (
        <Form.Item label="启用" name="active" valuePropName="checked">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      )}
    </>
  );
}

export default function UsersPage() {
  const can = useCan();
  const manage = can("user:manage");
  const { message } = App.useApp();
  const [filters, setFilters] = useState<{ q?: string; role?: Role; orgId?: string }>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const orgs = useOrganizations();
  const query = { page, pageSize, ...filters };
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Page<User>>("/api/users", query, signal),
    JSON.stringify(query),
  );

  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<UserFormValues>();
  const [resetForm] = Form.useForm<{ password: string; confirm: string }>();

  const setFilter = (f: Partial<typeof filters>) => {
    setFilters((prev) => ({ ...prev, ...f }));
    setPage(1);
  };

  const openEdit = (u: User | "new") => {
    setFormError(null);
    form.resetFields();
    if (u !== "new") {
      form.setFieldsValue({ displayName: u.displayName, role: u.role, orgId: u.orgId, active: u.active });
    }
    setEditing(u);
  };

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setFormError(null);
    try {
      if (editing === "new") {
        await api.post<User>("/api/users", {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          role: v.role,
          orgId: v.orgId,
          password: v.password,
        });
        void message.success("用户已创建");
      } else if (editing) {
        const patch: Record<string, unknown> = {};
        if (v.displayName.trim() !== editing.displayName) patch.displayName = v.displayName.trim();
        if (v.role !== editing.role) patch.role = v.role;
        if (v.orgId !== editing.orgId) patch.orgId = v.orgId;
        if (v.active !== editing.active) patch.active = v.active;
        if (Object.keys(patch).length > 0) await api.patch<User>(`/api/users/${editing.id}`, patch);
        void message.success("已保存");
      }
      setEditing(null);
      reload();
    } catch (e) {
      if (!(isApiError(e) && showErrorOnField(form, e, userFields, fieldOfCode)))
        setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const resetPassword = async () => {
    if (!resetting) return;
    const v = await resetForm.validateFields();
    setSaving(true);
    try {
      await api.post<void>(`/api/users/${resetting.id}/reset-password`, { password: v.password });
      void message.success(`已重置 ${resetting.displayName} 的密码，用户下次登录须修改`);
      setResetting(null);
    } catch (e) {
      if (isApiError(e) && e.code === "PASSWORD_POLICY")
        resetForm.setFields([{ name: "password", errors: [e.message] }]);
      else void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const unlock = async (u: User) => {
    try {
      await api.post<void>(`/api/users/${u.id}/unlock`);
      void message.success(`已解锁 ${u.displayName}`);
      reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<User> = [
    {
      title: "用户名",
      dataIndex: "username",
      width: 140,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    { title: "姓名", dataIndex: "displayName", width: 120 },
    { title: "角色", dataIndex: "roleLabel", width: 200 },
    { title: "所属机构", dataIndex: "orgName", ellipsis: true },
    {
      title: "状态",
      key: "state",
      width: 150,
      render: (_, u) => (
        <Space size={4}>
          {u.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
          {isLocked(u) && (
            <Tooltip title={`锁定至 ${fmtDateTime(u.lockedUntil)}`}>
              <Tag color="red">已锁定</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: "最近登录", dataIndex: "lastLoginAt", width: 170, render: (t: string | null) => fmtDateTime(t) },
    ...(manage
      ? ([
          {
            title: "操作",
            key: "actions",
            width: 230,
            fixed: "right",
            render: (_, u) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => openEdit(u)}>
                  编辑
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<KeyOutlined />}
                  onClick={() => {
                    resetForm.resetFields();
                    setResetting(u);
                  }}
                >
                  重置密码
                </Button>
                {isLocked(u) && (
                  <Popconfirm
                    title={`解锁 ${u.displayName} 的账号？`}
                    okText="解锁"
                    cancelText="取消"
                    onConfirm={() => unlock(u)}
                  >
                    <Button type="link" size="small" icon={<UnlockOutlined />}>
                      解锁
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ] satisfies TableColumnsType<User>)
      : []),
  ];

  return (
    <>
      <PageHeader
        title="用户管理"
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEdit("new")}>
              新建用户
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <div className="filter-bar" role="search">
          <Input.Search
            aria-label="搜索用户"
            placeholder="用户名或姓名"
            allowClear
            onSearch={(v) => setFilter({ q: v.trim() || undefined })}
            style={{ width: 220 }}
          />
          <Select<Role>
            aria-label="筛选角色"
            placeholder="角色"
            allowClear
            options={roleOptions}
            value={filters.role}
            onChange={(v) => setFilter({ role: v })}
            style={{ width: 220 }}
          />
          <OrgTreeSelect
            aria-label="筛选机构"
            placeholder="机构"
            allowClear
            orgs={orgs.data?.items ?? []}
            value={filters.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 240 }}
          />
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<User>
          rowKey="id"
          size="middle"
          data-testid="user-table"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 个用户`,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      </Card>

      <Modal
        open={editing !== null}
        title={editing === "new" ? "新建用户" : `编辑用户 ${editing?.username ?? ""}`}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setEditing(null)}
        forceRender
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={{ active: true }}>
          <UserFormFields orgs={orgs.data?.items ?? []} creating={editing === "new"} form={form} />
        </Form>
      </Modal>

      <Modal
        open={resetting !== null}
        title={`重置密码：${resetting?.displayName ?? ""}`}
        okText="重置"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void resetPassword().catch(() => undefined)}
        onCancel={() => setResetting(null)}
        forceRender
      >
        <Form form={resetForm} layout="vertical">
          <Form.Item
            label="新密码"
            name="password"
            extra={`${PASSWORD_RULE_TEXT}；用户下次登录须修改`}
            rules={[{ required: true, message: "请输入新密码" }, passwordRule(() => resetting?.username)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirm"
            dependencies={["password"]}
            rules={[
              { required: true, message: "请再次输入新密码" },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || getFieldValue("password") === value
                    ? Promise.resolve()
                    : Promise.reject(new Error("两次输入的密码不一致")),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
