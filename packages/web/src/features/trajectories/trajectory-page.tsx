/**
 * 轨迹回放 (issue 5): a subject's positions over a time range as a line on the map, replayed by a
 * moving marker (time slider, play/pause, 1×/10×/60×), with the stops (≥ 5 min within 100 m)
 * listed beside it. Every fetch of a trajectory is audited by the server (R-PR-3).
 */
import { CaretRightOutlined, PauseOutlined, SearchOutlined } from "@ant-design/icons";
import { detectStops, type TrackStop } from "@zhijiao/domain";
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  List,
  Segmented,
  Slider,
  Space,
  Statistic,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import { PageHeader } from "../../components/page-header";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { display } from "../../components/map/map-base";
import type { TrackPoint, Trajectory, Zone } from "../alerts/types";
import { useBoundaryBase, useLeafletMap } from "../../components/map/use-map";
import { drawZones } from "../../components/map/zone-layer";
import "../alerts/monitoring.css";

type Speed = 1 | 10 | 60;
type Range = [Dayjs, Dayjs];

/** The range a link asks for (`?from&to`, or `?at` for 12 hours either side), else the last 24 hours. */
function initialRange(params: URLSearchParams): Range {
  const now = dayjs();
  const from = params.get("from");
  const to = params.get("to");
  if (from && to && dayjs(from).isValid() && dayjs(to).isValid()) return [dayjs(from), dayjs(to)];
  const at = params.get("at");
  if (at && dayjs(at).isValid()) {
    const end = dayjs(at).add(12, "hour");
    return [dayjs(at).subtract(12, "hour"), end.isAfter(now) ? now : end];
  }
  return [now.subtract(24, "hour"), now];
}

