import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import type { InvestigationStatus } from "@zhijiao/domain";
import { investigationStatusLabels, investigationStatuses } from "@zhijiao/domain";
import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import type { Investigation, Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { daysLeftText } from "../../lib/case-rules";
import { dash } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useCan } from "../auth/auth-context";
import { CommissionModal } from "./commission-modal";
import { InvestigationStatusTag, OpinionTag } from "./investigation-tags";

function DueCell({ inv }: { inv: Investigation }) {
  if (inv.status === "concluded") return <span className="mono">{inv.dueOn}</span>;
  const { text, days } = daysLeftText(inv.dueOn);
  return (
    <Space size={4} wrap>
      <span className="mono">{inv.dueOn}</span>
      {inv.dueProvisional && <Tag color="gold">暂定</Tag>}
      <Typography.Text type={days < 0 ? "danger" : days <= 3 ? "warning" : "secondary"}>
        {text}
      </Typography.Text>
    </Space>
  );
}

const columns: TableColumnsType<Investigation> = [
  {
    title: "被调查人",
    dataIndex: "personName",
    width: 110,
    render: (name: string, r) => <Link to={`/investigations/${r.id}`}>{name}</Link>,
  },
  { title: "委托机关", dataIndex: "commissioningOrgName", ellipsis: true },
  {
    title: "收到委托",
    dataIndex: "receivedOn",
    width: 110,
    render: (d: string) => <span className="mono">{d}</span>,
  },
  {
    title: "速裁",
    dataIndex: "fastTrack",
    width: 70,
    align: "center",
    render: (f: boolean) => (f ? <Tag color="volcano">速裁</Tag> : null),
  },
  { title: "意见期限", key: "due", width: 220, render: (_, r) => <DueCell inv={r} /> },
  { title: "调查司法所", dataIndex: "officeName", width: 140, render: (v: string | null) => dash(v) },
  {
    title: "状态",
    dataIndex: "status",
    width: 110,
    render: (s: InvestigationStatus, r) => <InvestigationStatusTag status={s} label={r.statusLabel} />,
  },
  {
    title: "评估意见",
    dataIndex: "opinion",
    width: 130,
    render: (_: unknown, r) => <OpinionTag opinion={r.opinion} />,
  },
];

/** 调查评估: the commissions of the county, newest first. */
export default function InvestigationListPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const status = (params.get("status") ?? "") as InvestigationStatus | "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = { status: status || undefined, page, pageSize: 20 };
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<Page<Investigation>>("/api/investigations", query, signal),
    JSON.stringify(query),
  );
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== "page") next.delete("page");
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="调查评估"
        subTitle="接受法院、检察院、公安机关、监狱委托（R-IV-1）"
        extra={
          can("investigation:create") && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="commission-new"
            >
              登记委托
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <div className="filter-bar">
          <Segmented<string>
            value={status}
            onChange={(v) => set("status", v || undefined)}
            options={[
              { value: "", label: "全部" },
              ...investigationStatuses.map((s) => ({ value: s, label: investigationStatusLabels[s] })),
            ]}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={reload}
            aria-label="刷新"
            style={{ marginLeft: "auto" }}
          />
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Table<Investigation>
          rowKey="id"
          size="middle"
          data-testid="investigation-table"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            showTotal: (t) => `共 ${t} 件`,
            onChange: (p) => set("page", p > 1 ? String(p) : undefined),
          }}
        />
      </Card>
      {creating && (
        <CommissionModal
          onClose={() => setCreating(false)}
          onCreated={(inv) => {
            setCreating(false);
            void navigate(`/investigations/${inv.id}`);
          }}
        />
      )}
    </>
  );
}
