/**
 * 设备管理 (issue 5): the devices of the caller's county (bracelets and phones), bound or free, and
 * for the county agency the registration of a new device. A device's token is shown once, right
 * after registration, with how to point the device at the platform: only its SHA-256 is stored.
 */
import { CopyOutlined, PlusOutlined } from "@ant-design/icons";
import type { DeviceKind } from "@zhijiao/domain";
import { checkDeviceIdentifier, deviceKindLabels, deviceKinds } from "@zhijiao/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { useRef, useState } from "react";
import { Link } from "react-router-dom";
import { api, isApiError } from "../../api/client";
import type { Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { StepModal } from "../../components/step-modal";
import { codeOptions, fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { DeviceListItem, RegisteredDevice } from "./types";
import "../positioning/positioning.css";

/** The JT/T 808 listener's port unless the server was started with another `ZHIJIAO_JT808_PORT`. */
const JT808_DEFAULT_PORT = 6808;

const identifierRules: Record<DeviceKind, string> = {
  bracelet: "终端手机号（JT/T 808 终端上报的号码，11-20 位数字，保留前导 0）",
  phone: "IMEI 或手机端应用的设备标识（4-64 位字母、数字、点、下划线或连字符）",
};

interface RegisterValues {
  kind: DeviceKind;
  identifier: string;
  model?: string;
  offlineMinutes?: number;
  lowBatteryPercent?: number;
}

function RegisterDeviceModal({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (d: RegisteredDevice) => void;
}) {
  const { user } = useAuth();
  const registered = useRef<RegisteredDevice | null>(null);
  return (
    <StepModal<RegisterValues>
      title="登记定位设备"
      testId="device-register-modal"
      fields={["kind", "identifier", "model", "offlineMinutes", "lowBatteryPercent"]}
      initialValues={{ kind: "bracelet", offlineMinutes: 10, lowBatteryPercent: 20 }}
      precheck={(v) => checkDeviceIdentifier(v.kind, v.identifier)}
      submit={async (v) => {
        registered.current = await api.post<RegisteredDevice>("/api/devices", {
          kind: v.kind,
          identifier: v.identifier.trim(),
          model: v.model?.trim() || undefined,
          offlineAfterSeconds: v.offlineMinutes ? Math.round(v.offlineMinutes * 60) : undefined,
          lowBatteryPercent: v.lowBatteryPercent,
        });
      }}
      successText="已登记"
      onClose={onClose}
      onDone={() => {
        if (registered.current) onRegistered(registered.current);
      }}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => {
              const kind = form.getFieldValue("kind") as DeviceKind;
              return (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="device-kind-rule"
                  title={
                    kind === "bracelet"
                      ? "电子定位手环属于电子定位装置：须经县级社区矫正机构负责人批准后方可为矫正对象佩戴（R-EP-1）"
                      : "手机不属于电子定位装置：其定位属于信息化核查，绑定无需审批（R-EP-1）"
                  }
                  description={`设备归属：${user?.org.name ?? "本机构"}；设备编号全平台唯一`}
                />
              );
            }}
          </Form.Item>
          <Form.Item name="kind" label="设备类型" rules={[{ required: true }]}>
            <Radio.Group options={codeOptions(deviceKinds, deviceKindLabels)} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => (
              <Form.Item
                name="identifier"
                label="设备编号"
                extra={identifierRules[form.getFieldValue("kind") as DeviceKind]}
                rules={[{ required: true, whitespace: true, message: "请填写设备编号" }]}
              >
                <Input maxLength={64} autoComplete="off" className="mono" />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="model" label="型号">
            <Input maxLength={100} />
          </Form.Item>
          <Space size={16} wrap>
            <Form.Item name="offlineMinutes" label="离线报警（分钟无定位）" extra="1-1440 分钟，默认 10">
              <InputNumber min={1} max={1440} />
            </Form.Item>
            <Form.Item name="lowBatteryPercent" label="低电量报警（%）" extra="1-99，默认 20">
              <InputNumber min={1} max={99} />
            </Form.Item>
          </Space>
        </>
      )}
    </StepModal>
  );
}