/** Where the subject was at `t`: between the two fixes around it, in proportion to time. */
export function positionAt(points: readonly TrackPoint[], times: readonly number[], t: number) {
  if (points.length === 0) return null;
  if (t <= times[0]!) return { lat: points[0]!.lat, lon: points[0]!.lon, index: 0 };
  const last = points.length - 1;
  if (t >= times[last]!) return { lat: points[last]!.lat, lon: points[last]!.lon, index: last };
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const f = (t - times[lo]!) / (times[hi]! - times[lo]! || 1);
  const a = points[lo]!;
  const b = points[hi]!;
  return { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f, index: lo };
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} 分钟`;
  const h = Math.floor(minutes / 60);
  return `${h} 小时${minutes % 60 ? ` ${minutes % 60} 分钟` : ""}`;
}

const TICK_MS = 100;

export default function TrajectoryPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const [pending, setPending] = useState<Range>(() => initialRange(params));
  const [range, setRange] = useState<Range>(pending);
  const fromIso = range[0].toISOString();
  const toIso = range[1].toISOString();

  const subject = useRemote(
    (s) =>
      api.get<{ id: string; name: string; residenceDivisionCode: string }>(
        `/api/subjects/${id}`,
        undefined,
        s,
      ),
    `subject-${id}`,
  );
  const track = useRemote(
    (s) => api.get<Trajectory>(`/api/subjects/${id}/positions`, { from: fromIso, to: toIso }, s),
    `track-${id}-${fromIso}-${toIso}`,
  );
  const zones = useRemote(
    (s) => api.get<{ items: Zone[] }>(`/api/subjects/${id}/zones`, undefined, s),
    `zones-${id}`,
  );

  const points = useMemo(() => track.data?.items ?? [], [track.data]);
  const times = useMemo(() => points.map((p) => Date.parse(p.time)), [points]);
  const stops = useMemo(() => detectStops(points), [points]);
  const start = times[0] ?? 0;
  const end = times[times.length - 1] ?? 0;

  // ---- playback ----
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(10);
  useEffect(() => {
    setT(start);
    setPlaying(false);
  }, [start, end]);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setT((now) => {
        const next = now + TICK_MS * speed;
        if (next >= end) {
          setPlaying(false);
          return end;
        }
        return next;
      });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, end]);
  const here = positionAt(points, times, t);
  const hereFix = here ? points[here.index] : undefined;

  // ---- the map ----
  const { ref, map } = useLeafletMap();
  const county = subject.data?.residenceDivisionCode?.slice(0, 6);
  const baseError = useBoundaryBase(map, county ? [county] : [], points.length === 0);
  const mover = useRef<L.CircleMarker | null>(null);

  useEffect(() => {
    if (!map) return;
    const group = L.layerGroup().addTo(map);
    const stopDrawing = drawZones(group, zones.data?.items ?? []);
    return () => {
      stopDrawing();
      group.remove();
    };
  }, [map, zones.data]);

  useEffect(() => {
    if (!map || points.length === 0) return;
    const group = L.layerGroup().addTo(map);
    const latlngs = points.map((p) => display(p.lat, p.lon));
    const line = L.polyline(latlngs, { color: "#1677ff", weight: 3, opacity: 0.85 }).addTo(group);
    L.circleMarker(latlngs[0]!, { radius: 6, color: "#fff", weight: 2, fillColor: "#389e0d", fillOpacity: 1 })
      .bindTooltip(`起点 ${fmtDateTime(points[0]!.time)}`)
      .addTo(group);
    L.circleMarker(latlngs[latlngs.length - 1]!, {
      radius: 6,
      color: "#fff",
      weight: 2,
      fillColor: "#cf1322",
      fillOpacity: 1,
    })
      .bindTooltip(`终点 ${fmtDateTime(points[points.length - 1]!.time)}`)
      .addTo(group);
    stops.forEach((s, i) =>
      L.circleMarker(display(s.lat, s.lon), {
        radius: 8,
        color: "#d46b08",
        weight: 2,
        fillColor: "#ffd591",
        fillOpacity: 0.9,
      })
        .bindTooltip(
          `停留 ${i + 1}：${dayjs(s.from).format("HH:mm")}–${dayjs(s.until).format("HH:mm")}（${duration(s.durationMs)}）`,
        )
        .addTo(group),
    );
    mover.current = L.circleMarker(latlngs[0]!, {
      radius: 9,
      color: "#fff",
      weight: 3,
      fillColor: "#0958d9",
      fillOpacity: 1,
    }).addTo(group);
    const bounds = line.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16 });
    return () => {
      mover.current = null;
      group.remove();
    };
  }, [map, points, stops]);

  useEffect(() => {
    if (here) mover.current?.setLatLng(display(here.lat, here.lon));
  }, [here]);

  const goToStop = (s: TrackStop) => {
    setPlaying(false);
    setT(Date.parse(s.from));
    map?.setView(display(s.lat, s.lon), Math.max(map.getZoom(), 16));
  };

  const name = subject.data?.name ?? "";
  const data = track.data;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { title: "矫正对象", to: "/subjects" },
          { title: name || "…", to: `/subjects/${id}` },
          { title: "轨迹回放" },
        ]}
        title={`轨迹回放${name ? `：${name}` : ""}`}
        tags={
          data?.downsampled ? (
            <Tooltip title={`区间内共 ${data.total} 个定位点，按时间均匀抽取 ${data.items.length} 个显示`}>
              <Tag color="orange" data-testid="track-downsampled">
                已抽稀
              </Tag>
            </Tooltip>
          ) : null
        }
      />
      <div className="trajectory-controls">
        <DatePicker.RangePicker
          aria-label="时间范围"
          showTime={{ format: "HH:mm" }}
          format="YYYY-MM-DD HH:mm"
          value={pending}
          allowClear={false}
          presets={[
            { label: "最近 1 小时", value: [dayjs().subtract(1, "hour"), dayjs()] },
            { label: "最近 24 小时", value: [dayjs().subtract(24, "hour"), dayjs()] },
            { label: "最近 7 天", value: [dayjs().subtract(7, "day"), dayjs()] },
            { label: "最近 30 天", value: [dayjs().subtract(30, "day"), dayjs()] },
          ]}
          onChange={(v) => {
            if (v?.[0] && v[1]) setPending([v[0], v[1]]);
          }}
        />
        <Button
          type="primary"
          icon={<SearchOutlined />}
          onClick={() => setRange(pending)}
          data-testid="track-query"
        >
          查询
        </Button>
        <Space size={24}>
          <Statistic
            title="定位点"
            value={data?.items.length ?? 0}
            loading={track.loading}
            valueRender={(v) => <span data-testid="track-count">{v}</span>}
          />
          {data?.downsampled && <Statistic title="区间内共" value={data.total} />}
          <Statistic
            title="停留点"
            value={stops.length}
            valueRender={(v) => <span data-testid="track-stops">{v}</span>}
          />
        </Space>
      </div>
      {track.error && <Alert type="error" showIcon title={track.error} style={{ marginBottom: 12 }} />}
      <div className="monitoring-layout trajectory-layout">
        <div className="monitoring-map-wrap">
          <div ref={ref} className="monitoring-map" data-testid="trajectory-map" />
          {baseError && <Alert className="monitoring-map-note" type="warning" showIcon title={baseError} />}
          {!track.loading && data && points.length === 0 && (
            <Alert className="monitoring-map-note" type="info" showIcon title="该时间段内没有定位数据" />
          )}
        </div>
        <Card size="small" className="monitoring-side" title={`停留点（≥ 5 分钟，100 米内）`}>
          {stops.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有停留点" />
          ) : (
            <List
              size="small"
              dataSource={stops}
              renderItem={(s, i) => (
                <List.Item key={s.firstIndex} className="trajectory-stop" onClick={() => goToStop(s)}>
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>
                      {i + 1}. {dayjs(s.from).format("MM-DD HH:mm")} – {dayjs(s.until).format("HH:mm")}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      停留 {duration(s.durationMs)} · {s.points} 个定位点 · {s.lat.toFixed(5)},{" "}
                      {s.lon.toFixed(5)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      </div>
      <div className="trajectory-player">
        <Button
          type="primary"
          shape="circle"
          disabled={points.length < 2}
          icon={playing ? <PauseOutlined /> : <CaretRightOutlined />}
          aria-label={playing ? "暂停" : "播放"}
          data-testid="track-play"
          onClick={() => {
            if (!playing && t >= end) setT(start);
            setPlaying(!playing);
          }}
        />
        <Segmented<Speed>
          value={speed}
          onChange={setSpeed}
          options={[
            { value: 1, label: "1×" },
            { value: 10, label: "10×" },
            { value: 60, label: "60×" },
          ]}
        />
        <Slider
          min={start}
          max={end || 1}
          step={1000}
          value={t}
          disabled={points.length < 2}
          tooltip={{ formatter: (v) => (v ? dayjs(v).format("MM-DD HH:mm:ss") : "") }}
          onChange={(v) => {
            setPlaying(false);
            setT(v);
          }}
        />
        <span className="mono" data-testid="track-time">
          {points.length ? dayjs(t).format("YYYY-MM-DD HH:mm:ss") : "—"}
        </span>
        {hereFix?.speed !== null && hereFix?.speed !== undefined && (
          <span>{hereFix.speed.toFixed(1)} km/h</span>
        )}
        {hereFix?.battery !== null && hereFix?.battery !== undefined && <span>电量 {hereFix.battery}%</span>}
      </div>
    </>
  );
}
