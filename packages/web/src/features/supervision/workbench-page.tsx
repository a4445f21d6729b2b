/**
 * 监管工作台 (issue 4, "Console"): an office worker's day in one screen: deadlines overdue and
 * due soon, overdue supervision duties, leave requests the caller may decide (R-LV-2), the
 * subjects' new check-ins to confirm, and proposals awaiting the county. Each item is one click
 * from the form that handles it.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { mayDecideLeave } from "@zhijiao/domain";
import { Button, Col, List, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import type { Deadline, Page } from "../../api/types";
import { CountedCard } from "../../components/counted-card";
import { PageHeader } from "../../components/page-header";
import { today } from "../../lib/case-rules";
import { useRemote } from "../../lib/use-remote";
import { useAuth, useMe } from "../auth/auth-context";
import { CheckInsCard } from "../check-ins/check-ins-card";
import { DaysLeft, DeadlineStateTag, RuleTag, caseLink } from "../deadlines/deadline-parts";
import { LeavesToDecide } from "../leave/leaves-to-decide";
import type { LeaveRequest } from "../leave/types";
import type { Sanction } from "../sanctions/types";
import type { DutyAcross } from "./types";

export default function WorkbenchPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [version, setVersion] = useState(0);
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
  const reload = () => {
    setVersion((v) => v + 1);
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
          <CountedCard
            title="逾期与即将到期"
            count={deadlines.length}
            testId="wb-deadlines"
            error={overdue.error ?? dueSoon.error}
            alarm
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
          </CountedCard>
        </Col>
        <Col xs={24} xl={12}>
          <CountedCard
            title="待我审批的外出"
            count={mine.length}
            testId="wb-leaves"
            error={leaves.error}
            alarm
          >
            <LeavesToDecide items={mine} loading={leaves.loading} />
          </CountedCard>
        </Col>
        <Col xs={24} xl={12}>
          <CheckInsCard version={version} />
        </Col>
        <Col xs={24} xl={12}>
          <CountedCard
            title="逾期监管任务（R-SV-2）"
            count={duties.data?.total}
            testId="wb-duties"
            error={duties.error}
            alarm
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
          </CountedCard>
        </Col>
        <Col xs={24} xl={12}>
          <CountedCard
            title="待县级审批的提请"
            count={(proposals.data?.total ?? 0) + waiting.length}
            testId="wb-proposals"
            error={proposals.error}
            alarm
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
          </CountedCard>
        </Col>
      </Row>
    </>
  );
}