/** Copies `text`, with the old way for pages not served over HTTPS (no Clipboard API there). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}

function TokenModal({ device, onClose }: { device: RegisteredDevice; onClose: () => void }) {
  const { message } = App.useApp();
  const origin = window.location.origin;
  const copy = async () => {
    try {
      await copyText(device.token);
      void message.success("已复制设备凭证");
    } catch {
      void message.error("复制失败，请手工选中后复制");
    }
  };
  return (
    <Modal
      open
      title={`设备已登记：${device.kindLabel} ${device.identifier}`}
      width={720}
      mask={{ closable: false }}
      closable={false}
      footer={
        <Button type="primary" data-testid="device-token-close" onClick={onClose}>
          我已保存凭证，关闭
        </Button>
      }
    >
      <div data-testid="device-token-modal">
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="设备凭证只显示这一次"
          description="平台只保存凭证的摘要，关闭后任何人都无法再次查看；请立即配置到设备或妥善保存。"
        />
        <Typography.Text strong>设备凭证</Typography.Text>
        <Space.Compact style={{ width: "100%", margin: "8px 0 16px" }}>
          <code className="device-token" data-testid="device-token" style={{ flex: 1 }}>
            {device.token}
          </code>
          <Button icon={<CopyOutlined />} data-testid="device-token-copy" onClick={() => void copy()}>
            复制
          </Button>
        </Space.Compact>
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: "http",
              label: "HTTP 上传",
              children: (
                <>
                  <div className="mono">POST {origin}/api/ingest/positions</div>
                  <div className="mono">Authorization: Device &lt;凭证&gt;</div>
                </>
              ),
            },
            {
              key: "osmand",
              label: "Traccar Client（OsmAnd）",
              children: (
                <>
                  <div className="mono">{origin}/api/ingest/osmand?key=&lt;凭证&gt;</div>
                  <div>设备标识（id）：{device.identifier}</div>
                </>
              ),
            },
            ...(device.kind === "bracelet"
              ? [
                  {
                    key: "jt808",
                    label: "JT/T 808（手环）",
                    children: (
                      <>
                        <div>
                          服务器：<span className="mono">{window.location.hostname}</span>，TCP 端口{" "}
                          <span className="mono">{JT808_DEFAULT_PORT}</span>（默认，以服务器配置的
                          ZHIJIAO_JT808_PORT 为准）
                        </div>
                        <div>
                          终端手机号：<span className="mono">{device.identifier}</span>
                          （终端注册后以平台下发的鉴权码鉴权，无需凭证）
                        </div>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </div>
    </Modal>
  );
}

type BoundFilter = "all" | "bound" | "free";

export default function DevicesPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [kind, setKind] = useState<DeviceKind | undefined>(undefined);
  const [bound, setBound] = useState<BoundFilter>("all");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [registering, setRegistering] = useState(false);
  const [shown, setShown] = useState<RegisteredDevice | null>(null);

  const list = useRemote(
    (s) =>
      api.get<Page<DeviceListItem>>(
        "/api/devices",
        { kind, bound: bound === "all" ? undefined : bound === "bound", page, pageSize },
        s,
      ),
    `devices:${kind ?? ""}:${bound}:${page}:${pageSize}`,
  );

  const columns: TableColumnsType<DeviceListItem> = [
    {
      title: "类型",
      dataIndex: "kindLabel",
      render: (v: string, d) => <Tag color={d.kind === "bracelet" ? "geekblue" : "cyan"}>{v}</Tag>,
    },
    { title: "设备编号", dataIndex: "identifier", render: (v: string) => <span className="mono">{v}</span> },
    { title: "型号", dataIndex: "model", render: (v: string | null) => v ?? "—" },
    {
      title: "报警阈值",
      key: "thresholds",
      render: (_, d) =>
        `离线 ${Math.round(d.offlineAfterSeconds / 60)} 分钟 · 低电量 ${d.lowBatteryPercent}%`,
    },
    {
      title: "绑定",
      key: "binding",
      render: (_, d) =>
        d.binding ? (
          <Space size={4} orientation="vertical">
            <Link to={`/subjects/${d.binding.subjectId}`}>{d.binding.subjectName ?? "矫正对象"}</Link>
            <Typography.Text type="secondary">{fmtDateTime(d.binding.boundAt)} 起</Typography.Text>
          </Space>
        ) : d.bound ? (
          <Tag>已绑定（无权查看该档案）</Tag>
        ) : (
          <Tag color="green">空闲</Tag>
        ),
    },
    {
      title: "状态",
      dataIndex: "active",
      render: (v: boolean) => (v ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>),
    },
    { title: "登记时间", dataIndex: "createdAt", render: (v: string) => fmtDateTime(v) },
    ...(can("device:manage")
      ? [
          {
            title: "凭证",
            key: "token",
            render: (_: unknown, d: DeviceListItem) => (
              <Button
                size="small"
                data-testid={`device-token-${d.identifier}`}
                onClick={() => {
                  api
                    .post<RegisteredDevice>(`/api/devices/${d.id}/token`)
                    .then(setShown)
                    .catch((e: unknown) => void message.error(isApiError(e) ? e.message : "重新生成失败"));
                }}
              >
                重新生成
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="设备管理"
        subTitle="电子定位手环与手机定位设备"
        extra={
          can("device:manage") && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="device-register"
              onClick={() => setRegistering(true)}
            >
              登记设备
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Space size={12} style={{ marginBottom: 16 }} wrap>
          <Select<DeviceKind>
            allowClear
            placeholder="全部类型"
            style={{ width: 160 }}
            value={kind}
            options={codeOptions(deviceKinds, deviceKindLabels)}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            data-testid="device-filter-kind"
          />
          <Radio.Group
            optionType="button"
            value={bound}
            options={[
              { value: "all", label: "全部" },
              { value: "bound", label: "已绑定" },
              { value: "free", label: "空闲" },
            ]}
            onChange={(e) => {
              setBound(e.target.value as BoundFilter);
              setPage(1);
            }}
          />
        </Space>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
        <Table<DeviceListItem>
          rowKey="id"
          size="middle"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: "没有设备" }}
          onRow={(d) => ({ "data-testid": `device-${d.identifier}` }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 台`,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      </Card>
      {registering && (
        <RegisterDeviceModal
          onClose={() => setRegistering(false)}
          onRegistered={(d) => {
            setRegistering(false);
            setShown(d);
            list.reload();
          }}
        />
      )}
      {shown && <TokenModal device={shown} onClose={() => setShown(null)} />}
    </>
  );
}
