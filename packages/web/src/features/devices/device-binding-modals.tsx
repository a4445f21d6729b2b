/**
 * Binding a device to the file and ending a binding (issue 5): a bracelet only under an approved
 * positioning authorization covering today (R-EP-1), a phone without one.
 */
import type { DeviceKind } from "@zhijiao/domain";
import {
  DomainError,
  authorizationForBinding,
  coveringAuthorization,
  deviceKindLabels,
  deviceNeedsAuthorization,
} from "@zhijiao/domain";
import { Alert, Form, Input, Select } from "antd";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { today } from "../../lib/case-rules";
import { useRemote } from "../../lib/use-remote";
import { periodText } from "../positioning/positioning-modals";
import type { PositioningAuthorization } from "../positioning/types";
import type { DeviceBinding, DeviceListItem } from "./types";

// ---------- 绑定设备 (R-EP-1) ----------

/** What the rule says about binding a device of `kind` today, given the file's authorizations. */
function bindingRule(
  kind: DeviceKind | undefined,
  authorizations: readonly PositioningAuthorization[],
): { type: "info" | "success" | "error"; text: string } {
  if (!kind)
    return {
      type: "info",
      text: "电子定位手环属于电子定位装置，须有覆盖今天的已批准审批；手机不属于电子定位装置，其定位属于信息化核查，无需审批（R-EP-1）",
    };
  if (!deviceNeedsAuthorization(kind))
    return {
      type: "info",
      text: `${deviceKindLabels[kind]}不属于电子定位装置，定位属于信息化核查，无需审批（R-EP-1）`,
    };
  const covering = coveringAuthorization(authorizations, today());
  if (!covering)
    return {
      type: "error",
      text: "本档案没有覆盖今天的已批准审批，不能佩戴电子定位手环：请先提请使用电子定位装置，经县级社区矫正机构负责人批准后再绑定（R-EP-1）",
    };
  return {
    type: "success",
    text: `依据${covering.documentNumber ? `「${covering.documentNumber}」` : "已批准的审批"}（${periodText(covering)}）佩戴；期满自动解除绑定（R-EP-1）`,
  };
}

export function BindDeviceModal({
  subjectId,
  authorizations,
  bindings,
  ...p
}: DialogProps & {
  subjectId: string;
  authorizations: PositioningAuthorization[];
  bindings: DeviceBinding[];
}) {
  const devices = useRemote(
    (s) => api.get<Page<DeviceListItem>>("/api/devices", { bound: false, pageSize: 100 }, s),
    "free-devices",
  );
  const free = (devices.data?.items ?? []).filter((d) => d.active);
  const openKinds = new Set(bindings.filter((b) => !b.endedAt).map((b) => b.deviceKind));
  const kindOf = (id: string | undefined) => free.find((d) => d.id === id)?.kind;
  return (
    <StepModal<{ deviceId: string }>
      title="绑定定位设备"
      testId="binding-modal"
      fields={["deviceId"]}
      precheck={(v) => {
        const kind = kindOf(v.deviceId);
        if (!kind) return;
        if (openKinds.has(kind)) throw new DomainError("SUBJECT_DEVICE_BOUND", { field: "deviceId" });
        authorizationForBinding(kind, authorizations, today());
      }}
      submit={(v) => api.post(`/api/subjects/${subjectId}/device-bindings`, { deviceId: v.deviceId })}
      successText="已绑定"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const rule = bindingRule(
                kindOf(form.getFieldValue("deviceId") as string | undefined),
                authorizations,
              );
              return (
                <Alert
                  type={rule.type}
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="binding-rule"
                  title={rule.text}
                />
              );
            }}
          </Form.Item>
          {devices.error && (
            <Alert type="error" showIcon title={devices.error} style={{ marginBottom: 16 }} />
          )}
          <Form.Item
            name="deviceId"
            label="设备"
            extra="本县（区）登记且未绑定的设备；设备由县级社区矫正机构在“设备管理”中登记"
            rules={[{ required: true, message: "请选择设备" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              loading={devices.loading}
              notFoundContent="没有空闲的设备"
              options={free.map((d) => ({
                value: d.id,
                label: `${d.kindLabel} ${d.identifier}${d.model ? `（${d.model}）` : ""}`,
                disabled: openKinds.has(d.kind),
              }))}
            />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 解除绑定 ----------

export function EndBindingModal({ binding, ...p }: DialogProps & { binding: DeviceBinding }) {
  return (
    <StepModal<{ reason: string }>
      title="解除设备绑定"
      testId="end-binding-modal"
      fields={["reason"]}
      submit={(v) => api.post(`/api/device-bindings/${binding.id}/end`, { reason: v.reason.trim() })}
      successText="已解除绑定"
      {...p}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${binding.deviceKindLabel} ${binding.identifier}：解除后不再保存该设备上报的定位${
              binding.deviceKind === "bracelet" ? "；不再需要使用电子定位装置的，应及时解除（R-EP-1）" : ""
            }`}
          />
          <Form.Item
            name="reason"
            label="解除原因"
            rules={[{ required: true, whitespace: true, message: "请填写解除原因" }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
