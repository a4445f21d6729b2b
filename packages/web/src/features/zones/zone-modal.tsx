/**
 * 新增电子围栏: a circle or polygon drawn on the map, a 禁止区域 (exclusion; optionally the place
 * of a court ban, R-LV-5) or a 允许区域 (inclusion; with a daily window it is a curfew). The form
 * shows what the zone will be and runs the domain's checks of shape, window and source before
 * sending.
 */
import type { ZoneKindValue } from "@zhijiao/domain";
import {
  ZONE_POLYGON_MAX_POINTS,
  ZONE_RADIUS_MAX_M,
  ZONE_RADIUS_MIN_M,
  ZONE_TOLERANCE_MAX_M,
  drawnZoneSource,
  validateDailyWindow,
  validateDrawnShape,
  zoneSourceValueLabels,
} from "@zhijiao/domain";
import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Space, TimePicker } from "antd";
import type { Dayjs } from "dayjs";
import { api } from "../../api/client";
import { StepModal } from "../../components/step-modal";
import type { CourtBan } from "../court-bans/types";
import type { ZoneItem } from "./types";
import { ZoneDrawInput, type DrawnPoint } from "./zone-map";

interface ZoneValues {
  kind: ZoneKindValue;
  courtBanId?: string;
  name: string;
  shapeType: "circle" | "polygon";
  /** The drawn points (WGS-84 `[lat, lon]`); the API shape is composed on sending. */
  shape: DrawnPoint[];
  radiusM?: number;
  toleranceM?: number;
  dailyFrom?: Dayjs | null;
  dailyUntil?: Dayjs | null;
  active?: [Dayjs | null, Dayjs | null] | null;
}

/** The zone's shape as the API takes it: polygon rings in GeoJSON order `[lon, lat]`, closed. */
export function composeShape(type: "circle" | "polygon", points: readonly DrawnPoint[], radiusM?: number) {
  if (type === "circle") {
    const c = points[0];
    return { type, lat: c?.[0], lon: c?.[1], radiusM };
  }
  const ring = points.map(([lat, lon]) => [lon, lat] as [number, number]);
  if (ring.length > 0) ring.push(ring[0]!);
  return { type, rings: [ring] };
}

const clock = (d: Dayjs | null | undefined) => (d ? d.format("HH:mm") : undefined);

function windowOf(v: Pick<ZoneValues, "dailyFrom" | "dailyUntil">) {
  return validateDailyWindow(clock(v.dailyFrom), clock(v.dailyUntil));
}

