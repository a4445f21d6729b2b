/**
 * 监控中心 (issue 5, "Monitoring centre"): a map of the area with the latest position of each
 * subject heard from, the zones of the selected subject, and the alert queue beside it, all kept
 * current by the live stream (GET /api/live). Location data stays in the caller's scope (R-PR-3):
 * the server sends only what the caller may see.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { alertTypeLabels, zoneSourceValueLabels } from "@zhijiao/domain";
import { Alert, App, Badge, Button, Card, Descriptions, Space, Tag, Typography } from "antd";
import L from "leaflet";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "react-router-dom";
import { api, isApiError } from "../../api/client";
import type { Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useAuth, useMe } from "../auth/auth-context";
import { AlertQueue } from "./alert-queue";
import { callerCounty, display, tileConfig } from "../../components/map/map-base";
import type { LatestPosition, LiveMessage, LocationAlert, Zone } from "./types";
import { useLive, type LiveStatus } from "./use-live";
import { useBoundaryBase, useLeafletMap } from "../../components/map/use-map";
import { drawZones } from "../../components/map/zone-layer";
import "./monitoring.css";

/** A subject's last known place on the map. */
interface Spot {
  subjectId: string;
  name: string;
  lat: number;
  lon: number;
  time: string;
  battery: number | null;
  /** Where it comes from: the live stream, the latest stored fix, or only the alert's place. */
  source: "live" | "latest" | "alert";
}

/** Latest fixes fetched at most for this many subjects of the queue when the page opens. */
const LATEST_FETCH_LIMIT = 50;
/** How often positions received on the live stream are drawn. */
const POSITION_FLUSH_MS = 1000;

function byNewest(a: LocationAlert, b: LocationAlert): number {
  return b.openedAt.localeCompare(a.openedAt);
}

function LiveTag({ status }: { status: LiveStatus }) {
  const [color, text] =
    status === "open"
      ? (["success", "实时连接中"] as const)
      : status === "connecting"
        ? (["processing", "正在连接"] as const)
        : (["warning", "连接中断，正在重试"] as const);
  return (
    <Tag color={color} data-testid="live-status" data-status={status}>
      {text}
    </Tag>
  );
}

function spotColor(alerts: readonly LocationAlert[]): string {
  if (alerts.some((a) => a.status === "open")) return "#cf1322";
  if (alerts.length) return "#d46b08";
  return "#1677ff";
}

