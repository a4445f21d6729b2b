/**
 * "电子定位" on the subject file (issue 5): the positioning authorizations (R-EP-1) with their
 * approval form and document, the device bindings, the zones in force on a small map, random
 * checks, and the file's location alerts. Every control is shown by the caller's abilities; the
 * server enforces each one again. Loaded on demand with its map (Leaflet).
 */
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { compareDates, coveringAuthorization } from "@zhijiao/domain";
import { Alert, App, Button, Card, List, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { api, download, errorMessage } from "../../api/client";
import type { Page, Subject } from "../../api/types";
import { fmtDateTime } from "../../lib/format";
import { today } from "../../lib/case-rules";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { AlertStatusTag, AlertTypeTag, ResolveAlertModal } from "../alerts/alert-parts";
import type { LocationAlert } from "../alerts/types";
import { DecisionModal } from "../../components/decision-modal";
import type { CourtBan } from "../court-bans/types";
import {
  BindDeviceModal,
  EndBindingModal,
  PositioningProposeModal,
  PositioningSummary,
  RandomCheckModal,
  periodText,
} from "./positioning-modals";
import type { DeviceBinding, PositioningAuthorization, RandomCheck, ZoneItem } from "./types";
import { ZoneMap } from "../zones/zone-map";
import { ZoneModal } from "../zones/zone-modal";

const statusColors: Record<string, string> = {
  proposed: "processing",
  approved: "success",
  rejected: "default",
  ended: "default",
  pending: "processing",
  answered: "success",
  missed: "error",
};

function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={statusColors[status] ?? "default"}>{label}</Tag>;
}

