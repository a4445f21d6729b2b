/**
 * 监管工作台 (issue 4, "Console"): an office worker's day in one screen: deadlines overdue and
 * due soon, overdue supervision duties, leave requests the caller may decide (R-LV-2), the
 * subjects' new check-ins to confirm, and proposals awaiting the county. Each item is one click
 * from the form that handles it.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { mayDecideLeave } from "@zhijiao/domain";
import { Alert, App, Badge, Button, Card, Col, Image, List, Row, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api, errorMessage } from "../../api/client";
import type { Deadline, Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { today } from "../../lib/case-rules";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useAuth, useMe } from "../auth/auth-context";
import { DaysLeft, DeadlineStateTag, RuleTag, caseLink } from "../deadlines/deadline-parts";
import type { CheckIn, DutyAcross, LeaveRequest, Sanction } from "./types";

function Panel({
  title,
  count,
  testId,
  error,
  children,
}: {
  title: string;
  count: number | undefined;
  testId: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <Card
      variant="borderless"
      data-testid={testId}
      title={
        <Space>
          {title}
          <Badge count={count ?? 0} showZero size="small" color={count ? "#cf1322" : "#8c8c8c"} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {children}
    </Card>
  );
}

export const leaveDecisionLink = (l: Pick<LeaveRequest, "id" | "subjectId">) =>
  `/subjects/${l.subjectId}?action=leave-decision&leaveId=${l.id}`;
export const sanctionDecisionLink = (s: Pick<Sanction, "id" | "subjectId">) =>
  `/subjects/${s.subjectId}?action=sanction-decision&sanctionId=${s.id}`;

/** Where a check-in was made: the browser's position and how accurate it was. */
function checkInPlace(c: CheckIn): string {
  if (c.latitude === null || c.longitude === null) return c.place ?? "未定位";
  const accuracy = c.accuracy === null ? "" : `（精度约 ${Math.round(c.accuracy)} 米）`;
  return `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}${accuracy}`;
}

