/** 电子围栏 on the file: the zones in force on a small map, added and ended here. */
import { compareDates } from "@zhijiao/domain";
import { Alert, App, Button, List, Popconfirm, Space, Tag, Typography } from "antd";
import { api, errorMessage } from "../../api/client";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { today } from "../../lib/case-rules";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { CourtBan } from "../court-bans/types";
import { ZoneMap } from "./zone-map";
import { ZoneModal } from "./zone-modal";
import type { ZoneItem } from "./types";

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

export function ZonesPanel({ subject, inCorrection, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const id = subject.id;
  const d = useDialog(onChanged);
  const county = /^\d{6}/.test(subject.residenceDivisionCode)
    ? subject.residenceDivisionCode.slice(0, 6)
    : null;
  const zones = useRemote(
    (s) => api.get<{ items: ZoneItem[] }>(`/api/subjects/${id}/zones`, {}, s),
    `z:${id}:${version}`,
  );
  const bans = useRemote(
    (s) => api.get<{ items: CourtBan[] }>(`/api/subjects/${id}/court-bans`, {}, s),
    `cb:${id}`,
  );
  const zoneItems = zones.data?.items ?? EMPTY_ZONES;

  const endZone = async (z: ZoneItem) => {
    try {
      await api.delete(`/api/zones/${z.id}`);
      void message.success("已停用电子围栏");
      zones.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <SectionCard
      title="电子围栏"
      testId="zones"
      extra={
        can("zone:manage") &&
        inCorrection && (
          <AddButton
            testId="zone-new"
            onClick={() =>
              d.open(
                <ZoneModal
                  subjectId={id}
                  zones={zoneItems}
                  county={county}
                  bans={(bans.data?.items ?? []).filter((b) => compareDates(b.untilOn, today()) >= 0)}
                  {...d.props}
                />,
              )
            }
          >
            新增围栏
          </AddButton>
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
      {d.dialog}
    </SectionCard>
  );
}
