/**
 * 值班日志 (issue 5): one day's location alerts of the caller's area, grouped by type, with
 * who was out of bounds or offline and what was done about each, per organisation. Printable.
 */
import { PrinterOutlined } from "@ant-design/icons";
import { alertTypeLabels, alertTypes, type AlertType } from "@zhijiao/domain";
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from "antd";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { DATE_FORMAT, dash, fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useMe } from "../auth/auth-context";
import { AlertStatusTag, ClearedTag, EscalationTag } from "./alert-parts";
import type { LocationAlert } from "./types";
import "./monitoring.css";

/** Pages of 100 read at most for one day (newest first, stopping at the day's start). */
const MAX_PAGES = 30;

/** The alerts opened on `day` (local time), read newest first until the day's start. */
async function alertsOfDay(
  day: Dayjs,
  signal: AbortSignal,
): Promise<{ items: LocationAlert[]; truncated: boolean }> {
  const from = day.startOf("day").valueOf();
  const until = day.add(1, "day").startOf("day").valueOf();
  const items: LocationAlert[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await api.get<Page<LocationAlert>>("/api/alerts", { page, pageSize: 100 }, signal);
    for (const a of res.items) {
      const t = Date.parse(a.openedAt);
      if (t >= from && t < until) items.push(a);
    }
    const oldest = res.items[res.items.length - 1];
    if (!oldest || Date.parse(oldest.openedAt) < from || page * 100 >= res.total)
      return { items, truncated: false };
  }
  return { items, truncated: true };
}

export default function DutyLogPage() {
  const me = useMe();
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [office, setOffice] = useState<string | undefined>(undefined);
  const key = day.format(DATE_FORMAT);
  const log = useRemote((s) => alertsOfDay(day, s), `duty-log-${key}`);

  const offices = useMemo(
    () => [...new Map((log.data?.items ?? []).map((a) => [a.officeId, a.officeName])).entries()],
    [log.data],
  );
  const shown = useMemo(
    () => (log.data?.items ?? []).filter((a) => !office || a.officeId === office),
    [log.data, office],
  );
  const byType = useMemo(() => {
    const m = new Map<AlertType, LocationAlert[]>();
    for (const a of shown) m.set(a.type, [...(m.get(a.type) ?? []), a]);
    return alertTypes.filter((t) => m.has(t)).map((t) => ({ type: t, items: m.get(t)! }));
  }, [shown]);

  const people = (types: AlertType[]) =>
    new Set(shown.filter((a) => types.includes(a.type)).map((a) => a.subjectId)).size;
  const resolved = shown.filter((a) => a.status === "resolved").length;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: "监控中心", to: "/monitoring" }, { title: "值班日志" }]}
        title="值班日志"
        subTitle={`${me.org.name} · ${key}`}
        extra={
          <Space>
            <DatePicker
              aria-label="日期"
              value={day}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
              onChange={(d) => d && setDay(d)}
            />
            {offices.length > 1 && (
              <Select
                aria-label="机构"
                allowClear
                placeholder="全部机构"
                style={{ width: 180 }}
                value={office}
                onChange={setOffice}
                options={offices.map(([value, label]) => ({ value, label }))}
              />
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
          </Space>
        }
      />
      {log.error && <Alert type="error" showIcon title={log.error} style={{ marginBottom: 12 }} />}
      {log.data?.truncated && (
        <Alert type="warning" showIcon title="当日报警过多，仅列出最近的部分" style={{ marginBottom: 12 }} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="duty-log-summary">
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title="报警总数" value={shown.length} loading={log.loading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title="越界或进入禁区（人）" value={people(["out_of_zone", "forbidden_zone"])} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title="设备离线（人）" value={people(["offline"])} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title="已处置 / 未处置" value={`${resolved} / ${shown.length - resolved}`} />
          </Card>
        </Col>
      </Row>
      {!log.loading && byType.length === 0 && (
        <Card variant="borderless">
          <Empty description="当日没有报警" />
        </Card>
      )}
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {byType.map(({ type, items }) => (
          <Card
            key={type}
            variant="borderless"
            size="small"
            data-testid={`duty-log-${type}`}
            title={`${alertTypeLabels[type]}（${items.length}）`}
          >
            <Table<LocationAlert>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={items}
              columns={[
                { title: "时间", dataIndex: "openedAt", width: 170, render: (v: string) => fmtDateTime(v) },
                {
                  title: "矫正对象",
                  dataIndex: "subjectName",
                  render: (v: string, a) => <Link to={`/subjects/${a.subjectId}`}>{v}</Link>,
                },
                { title: "司法所", dataIndex: "officeName" },
                {
                  title: "状态",
                  key: "status",
                  render: (_, a) => (
                    <Space size={4}>
                      <AlertStatusTag alert={a} />
                      <ClearedTag alert={a} />
                      <EscalationTag level={a.escalationLevel} />
                    </Space>
                  ),
                },
                { title: "处置结论", dataIndex: "dispositionLabel", render: (v: string | null) => dash(v) },
                {
                  title: "处置情况",
                  dataIndex: "resolutionComment",
                  render: (v: string | null) => (
                    <Typography.Text ellipsis={{ tooltip: v }}>{dash(v)}</Typography.Text>
                  ),
                },
                {
                  title: "处置时间",
                  dataIndex: "resolvedAt",
                  width: 170,
                  render: (v: string | null) => fmtDateTime(v),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
    </>
  );
}