export default function WorkbenchPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user, can } = useAuth();
  const [confirming, setConfirming] = useState<string | null>(null);
  const on = today();
  const overdue = useRemote(
    (s) => api.get<Page<Deadline>>("/api/deadlines", { state: "overdue", pageSize: 50 }, s),
    "dl-overdue",
  );
  const dueSoon = useRemote(
    (s) => api.get<Page<Deadline>>("/api/deadlines", { state: "due_soon", pageSize: 50 }, s),
    "dl-soon",
  );
  const duties = useRemote(
    (s) => api.get<Page<DutyAcross>>("/api/duties", { state: "overdue", pageSize: 50 }, s),
    "duties",
  );
  const leaves = useRemote(
    (s) => api.get<Page<LeaveRequest>>("/api/leave-requests", { status: "pending", pageSize: 100 }, s),
    "leaves",
  );
  const proposals = useRemote(
    (s) => api.get<Page<Sanction>>("/api/sanctions", { status: "proposed", pageSize: 50 }, s),
    "sanctions",
  );
  const checkIns = useRemote(
    (s) => api.get<Page<CheckIn>>("/api/check-ins", { status: "unconfirmed", pageSize: 50 }, s),
    "check-ins",
  );
  const confirmCheckIn = async (c: CheckIn) => {
    setConfirming(c.id);
    try {
      await api.post(`/api/check-ins/${c.id}/confirm`);
      void message.success(`已确认${c.subjectName}的签到`);
      checkIns.reload();
    } catch (e) {
      void message.error(errorMessage(e));
      checkIns.reload();
    } finally {
      setConfirming(null);
    }
  };
  const reload = () => {
    checkIns.reload();
    overdue.reload();
    dueSoon.reload();
    duties.reload();
    leaves.reload();
    proposals.reload();
  };

  const deadlines = [...(overdue.data?.items ?? []), ...(dueSoon.data?.items ?? [])];
  const mine = (leaves.data?.items ?? []).filter((l) => user && mayDecideLeave(user.role, l.approvalLevel));
  const waiting = (leaves.data?.items ?? []).filter(
    (l) => !(user && mayDecideLeave(user.role, l.approvalLevel)),
  );
  const dueToday = deadlines.filter((d) => d.dueOn === on).length;

  return (
    <>
      <PageHeader
        title="监管工作台"
        subTitle={`${me.org.name} · ${on}${dueToday ? ` · 今日到期 ${dueToday} 项` : ""}`}
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Panel
            title="逾期与即将到期"
            count={deadlines.length}
            testId="wb-deadlines"
            error={overdue.error ?? dueSoon.error}
          >
            <List
              size="small"
              loading={overdue.loading || dueSoon.loading}
              dataSource={deadlines}
              locale={{ emptyText: "没有逾期或即将到期的事项" }}
              pagination={deadlines.length > 8 ? { pageSize: 8, size: "small" } : false}
              renderItem={(d) => {
                const to = caseLink(d);
                return (
                  <List.Item key={d.id}>
                    <Space size={8} wrap>
                      <DeadlineStateTag state={d.state} />
                      {to ? <Link to={to}>{d.caseName ?? "案件"}</Link> : d.caseName}
                      <span>{d.kindLabel}</span>
                    </Space>
                    <Space size={8}>
                      <span className="mono">{d.dueOn}</span>
                      <DaysLeft d={d} />
                      <RuleTag rule={d.rule} />
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title="待我审批的外出" count={mine.length} testId="wb-leaves" error={leaves.error}>
            <List
              size="small"
              loading={leaves.loading}
              dataSource={mine}
              locale={{ emptyText: "没有待审批的外出申请" }}
              renderItem={(l) => (
                <List.Item
                  key={l.id}
                  data-testid="wb-leave"
                  extra={
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`wb-leave-decide-${l.id}`}
                      onClick={() => void navigate(leaveDecisionLink(l))}
                    >
                      审批
                    </Button>
                  }
                >
                  <Space size={8} wrap>
                    <Link to={`/subjects/${l.subjectId}`}>{l.subjectName}</Link>
                    <span>
                      {l.startOn} 至 {l.endOn}（{l.days} 日）
                    </span>
                    <Typography.Text type="secondary">{l.destinationAddress}</Typography.Text>
                    <Tag color="blue">{l.approvalLevelLabel}</Tag>
                  </Space>
                </List.Item>
              )}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title="新打卡" count={checkIns.data?.total} testId="wb-check-ins" error={checkIns.error}>
            <List
              size="small"
              loading={checkIns.loading}
              dataSource={checkIns.data?.items ?? []}
              locale={{ emptyText: "没有待确认的签到" }}
              pagination={(checkIns.data?.items.length ?? 0) > 6 ? { pageSize: 6, size: "small" } : false}
              renderItem={(c) => (
                <List.Item
                  key={c.id}
                  data-testid="wb-check-in"
                  extra={
                    can("supervision:record") ? (
                      <Button
                        size="small"
                        type="primary"
                        loading={confirming === c.id}
                        data-testid={`wb-check-in-confirm-${c.id}`}
                        onClick={() => void confirmCheckIn(c)}
                      >
                        确认
                      </Button>
                    ) : null
                  }
                >
                  <Space size={12} align="start">
                    {c.photoUrl ? (
                      <Image
                        src={c.photoUrl}
                        alt={`${c.subjectName}的签到照片`}
                        width={48}
                        height={48}
                        style={{ objectFit: "cover", borderRadius: 4 }}
                      />
                    ) : null}
                    <Space orientation="vertical" size={0}>
                      <Link to={`/subjects/${c.subjectId}`}>{c.subjectName}</Link>
                      <span className="mono">{fmtDateTime(c.recordedAt)}</span>
                      <Typography.Text type="secondary">{checkInPlace(c)}</Typography.Text>
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel
            title="逾期监管任务（R-SV-2）"
            count={duties.data?.total}
            testId="wb-duties"
            error={duties.error}
          >
            <List
              size="small"
              loading={duties.loading}
              dataSource={duties.data?.items ?? []}
              locale={{ emptyText: "没有逾期的监管任务" }}
              pagination={(duties.data?.items.length ?? 0) > 8 ? { pageSize: 8, size: "small" } : false}
              renderItem={(d) => (
                <List.Item
                  key={`${d.subjectId}:${d.kind}:${d.periodStart}`}
                  extra={
                    <Button
                      size="small"
                      onClick={() => void navigate(`/subjects/${d.subjectId}?action=record`)}
                    >
                      登记
                    </Button>
                  }
                >
                  <Space size={8} wrap>
                    <Link to={`/subjects/${d.subjectId}`}>{d.subjectName}</Link>
                    <Tag>{d.levelLabel}</Tag>
                    <span>{d.kindLabel}</span>
                    <span>
                      {d.achieved}/{d.required}
                      {d.unit === "hours" ? " 小时" : " 次"}
                    </span>
                    <Typography.Text type="danger">应于 {d.dueOn} 前完成</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel
            title="待县级审批的提请"
            count={(proposals.data?.total ?? 0) + waiting.length}
            testId="wb-proposals"
            error={proposals.error}
          >
            <List
              size="small"
              loading={proposals.loading || leaves.loading}
              dataSource={[
                ...(proposals.data?.items ?? []).map((s) => ({
                  key: `s:${s.id}`,
                  subjectId: s.subjectId,
                  name: s.subjectName,
                  what: `${s.kindLabel}（${s.rule}）`,
                  on: s.proposedOn,
                })),
                ...waiting.map((l) => ({
                  key: `l:${l.id}`,
                  subjectId: l.subjectId,
                  name: l.subjectName,
                  what: `外出 ${l.days} 日（${l.approvalLevelLabel}审批）`,
                  on: l.createdAt.slice(0, 10),
                })),
              ]}
              locale={{ emptyText: "没有等待县级审批的提请" }}
              renderItem={(x) => (
                <List.Item key={x.key}>
                  <Space size={8} wrap>
                    <Link to={`/subjects/${x.subjectId}`}>{x.name}</Link>
                    <span>{x.what}</span>
                  </Space>
                  <Typography.Text type="secondary">{x.on} 提请</Typography.Text>
                </List.Item>
              )}
            />
          </Panel>
        </Col>
      </Row>
    </>
  );
}
