import { ReloadOutlined } from "@ant-design/icons";
import type { Role } from "@zhijiao/domain";
import { auditActionLabels, roleLabels } from "@zhijiao/domain";
import { Alert, Button, Card, DatePicker, Select, Space, Table, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { AuditEntry, Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { dash, fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useCan } from "../auth/auth-context";

interface Filters {
  action?: string;
  from?: string;
  to?: string;
}

const resourceTypeLabels: Record<string, string> = {
  subject: "矫正对象档案",
  user: "用户",
  organization: "机构",
};

function auditColumns(canOpenFile: boolean): TableColumnsType<AuditEntry> {
  return [
    { title: "序号", dataIndex: "seq", width: 90, render: (v: number) => <span className="mono">{v}</span> },
    { title: "时间", dataIndex: "at", width: 180, render: (t: string) => fmtDateTime(t) },
    { title: "操作人", dataIndex: "actorUsername", width: 130, render: (v: string | null) => dash(v) },
    {
      title: "角色",
      dataIndex: "actorRole",
      width: 190,
      render: (r: Role | null, e) => e.actorRoleLabel ?? (r ? (roleLabels[r] ?? r) : "—"),
    },
    {
      title: "操作",
      dataIndex: "actionLabel",
      width: 250,
      render: (label: string, e) => (
        <span>
          {label || e.action}
          <Typography.Text type="secondary" className="mono" style={{ marginLeft: 6, fontSize: 12 }}>
            {e.action}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: "对象",
      key: "resource",
      ellipsis: true,
      render: (_, e) =>
        e.subjectId && canOpenFile ? (
          <Link to={`/subjects/${e.subjectId}`}>矫正对象档案</Link>
        ) : e.resourceType ? (
          <Tooltip title={e.resourceId ?? undefined}>
            {resourceTypeLabels[e.resourceType] ?? e.resourceType}
            {e.resourceId && (
              <Typography.Text type="secondary" className="mono" style={{ marginLeft: 6, fontSize: 12 }}>
                {e.resourceId.slice(0, 8)}
              </Typography.Text>
            )}
          </Tooltip>
        ) : (
          "—"
        ),
    },
    {
      title: "IP",
      dataIndex: "ip",
      width: 140,
      render: (v: string | null) => <span className="mono">{dash(v)}</span>,
    },
  ];
}

const actionOptions = Object.entries(auditActionLabels).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

function hasDetails(d: unknown): boolean {
  if (d === null || d === undefined) return false;
  if (typeof d === "object") return Object.keys(d).length > 0;
  return true;
}

export default function AuditPage() {
  const can = useCan();
  const columns = useMemo(() => auditColumns(can("subject:read")), [can]);
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const query = { page, pageSize, ...filters };
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Page<AuditEntry>>("/api/audit", query, signal),
    JSON.stringify(query),
  );

  const setFilter = (f: Partial<Filters>) => {
    setFilters((prev) => ({ ...prev, ...f }));
    setPage(1);
  };

  const onRange = (range: [Dayjs | null, Dayjs | null] | null) => {
    setFilter({
      from: range?.[0] ? range[0].startOf("day").format() : undefined,
      to: range?.[1] ? range[1].endOf("day").format() : undefined,
    });
  };

  return (
    <>
      <PageHeader title="审计日志" subTitle="所有查阅与变更均留痕，记录不可修改" />
      <Card variant="borderless">
        <div className="filter-bar" role="search">
          <Select<string>
            aria-label="操作"
            placeholder="全部操作"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={actionOptions}
            value={filters.action}
            onChange={(v) => setFilter({ action: v })}
            style={{ width: 280 }}
          />
          <DatePicker.RangePicker aria-label="时间范围" onChange={onRange} allowEmpty={[true, true]} />
          <Space style={{ marginLeft: "auto" }}>
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />
          </Space>
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<AuditEntry>
          rowKey="seq"
          size="middle"
          data-testid="audit-table"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          expandable={{
            rowExpandable: (e) => hasDetails(e.details),
            expandedRowRender: (e) => <pre className="json-block">{JSON.stringify(e.details, null, 2)}</pre>,
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t) => `共 ${t} 条`,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      </Card>
    </>
  );
}