function Section({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}

function shapeText(z: ZoneItem): string {
  const s = z.shape;
  if (s.type === "circle") return `圆形，半径 ${s.radiusM} 米`;
  if (s.type === "polygon") return `多边形，${Math.max(0, (s.rings[0]?.length ?? 1) - 1)} 个顶点`;
  return `行政区划 ${s.code}`;
}

function zoneTimes(z: ZoneItem): string | null {
  const parts: string[] = [];
  if (z.activeFrom || z.activeUntil)
    parts.push(
      `${z.activeFrom ? fmtDateTime(z.activeFrom) : "即日"} 至 ${z.activeUntil ? fmtDateTime(z.activeUntil) : "长期"}`,
    );
  if (z.dailyFrom && z.dailyUntil) parts.push(`每日 ${z.dailyFrom}–${z.dailyUntil}`);
  return parts.length ? parts.join("，") : null;
}

const EMPTY_ZONES: ZoneItem[] = [];

export default function PositioningTab({ subject, onChanged }: { subject: Subject; onChanged: () => void }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [modal, setModal] = useState<ReactNode>(null);
  const id = subject.id;
  const inCorrection = subject.status === "in_correction" && !subject.archived;
  const county = /^\d{6}/.test(subject.residenceDivisionCode)
    ? subject.residenceDivisionCode.slice(0, 6)
    : null;

  const auths = useRemote(
    (s) =>
      api.get<{ items: PositioningAuthorization[] }>(`/api/subjects/${id}/positioning-authorizations`, {}, s),
    `pa:${id}`,
  );
  const bindings = useRemote(
    (s) => api.get<{ items: DeviceBinding[] }>(`/api/subjects/${id}/device-bindings`, {}, s),
    `db:${id}`,
  );
  const zones = useRemote(
    (s) => api.get<{ items: ZoneItem[] }>(`/api/subjects/${id}/zones`, {}, s),
    `z:${id}`,
  );
  const bans = useRemote(
    (s) => api.get<{ items: CourtBan[] }>(`/api/subjects/${id}/court-bans`, {}, s),
    `cb:${id}`,
  );
  const checks = useRemote(
    (s) => api.get<{ items: RandomCheck[] }>(`/api/subjects/${id}/random-checks`, {}, s),
    `rc:${id}`,
  );
  const alerts = useRemote(
    (s) => api.get<Page<LocationAlert>>("/api/alerts", { subjectId: id, pageSize: 20 }, s),
    `al:${id}`,
  );

  const authItems = useMemo(() => auths.data?.items ?? [], [auths.data]);
  const bindingItems = bindings.data?.items ?? [];
  const zoneItems = zones.data?.items ?? EMPTY_ZONES;
  const checkItems = checks.data?.items ?? [];

  const close = () => setModal(null);
  const done = () => {
    close();
    auths.reload();
    bindings.reload();
    zones.reload();
    checks.reload();
    alerts.reload();
    onChanged();
  };
  const m = { onClose: close, onDone: done };

  const get = async (path: string, name: string) => {
    try {
      await download(path, name);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const endZone = async (z: ZoneItem) => {
    try {
      await api.delete(`/api/zones/${z.id}`);
      void message.success("已停用电子围栏");
      zones.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const acknowledge = async (a: LocationAlert) => {
    try {
      await api.post(`/api/alerts/${a.id}/acknowledge`);
      void message.success("已签收");
      alerts.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  // The approval whose 审批表 GET …/documents/positioning-approval answers: the latest one decided.
  const latestApproval = authItems
    .filter((a) => (a.status === "approved" || a.status === "ended") && a.decidedAt)
    .sort((a, b) => b.decidedAt!.localeCompare(a.decidedAt!))[0];
  const pending = authItems.some((a) => a.status === "proposed");
  const covering = coveringAuthorization(authItems, today());

  const authColumns: TableColumnsType<PositioningAuthorization> = [
    {
      title: "使用期限",
      key: "period",
      render: (_, a) => (
        <Space size={4} wrap>
          <span className="mono">{periodText(a)}</span>
          {a.extendsId && <Tag color="purple">延长</Tag>}
        </Space>
      ),
    },
    { title: "适用情形", dataIndex: "conditionLabel" },
    {
      title: "事实和理由",
      key: "facts",
      ellipsis: true,
      render: (_, a) => (
        <Typography.Text
          ellipsis={{ tooltip: a.reassessment ? `${a.facts}；重新评估：${a.reassessment}` : a.facts }}
        >
          {a.facts}
          {a.reassessment ? `；重新评估：${a.reassessment}` : ""}
        </Typography.Text>
      ),
    },
    {
      title: "状态",
      key: "status",
      render: (_, a) => (
        <Space size={4} orientation="vertical">
          <StatusTag status={a.status} label={a.statusLabel} />
          {a.status === "ended" && a.endedOn && (
            <Typography.Text type="secondary">{a.endedOn} 届满</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: "审批",
      key: "decision",
      render: (_, a) =>
        a.decidedAt ? (
          <Space size={2} orientation="vertical">
            <span>
              {a.decidedByName ?? ""} {fmtDateTime(a.decidedAt)}
            </span>
            {a.documentNumber && <span className="mono">{a.documentNumber}</span>}
            {a.decisionComment && <Typography.Text type="secondary">{a.decisionComment}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {a.proposedByName ?? ""} {fmtDateTime(a.proposedAt)} 提请
          </Typography.Text>
        ),
    },
    {
      title: "",
      key: "act",
      render: (_, a) => (
        <Space size={4}>
          {a.status === "proposed" && can("positioning:decide") && (
            <Button
              size="small"
              type="primary"
              data-testid={`positioning-decide-${a.id}`}
              onClick={() =>
                setModal(
                  <DecisionModal
                    title="审批使用电子定位装置"
                    path={`/api/positioning-authorizations/${a.id}/decision`}
                    summary={<PositioningSummary a={a} />}
                    testId="positioning-decision-modal"
                    {...m}
                  />,
                )
              }
            >
              审批
            </Button>
          )}
          {latestApproval?.id === a.id && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              data-testid="positioning-document"
              onClick={() =>
                void get(`/api/subjects/${id}/documents/positioning-approval`, "使用电子定位装置审批表.docx")
              }
            >
              审批表
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const bindingColumns: TableColumnsType<DeviceBinding> = [
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
        const a = authItems.find((x) => x.id === b.authorizationId);
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
            onClick={() => setModal(<EndBindingModal binding={b} {...m} />)}
          >
            解除绑定
          </Button>
        ) : null,
    },
  ];

  const checkColumns: TableColumnsType<RandomCheck> = [
    { title: "发起时间", dataIndex: "requestedAt", render: (v: string) => fmtDateTime(v) },
    { title: "回应时限", dataIndex: "dueAt", render: (v: string) => fmtDateTime(v) },
    { title: "说明", dataIndex: "note", render: (v: string | null) => v ?? "—" },
    { title: "状态", key: "s", render: (_, c) => <StatusTag status={c.status} label={c.statusLabel} /> },
    {
      title: "回应",
      key: "a",
      render: (_, c) =>
        c.answeredAt
          ? `${fmtDateTime(c.answeredAt)}${c.lat !== null && c.lon !== null ? `（${c.lat.toFixed(5)}, ${c.lon.toFixed(5)}）` : ""}`
          : "—",
    },
  ];

  const alertColumns: TableColumnsType<LocationAlert> = [
    { title: "类型", key: "t", render: (_, a) => <AlertTypeTag alert={a} /> },
    { title: "发生时间", dataIndex: "openedAt", render: (v: string) => fmtDateTime(v) },
    { title: "围栏", dataIndex: "zoneName", render: (v: string | null) => v ?? "—" },
    { title: "状态", key: "s", render: (_, a) => <AlertStatusTag alert={a} /> },
    {
      title: "处置",
      key: "d",
      render: (_, a) =>
        a.dispositionLabel
          ? `${a.dispositionLabel}${a.resolutionComment ? `：${a.resolutionComment}` : ""}`
          : "—",
    },
    {
      title: "",
      key: "act",
      render: (_, a) => (
        <Space size={4}>
          {a.status === "open" && can("alert:handle") && (
            <Button size="small" onClick={() => void acknowledge(a)}>
              签收
            </Button>
          )}
          {a.status !== "resolved" && can("alert:handle") && (
            <Button
              size="small"
              onClick={() =>
                setModal(<ResolveAlertModal alert={a} canProposeSanction={can("sanction:propose")} {...m} />)
              }
            >
              处置
            </Button>
          )}
          {can("location:read") && (
            <Link
              to={`/subjects/${id}/trajectory?at=${encodeURIComponent(a.openedAt)}`}
              data-testid={`alert-trajectory-${a.id}`}
            >
              轨迹
            </Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="positioning-tab">
      {!inCorrection && (
        <Alert
          type="info"
          showIcon
          title="对象不在矫正期间，不能提请使用电子定位装置、绑定设备或设置电子围栏"
          style={{ marginBottom: 16 }}
        />
      )}
      <Space size={16} style={{ marginBottom: 12 }} wrap>
        {can("location:read") && (
          <Link to={`/subjects/${id}/trajectory`} data-testid="positioning-trajectory">
            轨迹回放
          </Link>
        )}
        <Link to="/monitoring">监控中心</Link>
        {covering ? (
          <Tag color="success" data-testid="positioning-in-force">
            电子定位装置审批有效至 {covering.untilOn}
          </Tag>
        ) : (
          <Tag data-testid="positioning-in-force">无有效的电子定位装置审批</Tag>
        )}
      </Space>

      <Section
        title="定位审批（R-EP-1）"
        testId="positioning-authorizations"
        extra={
          can("positioning:propose") &&
          inCorrection &&
          !pending && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="positioning-new"
              onClick={() => setModal(<PositioningProposeModal subjectId={id} existing={authItems} {...m} />)}
            >
              提请使用
            </Button>
          )
        }
      >
        {auths.error && <Alert type="error" showIcon title={auths.error} style={{ marginBottom: 12 }} />}
        <Table<PositioningAuthorization>
          rowKey="id"
          size="small"
          pagination={false}
          loading={auths.loading}
          columns={authColumns}
          dataSource={authItems}
          locale={{ emptyText: "没有使用电子定位装置的审批" }}
        />
      </Section>

      <Section
        title="设备绑定"
        testId="device-bindings"
        extra={
          can("device:bind") &&
          inCorrection && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="binding-new"
              onClick={() =>
                setModal(
                  <BindDeviceModal
                    subjectId={id}
                    authorizations={authItems}
                    bindings={bindingItems}
                    {...m}
                  />,
                )
              }
            >
              绑定设备
            </Button>
          )
        }
      >
        {bindings.error && (
          <Alert type="error" showIcon title={bindings.error} style={{ marginBottom: 12 }} />
        )}
        <Table<DeviceBinding>
          rowKey="id"
          size="small"
          pagination={false}
          loading={bindings.loading}
          columns={bindingColumns}
          dataSource={bindingItems}
          locale={{ emptyText: "未绑定定位设备" }}
        />
      </Section>

      <Section
        title="电子围栏"
        testId="zones"
        extra={
          can("zone:manage") &&
          inCorrection && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="zone-new"
              onClick={() =>
                setModal(
                  <ZoneModal
                    subjectId={id}
                    zones={zoneItems}
                    county={county}
                    bans={(bans.data?.items ?? []).filter((b) => compareDates(b.untilOn, today()) >= 0)}
                    {...m}
                  />,
                )
              }
            >
              新增围栏
            </Button>
          )
        }
      >
        {zones.error && <Alert type="error" showIcon title={zones.error} style={{ marginBottom: 12 }} />}
        <ZoneMap zones={zoneItems} county={county} />
        <List
          size="small"
          data-testid="zone-list"
          dataSource={zoneItems}
          loading={zones.loading}
          locale={{ emptyText: "没有生效的电子围栏" }}
          renderItem={(z) => {
            const times = zoneTimes(z);
            return (
              <List.Item
                key={z.id ?? `residence:${z.name}`}
                data-testid={z.id ? `zone-${z.id}` : "zone-residence"}
                extra={
                  z.id && can("zone:manage") && !subject.archived ? (
                    <Popconfirm
                      title="停用该电子围栏？"
                      description="停用后不再据此报警，记录保留"
                      okText="停用"
                      cancelText="取消"
                      onConfirm={() => endZone(z)}
                    >
                      <Button size="small" data-testid={`zone-end-${z.id}`}>
                        停用
                      </Button>
                    </Popconfirm>
                  ) : null
                }
              >
                <Space size={8} wrap>
                  <Tag color={z.kind === "exclusion" ? "red" : "green"}>{z.kindLabel}</Tag>
                  <Tag>{z.sourceLabel}</Tag>
                  <strong>{z.name}</strong>
                  <Typography.Text type="secondary">{shapeText(z)}</Typography.Text>
                  {z.toleranceM > 0 && (
                    <Typography.Text type="secondary">容差 {z.toleranceM} 米</Typography.Text>
                  )}
                  {times && <Typography.Text type="secondary">{times}</Typography.Text>}
                </Space>
              </List.Item>
            );
          }}
        />
      </Section>

      <Section
        title="随机抽查"
        testId="random-checks"
        extra={
          can("alert:handle") &&
          inCorrection &&
          !checkItems.some((c) => c.status === "pending") && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              data-testid="random-check-new"
              onClick={() => setModal(<RandomCheckModal subjectId={id} {...m} />)}
            >
              发起抽查
            </Button>
          )
        }
      >
        {checks.error && <Alert type="error" showIcon title={checks.error} style={{ marginBottom: 12 }} />}
        <Table<RandomCheck>
          rowKey="id"
          size="small"
          pagination={false}
          loading={checks.loading}
          columns={checkColumns}
          dataSource={checkItems}
          locale={{ emptyText: "没有随机抽查记录" }}
        />
      </Section>

      <Section
        title={`定位报警${alerts.data ? `（共 ${alerts.data.total} 条${alerts.data.total > 20 ? "，显示最近 20 条" : ""}）` : ""}`}
        testId="subject-alerts"
        extra={<Link to="/monitoring">在监控中心处理</Link>}
      >
        {alerts.error && <Alert type="error" showIcon title={alerts.error} style={{ marginBottom: 12 }} />}
        <Table<LocationAlert>
          rowKey="id"
          size="small"
          pagination={false}
          loading={alerts.loading}
          columns={alertColumns}
          dataSource={alerts.data?.items ?? []}
          locale={{ emptyText: "没有定位报警" }}
        />
      </Section>
      {modal}
    </div>
  );
}