export default function MonitoringPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const canReadLocation = can("location:read");
  const canHandle = can("alert:handle");

  const alerts = useRemote(async (s) => {
    const [open, acknowledged] = await Promise.all([
      api.get<Page<LocationAlert>>("/api/alerts", { status: "open", pageSize: 100 }, s),
      api.get<Page<LocationAlert>>("/api/alerts", { status: "acknowledged", pageSize: 100 }, s),
    ]);
    return {
      items: [...open.items, ...acknowledged.items].sort(byNewest),
      open: open.total,
      acknowledged: acknowledged.total,
    };
  }, "alerts");
  const reloadAlerts = alerts.reload;
  const queue = useMemo(() => alerts.data?.items ?? [], [alerts.data]);

  const [spots, setSpots] = useState<Record<string, Spot>>({});
  const [selected, setSelected] = useState<{ subjectId: string; alertId: string | null } | null>(null);

  // Alert changes arrive as events: the queue is fetched again (a burst is fetched once).
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scheduleReload = useCallback(() => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(reloadAlerts, 250);
  }, [reloadAlerts]);
  useEffect(() => () => clearTimeout(reloadTimer.current), []);

  // Positions arrive by the thousand in a large area: they are drawn in batches, once a second.
  const pendingSpots = useRef(new Map<string, Spot>());
  useEffect(() => {
    const timer = setInterval(() => {
      if (pendingSpots.current.size === 0) return;
      const batch = [...pendingSpots.current.values()];
      pendingSpots.current.clear();
      setSpots((s) => {
        const next = { ...s };
        for (const spot of batch) {
          const before = next[spot.subjectId];
          if (before && before.source !== "alert" && before.time > spot.time) continue;
          next[spot.subjectId] = spot;
        }
        return next;
      });
    }, POSITION_FLUSH_MS);
    return () => clearInterval(timer);
  }, []);

  const onLive = useCallback(
    (m: LiveMessage) => {
      if (m.type === "position") {
        const queued = pendingSpots.current.get(m.subjectId);
        if (queued && queued.time > m.time) return;
        pendingSpots.current.set(m.subjectId, {
          subjectId: m.subjectId,
          name: m.subjectName,
          lat: m.lat,
          lon: m.lon,
          time: m.time,
          battery: m.battery,
          source: "live",
        });
      } else if (m.type === "alert") {
        if (m.change === "opened")
          void message.warning(`收到新报警：${alertTypeLabels[m.alertType] ?? m.alertType}`);
        scheduleReload();
      }
    },
    [message, scheduleReload],
  );
  const live = useLive(onLive);
  // After a reconnection, whatever changed while the stream was down is fetched again.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (live === "open" && wasOpen.current) scheduleReload();
    if (live === "open") wasOpen.current = true;
  }, [live, scheduleReload]);

  // The subjects of the queue get their latest stored fix, once each (R-PR-3: location:read).
  const fetched = useRef(new Set<string>());
  const queueSubjects = useMemo(() => [...new Set(queue.map((a) => a.subjectId))], [queue]);
  useEffect(() => {
    if (!canReadLocation) return;
    const todo = queueSubjects.filter((id) => !fetched.current.has(id)).slice(0, LATEST_FETCH_LIMIT);
    for (const id of todo) fetched.current.add(id);
    const names = new Map(queue.map((a) => [a.subjectId, a.subjectName]));
    for (const id of todo) {
      api
        .get<LatestPosition>(`/api/subjects/${id}/positions/latest`)
        .then((p) =>
          setSpots((s) => {
            const before = s[id];
            if (before && before.source !== "alert" && before.time >= p.time) return s;
            return {
              ...s,
              [id]: {
                subjectId: id,
                name: before?.name ?? names.get(id) ?? "",
                lat: p.lat,
                lon: p.lon,
                time: p.time,
                battery: p.battery,
                source: "latest",
              },
            };
          }),
        )
        .catch(() => undefined); // NO_POSITION: the alert's own place stands in
    }
  }, [queueSubjects, queue, canReadLocation]);

  // Everything to draw: live and stored fixes, else the place of the newest alert that has one.
  const alertsBySubject = useMemo(() => {
    const m = new Map<string, LocationAlert[]>();
    for (const a of queue) m.set(a.subjectId, [...(m.get(a.subjectId) ?? []), a]);
    return m;
  }, [queue]);
  const drawn = useMemo(() => {
    const all: Record<string, Spot> = { ...spots };
    for (const [subjectId, list] of alertsBySubject) {
      if (all[subjectId]) continue;
      const placed = list.find((a) => a.lat !== null && a.lon !== null);
      if (placed)
        all[subjectId] = {
          subjectId,
          name: placed.subjectName,
          lat: placed.lat!,
          lon: placed.lon!,
          time: placed.openedAt,
          battery: null,
          source: "alert",
        };
    }
    return all;
  }, [spots, alertsBySubject]);

  // ---- the map ----
  const { ref, map } = useLeafletMap();
  const county = callerCounty(me.org);
  const baseError = useBoundaryBase(map, county ? [county] : []);
  const markers = useRef(new Map<string, L.CircleMarker>());
  /** What each marker was last drawn as, so that only changed markers are touched. */
  const signatures = useRef(new Map<string, string>());
  const markerGroup = useRef<L.LayerGroup | null>(null);
  const zoneGroup = useRef<L.LayerGroup | null>(null);
  const selectRef = useRef((subjectId: string) => setSelected({ subjectId, alertId: null }));

  useEffect(() => {
    if (!map) return;
    const zonesLayer = L.layerGroup().addTo(map);
    const markersLayer = L.layerGroup().addTo(map);
    zoneGroup.current = zonesLayer;
    markerGroup.current = markersLayer;
    const current = markers.current;
    const drawnAs = signatures.current;
    return () => {
      zonesLayer.remove();
      markersLayer.remove();
      current.clear();
      drawnAs.clear();
      zoneGroup.current = null;
      markerGroup.current = null;
    };
  }, [map]);

  useEffect(() => {
    const group = markerGroup.current;
    if (!map || !group) return;
    const current = markers.current;
    const drawnAs = signatures.current;
    for (const [id, marker] of current)
      if (!drawn[id]) {
        marker.remove();
        current.delete(id);
        drawnAs.delete(id);
      }
    for (const spot of Object.values(drawn)) {
      const isSelected = selected?.subjectId === spot.subjectId;
      const fill = spotColor(alertsBySubject.get(spot.subjectId) ?? []);
      const signature = `${spot.lat},${spot.lon},${spot.time},${spot.source},${fill},${isSelected}`;
      if (drawnAs.get(spot.subjectId) === signature) continue;
      drawnAs.set(spot.subjectId, signature);
      const style: L.CircleMarkerOptions = {
        radius: isSelected ? 10 : 7,
        color: isSelected ? "#001d66" : "#ffffff",
        weight: isSelected ? 3 : 2,
        fillColor: fill,
        fillOpacity: spot.source === "alert" ? 0.55 : 0.95,
      };
      const tip = `${spot.name} · ${fmtDateTime(spot.time)}${spot.battery !== null ? ` · 电量 ${spot.battery}%` : ""}`;
      let marker = current.get(spot.subjectId);
      if (!marker) {
        marker = L.circleMarker(display(spot.lat, spot.lon), style).bindTooltip(tip).addTo(group);
        marker.on("click", () => selectRef.current(spot.subjectId));
        current.set(spot.subjectId, marker);
      } else {
        marker.setLatLng(display(spot.lat, spot.lon));
        marker.setStyle(style);
        marker.setTooltipContent(tip);
      }
      if (isSelected) marker.bringToFront();
    }
  }, [map, drawn, selected, alertsBySubject]);

  // ---- the selected subject and its zones ----
  const subjectId = selected?.subjectId ?? null;
  const zones = useRemote(
    (s) =>
      subjectId
        ? api.get<{ items: Zone[] }>(`/api/subjects/${subjectId}/zones`, undefined, s)
        : Promise.resolve({ items: [] as Zone[] }),
    `zones-${subjectId ?? ""}`,
  );
  useEffect(() => {
    const group = zoneGroup.current;
    if (!map || !group) return;
    group.clearLayers();
    return drawZones(group, zones.data?.items ?? []);
  }, [map, zones.data]);

  // On tiles, close enough to see the street; on the bare boundaries, keep the county in view.
  const centreOn = (lat: number, lon: number) => {
    map?.setView(display(lat, lon), Math.max(map.getZoom(), tileConfig ? 15 : 11));
  };

  const onSelectAlert = (a: LocationAlert) => {
    setSelected({ subjectId: a.subjectId, alertId: a.id });
    const known = a.lat !== null && a.lon !== null ? { lat: a.lat, lon: a.lon } : drawn[a.subjectId];
    if (known) {
      centreOn(known.lat, known.lon);
      return;
    }
    if (!canReadLocation) return;
    api
      .get<LatestPosition>(`/api/subjects/${a.subjectId}/positions/latest`)
      .then((p) => {
        setSpots((s) => ({
          ...s,
          [a.subjectId]: {
            subjectId: a.subjectId,
            name: a.subjectName,
            lat: p.lat,
            lon: p.lon,
            time: p.time,
            battery: p.battery,
            source: "latest",
          },
        }));
        centreOn(p.lat, p.lon);
      })
      .catch((e: unknown) => {
        if (isApiError(e) && e.code === "NO_POSITION") void message.info("该对象暂无定位数据");
      });
  };

  const spot = subjectId ? drawn[subjectId] : undefined;
  const selectedName =
    spot?.name || (subjectId ? (alertsBySubject.get(subjectId)?.[0]?.subjectName ?? "") : "");
  const liveCount = Object.values(spots).filter((s) => s.source === "live").length;

  return (
    <>
      <PageHeader
        title="监控中心"
        subTitle={`${me.org.name} · 待签收 ${alerts.data?.open ?? 0} · 处置中 ${alerts.data?.acknowledged ?? 0} · 实时定位 ${liveCount} 人`}
        tags={<LiveTag status={live} />}
        extra={
          <Space>
            <Link to="/monitoring/log">值班日志</Link>
            <Button icon={<ReloadOutlined />} onClick={reloadAlerts} aria-label="刷新" />
          </Space>
        }
      />
      {alerts.error && <Alert type="error" showIcon title={alerts.error} style={{ marginBottom: 12 }} />}
      <div className="monitoring-layout">
        <div className="monitoring-map-wrap">
          <div ref={ref} className="monitoring-map" data-testid="monitoring-map" />
          {baseError && <Alert className="monitoring-map-note" type="warning" showIcon title={baseError} />}
          <div className="monitoring-legend">
            <span>
              <Badge color="#cf1322" text="待签收报警" />
            </span>
            <span>
              <Badge color="#d46b08" text="处置中" />
            </span>
            <span>
              <Badge color="#1677ff" text="正常" />
            </span>
          </div>
        </div>
        <div className="monitoring-side">
          {subjectId && (
            <Card
              size="small"
              data-testid="selected-subject"
              title={selectedName || "矫正对象"}
              extra={
                <Button size="small" type="text" onClick={() => setSelected(null)} aria-label="取消选择">
                  ✕
                </Button>
              }
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: "time",
                    label: spot?.source === "alert" ? "报警位置" : "最新定位",
                    children: spot ? fmtDateTime(spot.time) : "暂无定位",
                  },
                  ...(spot?.battery !== null && spot?.battery !== undefined
                    ? [{ key: "battery", label: "电量", children: `${spot.battery}%` }]
                    : []),
                  {
                    key: "zones",
                    label: "电子围栏",
                    children: zones.error ? (
                      <Typography.Text type="secondary">未能加载</Typography.Text>
                    ) : (zones.data?.items.length ?? 0) === 0 ? (
                      "—"
                    ) : (
                      <Space size={[4, 4]} wrap>
                        {zones.data!.items.map((z, i) => (
                          <Tag
                            key={z.id ?? `${z.source}-${i}`}
                            color={z.kind === "exclusion" ? "red" : "green"}
                          >
                            {zoneSourceValueLabels[z.source] ?? z.source}：{z.name}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
              <Space style={{ marginTop: 8 }}>
                <Link to={`/subjects/${subjectId}`}>查看档案</Link>
                {canReadLocation && <Link to={`/subjects/${subjectId}/trajectory`}>轨迹回放</Link>}
                {canHandle && (
                  <Button
                    size="small"
                    data-testid="random-check"
                    onClick={() => {
                      api
                        .post(`/api/subjects/${subjectId}/random-checks`, { dueMinutes: 30 })
                        .then(() => void message.success("已发起随机抽查：请对象在 30 分钟内拍照并定位"))
                        .catch((e: unknown) => void message.error(isApiError(e) ? e.message : "发起失败"));
                    }}
                  >
                    随机抽查
                  </Button>
                )}
              </Space>
            </Card>
          )}
          <AlertQueue
            alerts={queue}
            loading={alerts.loading}
            selectedId={selected?.alertId ?? null}
            onSelect={onSelectAlert}
            onChanged={reloadAlerts}
            canHandle={canHandle}
            canProposeSanction={can("sanction:propose")}
            canReadLocation={canReadLocation}
          />
        </div>
      </div>
    </>
  );
}
