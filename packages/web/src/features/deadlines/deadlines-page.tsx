import { ReloadOutlined } from "@ant-design/icons";
import { deadlineKindLabels, deadlineKinds } from "@zhijiao/domain";
import type { DeadlineKind } from "@zhijiao/domain";
import { Alert, Badge, Button, Card, Col, Row, Select, Space, Table, Tabs, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import type { Deadline, Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { codeOptions } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useMe } from "../auth/auth-context";
import { DaysLeft, DeadlineStateTag, DueDateText, RuleTag, caseLink } from "./deadline-parts";
import { NoticeList, useUnreadNotices } from "../notices/notices";

const tabs = [
  { key: "overdue", label: "已逾期" },
  { key: "due_soon", label: "即将到期" },
  { key: "open", label: "全部" },
] as const;
type TabKey = (typeof tabs)[number]["key"];

function isTab(v: string | null): v is TabKey {
  return tabs.some((t) => t.key === v);
}

const columns: TableColumnsType<Deadline> = [
  {
    title: "案件",
    dataIndex: "caseName",
    width: 120,
    render: (name: string | null, d) => {
      const to = caseLink(d);
      const text = name ?? "（未命名）";
      return to ? <Link to={to}>{text}</Link> : text;
    },
  },
  {
    title: "事项",
    dataIndex: "kindLabel",
    render: (label: string, d) => (
      <Space size={6}>
        <span>{label}</span>
        {d.investigationId && !d.subjectId && (
          <Typography.Text type="secondary">（调查评估）</Typography.Text>
        )}
      </Space>
    ),
  },
  { title: "期限", dataIndex: "dueOn", width: 170, render: (_: string, d) => <DueDateText d={d} /> },
  { title: "剩余", key: "left", width: 110, render: (_, d) => <DaysLeft d={d} /> },
  {
    title: "状态",
    dataIndex: "state",
    width: 100,
    render: (_: string, d) => <DeadlineStateTag state={d.state} />,
  },
  { title: "依据", dataIndex: "rule", width: 96, render: (r: string | null) => <RuleTag rule={r} /> },
];

function useCount(state: TabKey) {
  return useRemote(
    (signal) => api.get<Page<Deadline>>("/api/deadlines", { state, pageSize: 1 }, signal),
    `count:${state}`,
  );
}

/** "待办期限": the first screen of office and county staff: what is overdue and what is due soon. */
export default function DeadlinesPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = isTab(params.get("tab")) ? (params.get("tab") as TabKey) : "overdue";
  const kind = (params.get("kind") ?? undefined) as DeadlineKind | undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = { state: tab, kind, page, pageSize: 20 };
  const list = useRemote(
    (signal) => api.get<Page<Deadline>>("/api/deadlines", query, signal),
    JSON.stringify(query),
  );
  const overdue = useCount("overdue");
  const dueSoon = useCount("due_soon");
  const notices = useUnreadNotices(50);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const reload = () => {
    list.reload();
    overdue.reload();
    dueSoon.reload();
    notices.reload();
  };
  const counts: Partial<Record<TabKey, number | undefined>> = {
    overdue: overdue.data?.total,
    due_soon: dueSoon.data?.total,
  };

  return (
    <>
      <PageHeader
        title="待办期限"
        subTitle={`${me.org.name} · 法定期限按工作日历计算`}
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card variant="borderless" className="deadlines-card">
            <Tabs
              activeKey={tab}
              onChange={(k) => set({ tab: k, page: undefined })}
              items={tabs.map((t) => ({
                key: t.key,
                label: (
                  <span data-testid={`deadline-tab-${t.key}`}>
                    {t.label}
                    {counts[t.key] !== undefined && (
                      <Badge
                        count={counts[t.key]}
                        showZero
                        size="small"
                        color={t.key === "overdue" ? "#cf1322" : t.key === "due_soon" ? "#d48806" : undefined}
                        style={{ marginInlineStart: 6 }}
                      />
                    )}
                  </span>
                ),
              }))}
              tabBarExtraContent={
                <Select<DeadlineKind>
                  allowClear
                  placeholder="全部事项"
                  aria-label="事项"
                  value={kind}
                  style={{ width: 200 }}
                  options={codeOptions(deadlineKinds, deadlineKindLabels)}
                  onChange={(v) => set({ kind: v, page: undefined })}
                />
              }
            />
            {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
            <Table<Deadline>
              rowKey="id"
              size="small"
              scroll={{ x: 720 }}
              data-testid="deadline-table"
              loading={list.loading}
              columns={columns}
              dataSource={list.data?.items ?? []}
              rowClassName={(d) => `deadline-row-${d.state}`}
              locale={{
                emptyText:
                  tab === "overdue"
                    ? "没有逾期的事项"
                    : tab === "due_soon"
                      ? "近期没有到期的事项"
                      : "没有未办结的期限",
              }}
              pagination={{
                current: page,
                pageSize: 20,
                total: list.data?.total ?? 0,
                hideOnSinglePage: true,
                showTotal: (t) => `共 ${t} 项`,
                onChange: (p) => set({ page: p > 1 ? String(p) : undefined }),
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card
            variant="borderless"
            title={
              <Space>
                未读通知
                <Badge count={notices.data?.unread ?? 0} showZero size="small" />
              </Space>
            }
            data-testid="notice-panel"
            className="notice-panel"
          >
            {notices.error && <Alert type="error" showIcon title={notices.error} />}
            <NoticeList items={notices.data?.items ?? []} onRead={notices.reload} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
