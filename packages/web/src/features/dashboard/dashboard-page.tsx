import {
  ExportOutlined,
  ImportOutlined,
  ReloadOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from "@ant-design/icons";
import type { Category, Level } from "@zhijiao/domain";
import { categories, categoryLabels, levelLabels, levels } from "@zhijiao/domain";
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Statistic } from "antd";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { api } from "../../api/client";
import type { Dashboard } from "../../api/types";
import { EChart } from "../../components/echart";
import type { ChartOption } from "../../components/echart";
import { PageHeader } from "../../components/page-header";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { levelChartColors } from "../subjects/subject-tags";

const categoryColors: Record<Category, string> = {
  "01": "#5470c6",
  "02": "#91cc75",
  "03": "#fac858",
  "04": "#ee6666",
};

function StatCard(props: {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  color: string;
  testId: string;
}) {
  return (
    <Card className="stat-card" variant="borderless" data-testid={props.testId}>
      <div className="stat-card-body">
        <div className="stat-card-icon" style={{ background: props.color }}>
          {props.icon}
        </div>
        <Statistic
          title={props.title}
          value={props.value ?? "—"}
          suffix={props.value === undefined ? undefined : "人"}
        />
      </div>
    </Card>
  );
}

function categoryOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}：{c} 人（{d}%）" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{c} 人" },
        data: categories.map((c) => ({
          name: categoryLabels[c],
          value: d.inCorrection.byCategory[c] ?? 0,
          itemStyle: { color: categoryColors[c] },
        })),
      },
    ],
  };
}

function levelOption(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: "category", data: levels.map((l: Level) => levelLabels[l]) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      {
        type: "bar",
        name: "人数",
        barMaxWidth: 48,
        label: { show: true, position: "top" },
        data: levels.map((l) => ({
          value: d.inCorrection.byLevel[l] ?? 0,
          itemStyle: { color: levelChartColors[l] },
        })),
      },
    ],
  };
}

function officeOption(d: Dashboard): ChartOption {
  const rows = [...d.inCorrection.byOffice].sort((a, b) => a.count - b.count);
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: rows.map((r) => r.officeName) },
    series: [
      {
        type: "bar",
        name: "在矫人数",
        barMaxWidth: 22,
        itemStyle: { color: "#1f5fbf" },
        label: { show: true, position: "right" },
        data: rows.map((r) => r.count),
      },
    ],
  };
}

export default function DashboardPage() {
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Dashboard>("/api/dashboard", {}, signal),
    "",
  );
  const charts = useMemo(
    () =>
      data ? { category: categoryOption(data), level: levelOption(data), office: officeOption(data) } : null,
    [data],
  );
  const officeHeight = Math.max(240, (data?.inCorrection.byOffice.length ?? 0) * 32 + 40);

  return (
    <>
      <PageHeader
        title="工作台"
        subTitle={data ? `数据截至 ${fmtDateTime(data.asOf)}` : undefined}
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            刷新
          </Button>
        }
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="在矫人数"
            value={data?.inCorrection.total}
            icon={<TeamOutlined />}
            color="#1f5fbf"
            testId="stat-in-correction"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="本月接收"
            value={data?.receivedThisMonth}
            icon={<ImportOutlined />}
            color="#13a8a8"
            testId="stat-received"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="本月解矫"
            value={data?.releasedThisMonth}
            icon={<ExportOutlined />}
            color="#7c8db5"
            testId="stat-released"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="未成年人"
            value={data?.minors}
            icon={<UserSwitchOutlined />}
            color="#cf1322"
            testId="stat-minors"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title="在矫对象 · 按矫正类别" variant="borderless">
            {charts ? (
              data && data.inCorrection.total > 0 ? (
                <EChart
                  option={charts.category}
                  ariaLabel="在矫对象按矫正类别分布"
                  data-testid="chart-category"
                />
              ) : (
                <Empty description="暂无在矫对象" />
              )
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="在矫对象 · 按管理等级" variant="borderless">
            {charts ? (
              <EChart option={charts.level} ariaLabel="在矫对象按管理等级分布" data-testid="chart-level" />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title="在矫对象 · 按司法所" variant="borderless">
            {charts ? (
              data && data.inCorrection.byOffice.length > 0 ? (
                <EChart
                  option={charts.office}
                  height={officeHeight}
                  ariaLabel="在矫对象按司法所分布"
                  data-testid="chart-office"
                />
              ) : (
                <Empty description="暂无数据" />
              )
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
