import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import type { Category, Level, SubjectStatus } from "@zhijiao/domain";
import {
  categories,
  categoryLabels,
  levels,
  levelLabels,
  sexLabels,
  subjectStatuses,
  subjectStatusLabels,
} from "@zhijiao/domain";
import { Alert, Button, Card, Input, Select, Space, Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import type { Page, SubjectSummary } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { codeOptions, dash, fmtPeriod } from "../../lib/format";
import { useOrganizations } from "../../lib/use-organizations";
import { useRemote } from "../../lib/use-remote";
import { useCan } from "../auth/auth-context";
import { LevelTag, StatusTag } from "./subject-tags";

const FILTER_KEYS = ["status", "category", "level", "officeId", "q"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

function intParam(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export default function SubjectListPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = intParam(params.get("page"), 1, 100000);
  const pageSize = intParam(params.get("pageSize"), 20, 100);
  const filters: Record<FilterKey, string | undefined> = {
    status: params.get("status") ?? undefined,
    category: params.get("category") ?? undefined,
    level: params.get("level") ?? undefined,
    officeId: params.get("officeId") ?? undefined,
    q: params.get("q") ?? undefined,
  };
  const query = { page, pageSize, ...filters };
  const offices = useOrganizations("office");
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Page<SubjectSummary>>("/api/subjects", query, signal),
    JSON.stringify(query),
  );

  /** Changing a filter goes back to the first page; the query string is the state. */
  const setFilter = (key: FilterKey, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("page");
    setParams(next);
  };
  const setPage = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set("page", String(p));
    else next.delete("page");
    if (size !== 20) next.set("pageSize", String(size));
    else next.delete("pageSize");
    setParams(next);
  };
  const hasFilters = FILTER_KEYS.some((k) => filters[k]);

  const columns: TableColumnsType<SubjectSummary> = [
    {
      title: "姓名",
      dataIndex: "name",
      width: 110,
      fixed: "left",
      render: (name: string, r) => <Link to={`/subjects/${r.id}`}>{name}</Link>,
    },
    { title: "性别", dataIndex: "sex", width: 64, render: (s: SubjectSummary["sex"]) => sexLabels[s] },
    {
      title: "身份证号",
      dataIndex: "idNumberMasked",
      width: 190,
      render: (v: string | null) => <span className="mono">{dash(v)}</span>,
    },
    { title: "类别", dataIndex: "categoryLabel", width: 120 },
    {
      title: "管理等级",
      dataIndex: "level",
      width: 96,
      render: (l: Level, r) => <LevelTag level={l} label={r.levelLabel} />,
    },
    {
      title: "状态",
      dataIndex: "status",
      width: 120,
      render: (s: SubjectStatus, r) => <StatusTag status={s} label={r.statusLabel} />,
    },
    { title: "司法所", dataIndex: "officeName", ellipsis: true },
    {
      title: "矫正期限",
      key: "period",
      width: 210,
      render: (_, r) => fmtPeriod(r.correctionStartOn, r.correctionEndOn),
    },
    {
      title: "未成年",
      dataIndex: "minor",
      width: 84,
      align: "center",
      render: (m: boolean) => (m ? <Tag color="red">未成年</Tag> : null),
    },
  ];

  return (
    <>
      <PageHeader
        title="矫正对象"
        extra={
          can("subject:create") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/subjects/new")}>
              新增矫正对象
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <div className="filter-bar" role="search">
          <Input.Search
            aria-label="搜索矫正对象"
            placeholder="姓名或身份证号后4/6位"
            allowClear
            defaultValue={filters.q}
            key={filters.q ?? ""}
            onSearch={(v) => setFilter("q", v.trim() || undefined)}
            style={{ width: 240 }}
            data-testid="subject-search"
          />
          <Select<Category>
            aria-label="类别"
            placeholder="矫正类别"
            allowClear
            value={filters.category as Category | undefined}
            options={codeOptions(categories, categoryLabels)}
            onChange={(v) => setFilter("category", v)}
            style={{ width: 150 }}
          />
          <Select<Level>
            aria-label="管理等级"
            placeholder="管理等级"
            allowClear
            value={filters.level as Level | undefined}
            options={codeOptions(levels, levelLabels)}
            onChange={(v) => setFilter("level", v)}
            style={{ width: 120 }}
          />
          <Select<SubjectStatus>
            aria-label="状态"
            placeholder="状态"
            allowClear
            value={filters.status as SubjectStatus | undefined}
            options={codeOptions(subjectStatuses, subjectStatusLabels)}
            onChange={(v) => setFilter("status", v)}
            style={{ width: 140 }}
          />
          <Select<string>
            aria-label="司法所"
            placeholder="司法所"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            loading={offices.loading}
            value={filters.officeId}
            options={(offices.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v) => setFilter("officeId", v)}
            style={{ width: 200 }}
          />
          <Space style={{ marginLeft: "auto" }}>
            {hasFilters && <Button onClick={() => setParams(new URLSearchParams())}>清除筛选</Button>}
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />
          </Space>
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<SubjectSummary>
          rowKey="id"
          data-testid="subject-table"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} 人`,
            onChange: setPage,
          }}
        />
      </Card>
    </>
  );
}
