/** 设备绑定 on the file (R-EP-1): the devices bound to the subject, on which authorization, and their end. */
import { Alert, Button, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { periodText } from "../positioning/positioning-modals";
import type { PositioningAuthorization } from "../positioning/types";
import { BindDeviceModal, EndBindingModal } from "./device-binding-modals";
import type { DeviceBinding } from "./types";

export function DeviceBindingsPanel({
  subject,
  inCorrection,
  version,
  onChanged,
  authorizations,
}: FileSectionProps & { authorizations: PositioningAuthorization[] }) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged);
  const [binding, setBinding] = useState(false);
  const bindings = useRemote(
    (s) => api.get<{ items: DeviceBinding[] }>(`/api/subjects/${id}/device-bindings`, {}, s),
    `db:${id}:${version}`,
  );
  const bindingItems = bindings.data?.items ?? [];

  const columns: TableColumnsType<DeviceBinding> = [
    {
      title: "设备",
      key: "device",
      render: (_, b) => (
        <Space size={4} wrap>
          <Tag color={b.deviceKind === "bracelet" ? "geekblue" : "cyan"}>{b.deviceKindLabel}</Tag>
          <span className="mono">{b.identifier}</span>
          {b.model && <Typography.Text type="secondary">{b.model}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: "依据",
      key: "auth",
      render: (_, b) => {
        if (!b.authorizationId) return b.deviceKind === "phone" ? "信息化核查，无需审批" : "—";
        const a = authorizations.find((x) => x.id === b.authorizationId);
        return a ? `${a.documentNumber ?? "已批准"}（${periodText(a)}）` : "已批准的审批";
      },
    },
    {
      title: "绑定",
      key: "bound",
      render: (_, b) => `${fmtDateTime(b.boundAt)} ${b.boundByName ?? ""}`,
    },
    {
      title: "状态",
      key: "state",
      render: (_, b) =>
        b.endedAt ? (
          <Space size={2} orientation="vertical">
            <Tag>已解除</Tag>
            <Typography.Text type="secondary">
              {fmtDateTime(b.endedAt)} {b.endedByName ?? ""}
              {b.endReasonLabel ? `：${b.endReasonLabel}` : ""}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="success">使用中</Tag>
        ),
    },
    {
      title: "",
      key: "act",
      render: (_, b) =>
        !b.endedAt && can("device:bind") ? (
          <Button
            size="small"
            data-testid={`binding-end-${b.id}`}
            onClick={() => d.open(<EndBindingModal binding={b} {...d.props} />)}
          >
            解除绑定
          </Button>
        ) : null,
    },
  ];

  return (
    <SectionCard
      title="设备绑定"
      testId="device-bindings"
      extra={
        can("device:bind") &&
        inCorrection && (
          <AddButton testId="binding-new" onClick={() => setBinding(true)}>
            绑定设备
          </AddButton>
        )
      }
    >
      {bindings.error && <Alert type="error" showIcon title={bindings.error} style={{ marginBottom: 12 }} />}
      <Table<DeviceBinding>
        rowKey="id"
        size="small"
        pagination={false}
        loading={bindings.loading}
        columns={columns}
        dataSource={bindingItems}
        locale={{ emptyText: "未绑定定位设备" }}
      />
      {d.dialog}
      {binding && (
        // Rendered from the current props: the file's authorizations may arrive after the click.
        <BindDeviceModal
          subjectId={id}
          authorizations={authorizations}
          bindings={bindingItems}
          onClose={() => setBinding(false)}
          onDone={() => {
            setBinding(false);
            onChanged();
          }}
        />
      )}
    </SectionCard>
  );
}
