/**
 * 审批队列 (issue 4, "Console"): the county officer's decisions in one place: leave requests at
 * the county's level (R-LV-2), proposed rewards and sanctions (R-SN-1..7), proposed management
 * level changes (R-SV-1) and special-place requests (R-LV-4), each approved or refused in place
 * with a comment, with a link to the file.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { mayDecideLeave } from "@zhijiao/domain";
import { Alert, Badge, Button, Card, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Page } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { useRemote } from "../../lib/use-remote";
import { useAuth, useMe } from "../auth/auth-context";
import { DecisionModal, LeaveSummary } from "./supervision-modals";
import type { LevelChange, LeaveRequest, Sanction, SpecialPlaceRequest } from "./types";

export default function DecisionsPage() {
  const me = useMe();
  const { user, can } = useAuth();
  const [modal, setModal] = useState<ReactNode>(null);
  const leaves = useRemote(
    (s) => api.get<Page<LeaveRequest>>("/api/leave-requests", { status: "pending", pageSize: 100 }, s),
    "leaves",
  );
  const sanctions = useRemote(
    (s) => api.get<Page<Sanction>>("/api/sanctions", { status: "proposed", pageSize: 100 }, s),
    "sanctions",
  );
  const levelChanges = useRemote(
    (s) => api.get<Page<LevelChange>>("/api/level-changes", { status: "proposed", pageSize: 100 }, s),
    "level-changes",
  );
  const specialPlaces = useRemote(
    (s) => api.get<Page<SpecialPlaceRequest>>("/api/special-places", { status: "pending", pageSize: 100 }, s),
    "special-places",
  );
  const reload = () => {
    leaves.reload();
    sanctions.reload();
    levelChanges.reload();
    specialPlaces.reload();
  };
  const m = {
    onClose: () => setModal(null),
    onDone: () => {
      setModal(null);
      reload();
    },
  };
  const mine = (leaves.data?.items ?? []).filter(
    (l) => can("leave:decide") && user && mayDecideLeave(user.role, l.approvalLevel),
  );

  const leaveColumns: TableColumnsType<LeaveRequest> = [
    {
      title: "矫正对象",
      dataIndex: "subjectName",
      render: (v: string, l) => (
        <Link to={`/subjects/${l.subjectId}?action=leave-decision&leaveId=${l.id}`}>{v}</Link>
      ),
    },
    { title: "司法所", dataIndex: "officeName" },
    { title: "外出期间", key: "p", render: (_, l) => `${l.startOn} 至 ${l.endOn}（${l.days} 日）` },
    { title: "两月累计", dataIndex: "cumulativeDays", render: (v: number) => `${v} 日` },
    { title: "目的地", dataIndex: "destinationAddress", ellipsis: true },
    {
      title: "审批机关",
      dataIndex: "approvalLevelLabel",
      render: (v: string) => <Tag color="blue">{v}</Tag>,
    },
    {
      title: "",
      key: "act",
      render: (_, l) => (
        <Button
          size="small"
          type="primary"
          data-testid={`queue-leave-${l.id}`}
          onClick={() =>
            setModal(
              <DecisionModal
                title="外出审批"
                path={`/api/leave-requests/${l.id}/decision`}
                summary={<LeaveSummary l={l} />}
                {...m}
              />,
            )
          }
        >
          审批
        </Button>
      ),
    },
  ];

  const sanctionColumns: TableColumnsType<Sanction> = [
    {
      title: "矫正对象",
      dataIndex: "subjectName",
      render: (v: string, x) => <Link to={`/subjects/${x.subjectId}`}>{v}</Link>,
    },
    { title: "类别", dataIndex: "categoryLabel" },
    { title: "司法所", dataIndex: "officeName" },
    {
      title: "提请措施",
      dataIndex: "kindLabel",
      render: (v: string, x) => (
        <Space size={4}>
          {v}
          <Tag>{x.rule}</Tag>
        </Space>
      ),
    },
    { title: "事实", dataIndex: "facts", ellipsis: true },
    { title: "提请日期", dataIndex: "proposedOn" },
    {
      title: "",
      key: "act",
      render: (_, x) =>
        can("sanction:decide") ? (
          <Button
            size="small"
            type="primary"
            data-testid={`queue-sanction-${x.id}`}
            onClick={() =>
              setModal(
                <DecisionModal
                  title={`审批：${x.kindLabel}`}
                  path={`/api/sanctions/${x.id}/decision`}
                  testId="sanction-decision-modal"
                  summary={
                    <Typography.Paragraph style={{ margin: 0 }}>
                      {x.subjectName}（{x.categoryLabel}）<Tag>{x.rule}</Tag>
                      {x.facts}
                    </Typography.Paragraph>
                  }
                  {...m}
                />,
              )
            }
          >
            审批
          </Button>
        ) : null,
    },
  ];

  const levelColumns: TableColumnsType<LevelChange> = [
    {
      title: "矫正对象",
      dataIndex: "subjectName",
      render: (v: string, x) => <Link to={`/subjects/${x.subjectId}`}>{v}</Link>,
    },
    {
      title: "调整",
      key: "change",
      render: (_, x) => (
        <Space size={4}>
          {x.fromLevelLabel} → {x.toLevelLabel}
          <Tag>R-SV-1</Tag>
        </Space>
      ),
    },
    { title: "理由", dataIndex: "grounds", ellipsis: true },
    { title: "提请日期", dataIndex: "proposedAt", render: (v: string) => v.slice(0, 10) },
    {
      title: "",
      key: "act",
      render: (_, x) =>
        can("level:decide") ? (
          <Button
            size="small"
            type="primary"
            data-testid={`queue-level-${x.id}`}
            onClick={() =>
              setModal(
                <DecisionModal
                  title={`审批管理等级调整：${x.fromLevelLabel} → ${x.toLevelLabel}`}
                  path={`/api/level-changes/${x.id}/decision`}
                  testId="level-decision-modal"
                  summary={
                    <Typography.Paragraph style={{ margin: 0 }}>
                      {x.subjectName}：{x.fromLevelLabel} → {x.toLevelLabel}
                      <Tag style={{ marginLeft: 8 }}>R-SV-1</Tag>
                      {x.grounds}
                    </Typography.Paragraph>
                  }
                  {...m}
                />,
              )
            }
          >
            审批
          </Button>
        ) : null,
    },
  ];

  const placeColumns: TableColumnsType<SpecialPlaceRequest> = [
    {
      title: "矫正对象",
      dataIndex: "subjectName",
      render: (v: string, x) => <Link to={`/subjects/${x.subjectId}`}>{v}</Link>,
    },
    { title: "司法所", dataIndex: "officeName" },
    { title: "场所", dataIndex: "place", ellipsis: true },
    { title: "期间", key: "p", render: (_, x) => `${x.fromOn} 至 ${x.untilOn}` },
    { title: "事由", dataIndex: "reason", ellipsis: true },
    {
      title: "",
      key: "act",
      render: (_, x) =>
        can("level:decide") ? (
          <Button
            size="small"
            type="primary"
            data-testid={`queue-place-${x.id}`}
            onClick={() =>
              setModal(
                <DecisionModal
                  title="审批进入特定场所"
                  path={`/api/special-places/${x.id}/decision`}
                  testId="place-decision-modal"
                  summary={
                    <Typography.Paragraph style={{ margin: 0 }}>
                      {x.subjectName}：{x.fromOn} 至 {x.untilOn} 进入{x.place}（{x.reason}）
                      <Tag style={{ marginLeft: 8 }}>R-LV-4</Tag>
                    </Typography.Paragraph>
                  }
                  {...m}
                />,
              )
            }
          >
            审批
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title="审批队列"
        subTitle={me.org.name}
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      <QueueCard<LeaveRequest>
        title="外出审批（R-LV-2）"
        testId="queue-leaves"
        count={mine.length}
        items={mine}
        loading={leaves.loading}
        error={leaves.error}
        columns={leaveColumns}
        empty="没有待审批的外出申请"
      />
      <QueueCard<Sanction>
        title="奖惩审批（R-SN-1～7）"
        testId="queue-sanctions"
        count={sanctions.data?.total}
        items={sanctions.data?.items ?? []}
        loading={sanctions.loading}
        error={sanctions.error}
        columns={sanctionColumns}
        empty="没有待审批的奖惩提请"
      />
      <QueueCard<LevelChange>
        title="管理等级调整（R-SV-1）"
        testId="queue-levels"
        count={levelChanges.data?.total}
        items={levelChanges.data?.items ?? []}
        loading={levelChanges.loading}
        error={levelChanges.error}
        columns={levelColumns}
        empty="没有待审批的管理等级调整"
      />
      <QueueCard<SpecialPlaceRequest>
        title="进入特定场所（R-LV-4）"
        testId="queue-places"
        count={specialPlaces.data?.total}
        items={specialPlaces.data?.items ?? []}
        loading={specialPlaces.loading}
        error={specialPlaces.error}
        columns={placeColumns}
        empty="没有待审批的进入特定场所申请"
      />
      {modal}
    </>
  );
}

/** One kind of decision waiting for the county: a counted card with its table. */
function QueueCard<T extends { id: string }>(props: {
  title: string;
  testId: string;
  count: number | undefined;
  items: T[];
  loading: boolean;
  error: string | null | undefined;
  columns: TableColumnsType<T>;
  empty: string;
}) {
  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          {props.title}
          <Badge count={props.count ?? 0} showZero size="small" />
        </Space>
      }
    >
      {props.error && <Alert type="error" showIcon title={props.error} />}
      <Table<T>
        rowKey="id"
        size="small"
        data-testid={props.testId}
        loading={props.loading}
        columns={props.columns}
        dataSource={props.items}
        pagination={false}
        locale={{ emptyText: props.empty }}
      />
    </Card>
  );
}