/** What the zone will be, in the words of the rules. */
function ZoneRule({ values, bans }: { values: Partial<ZoneValues>; bans: readonly CourtBan[] }) {
  const kind = values.kind ?? "exclusion";
  const ban = bans.find((b) => b.id === values.courtBanId);
  let source: string;
  let bad: string | null = null;
  try {
    const daily = kind === "inclusion" ? windowOf(values) : null;
    source = zoneSourceValueLabels[drawnZoneSource(kind, { courtBan: !!ban, daily: !!daily })];
  } catch (e) {
    source = "—";
    bad = (e as Error).message;
  }
  const meaning =
    kind === "exclusion"
      ? "禁止进入区域：进入即报警"
      : "允许活动区域：设每日时段的为宵禁，时段内须在区域内，离开即报警；不设时段的与居住地区域一并作为允许活动范围";
  return (
    <Alert
      type={bad ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="zone-rule"
      title={
        <span>
          来源：<strong data-testid="zone-source">{source}</strong>。{meaning}
        </span>
      }
      description={
        bad ??
        (ban
          ? `依禁止令（R-LV-5）所禁止的场所设置，默认自 ${ban.fromOn} 00:00 至 ${ban.untilOn} 24:00 生效`
          : `圆形半径 ${ZONE_RADIUS_MIN_M}～${ZONE_RADIUS_MAX_M} 米；多边形至少 3 个顶点、不超过 ${ZONE_POLYGON_MAX_POINTS} 个；容差 0～${ZONE_TOLERANCE_MAX_M} 米，用于抵消定位误差（允许区域外扩、禁止区域内缩）`)
      }
    />
  );
}

export function ZoneModal({
  subjectId,
  zones,
  county,
  bans,
  onClose,
  onDone,
}: {
  subjectId: string;
  zones: readonly ZoneItem[];
  county: string | null;
  bans: readonly CourtBan[];
  onClose: () => void;
  onDone: () => void;
}) {
  const compose = (v: ZoneValues) => {
    const daily = v.kind === "inclusion" ? windowOf(v) : null;
    const [from, until] = v.active ?? [null, null];
    return {
      kind: v.kind,
      name: v.name.trim(),
      shape: composeShape(v.shapeType, v.shape, v.radiusM),
      toleranceM: v.toleranceM ?? 0,
      ...(from ? { activeFrom: from.toISOString() } : {}),
      ...(until ? { activeUntil: until.toISOString() } : {}),
      ...(daily ? { dailyFrom: daily.from, dailyUntil: daily.until } : {}),
      ...(v.courtBanId ? { courtBanId: v.courtBanId } : {}),
    };
  };
  return (
    <StepModal<ZoneValues>
      title="新增电子围栏"
      testId="zone-modal"
      width={820}
      fields={["kind", "courtBanId", "name", "shape", "radiusM", "toleranceM", "dailyFrom", "dailyUntil"]}
      initialValues={{ kind: "exclusion", shapeType: "circle", shape: [], radiusM: 200, toleranceM: 0 }}
      precheck={(v) => {
        const body = compose(v);
        validateDrawnShape(body.shape);
        drawnZoneSource(v.kind, { courtBan: !!v.courtBanId, daily: !!body.dailyFrom });
      }}
      submit={(v) => api.post(`/api/subjects/${subjectId}/zones`, compose(v))}
      successText="已设置电子围栏"
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <Form.Item noStyle shouldUpdate>
            {() => <ZoneRule values={form.getFieldsValue(true) as Partial<ZoneValues>} bans={bans} />}
          </Form.Item>
          <Form.Item name="kind" label="围栏类型" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: "exclusion", label: "禁止区域" },
                { value: "inclusion", label: "允许区域/宵禁" },
              ]}
              onChange={(e) => {
                if (e.target.value === "inclusion") form.setFieldValue("courtBanId", undefined);
              }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              form.getFieldValue("kind") === "exclusion" ? (
                <Form.Item name="courtBanId" label="依据的禁止令" extra="可选：设置禁止令所禁止进入的场所">
                  <Select
                    allowClear
                    placeholder={bans.length ? "不依据禁止令" : "本档案没有登记禁止令"}
                    disabled={bans.length === 0}
                    options={bans.map((b) => ({
                      value: b.id,
                      label: `${b.fromOn} 至 ${b.untilOn}：${b.places}`,
                    }))}
                    onChange={(id: string | undefined) => {
                      const ban = bans.find((b) => b.id === id);
                      if (ban && !(form.getFieldValue("name") as string | undefined))
                        form.setFieldValue("name", ban.places.slice(0, 100));
                    }}
                  />
                </Form.Item>
              ) : (
                <Space size={16} align="start">
                  <Form.Item name="dailyFrom" label="每日开始" extra="宵禁等每日时段，可跨零点">
                    <TimePicker format="HH:mm" minuteStep={5} />
                  </Form.Item>
                  <Form.Item name="dailyUntil" label="每日结束">
                    <TimePicker format="HH:mm" minuteStep={5} />
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
          <Form.Item
            name="name"
            label="围栏名称"
            rules={[{ required: true, whitespace: true, message: "请填写名称" }]}
          >
            <Input maxLength={100} placeholder="如：某某酒吧、居所（宵禁）" />
          </Form.Item>
          <Space size={16} align="start" wrap>
            <Form.Item name="shapeType" label="形状">
              <Radio.Group
                optionType="button"
                options={[
                  { value: "circle", label: "圆形" },
                  { value: "polygon", label: "多边形" },
                ]}
                onChange={() => form.setFieldValue("shape", [])}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.shapeType !== b.shapeType}>
              {() =>
                form.getFieldValue("shapeType") === "circle" ? (
                  <Form.Item
                    name="radiusM"
                    label="半径（米）"
                    rules={[{ required: true, message: "请填写半径" }]}
                  >
                    <InputNumber min={ZONE_RADIUS_MIN_M} max={ZONE_RADIUS_MAX_M} step={50} />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
            <Form.Item name="toleranceM" label="容差（米）">
              <InputNumber min={0} max={ZONE_TOLERANCE_MAX_M} step={50} />
            </Form.Item>
            <Form.Item name="active" label="生效期间（可选）">
              <DatePicker.RangePicker
                showTime={{ format: "HH:mm" }}
                format="YYYY-MM-DD HH:mm"
                allowEmpty={[true, true]}
                placeholder={["立即", "长期"]}
              />
            </Form.Item>
          </Space>
          <Form.Item noStyle shouldUpdate={(a, b) => a.shapeType !== b.shapeType || a.radiusM !== b.radiusM}>
            {() => {
              const mode = form.getFieldValue("shapeType") as "circle" | "polygon";
              return (
                <Form.Item
                  name="shape"
                  label="在地图上绘制"
                  rules={[
                    {
                      validator: (_, points: DrawnPoint[] | undefined) => {
                        const n = points?.length ?? 0;
                        if (mode === "circle" && n < 1)
                          return Promise.reject(new Error("请在地图上点击设置圆心"));
                        if (mode === "polygon" && n < 3)
                          return Promise.reject(new Error("请在地图上依次点击至少 3 个顶点"));
                        return Promise.resolve();
                      },
                    },
                  ]}
                >
                  <ZoneDrawInput
                    mode={mode}
                    radiusM={form.getFieldValue("radiusM") as number | undefined}
                    zones={zones}
                    county={county}
                  />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
