import type { Role } from "@zhijiao/domain";
import { roleLabels } from "@zhijiao/domain";
import { Alert, Table } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import type { AuditEntry, Page } from "../../api/types";
import { dash, fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";

const columns: TableColumnsType<AuditEntry> = [
  { title: "时间", dataIndex: "at", width: 180, render: (t: string) => fmtDateTime(t) },
  { title: "操作人", dataIndex: "actorUsername", width: 140, render: (v: string | null) => dash(v) },
  {
    title: "角色",
    dataIndex: "actorRole",
    width: 200,
    render: (r: Role | null, e) => e.actorRoleLabel ?? (r ? (roleLabels[r] ?? r) : "—"),
  },
  { title: "操作", dataIndex: "actionLabel" },
  {
    title: "IP",
    dataIndex: "ip",
    width: 150,
    render: (v: string | null) => <span className="mono">{dash(v)}</span>,
  },
];

/** Who did what to this file, newest first. */
export function SubjectAuditTable({ subjectId }: { subjectId: string }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, loading, error } = useRemote(
    (signal) => api.get<Page<AuditEntry>>(`/api/subjects/${subjectId}/audit`, { page, pageSize }, signal),
    `${subjectId}:${page}:${pageSize}`,
  );
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        data-testid="subject-audit-table"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
      />
    </>
  );
}
