import {
  AuditOutlined,
  CheckCircleOutlined,
  DownOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileWordOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  StopOutlined,
  SwapOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { Action, CaseStep, DocumentKind } from "@zhijiao/domain";
import {
  compareDates,
  documentKindLabels,
  documentKinds,
  receptionModeLabels,
  sexLabels,
} from "@zhijiao/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Dropdown,
  Empty,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { Link } from "react-router-dom";
import { download, errorMessage } from "../../api/client";
import type { CaseEvent, CaseView, Subject } from "../../api/types";
import { daysLeftText, today } from "../../lib/case-rules";
import { dash, fmtDateTime, fmtPeriod } from "../../lib/format";
import { useAuth, useMe } from "../auth/auth-context";
import { DeadlineList } from "../deadlines/deadline-parts";
import { StatusTag } from "../subjects/subject-tags";
import { CaseTimeline } from "./case-timeline";
import {
  AnnouncementModal,
  ArchiveModal,
  HandoverModal,
  IntakeModal,
  PlanModal,
  ReleaseModal,
  ReleasePreparationModal,
  SearchRecordModal,
  TeamModal,
  TerminationModal,
} from "./case-steps";
import type { CaseStepProps } from "./case-steps";
import { isDocumentKind } from "../documents/documents";
import {
  ApplyTransferModal,
  TransferActionModal,
  TransferSummary,
  transferActionLabels,
  transferActions,
  transferSide,
} from "../transfers/transfer-steps";
import type { TransferAction } from "../transfers/transfer-steps";
import type { CaseData } from "./use-case";

interface StepButton {
  step: CaseStep;
  label: string;
  ability: Action;
  icon: ReactNode;
  danger?: boolean;
  modal: (p: CaseStepProps) => ReactNode;
}

/** The steps offered on the file, in the order of the lifecycle, with who may take them. */
const stepButtons: StepButton[] = [
  {
    step: "record_handover",
    label: "交付文书登记",
    ability: "case:register",
    icon: <InboxOutlined />,
    modal: (p) => <HandoverModal {...p} />,
  },
  {
    step: "record_search",
    label: "查找情况登记",
    ability: "case:manage",
    icon: <FileSearchOutlined />,
    modal: (p) => <SearchRecordModal {...p} />,
  },
  {
    step: "intake",
    label: "报到接收",
    ability: "case:intake",
    icon: <CheckCircleOutlined />,
    modal: (p) => <IntakeModal {...p} />,
  },
  {
    step: "announce_entry",
    label: "入矫宣告",
    ability: "case:manage",
    icon: <AuditOutlined />,
    modal: (p) => <AnnouncementModal {...p} />,
  },
  {
    step: "set_team",
    label: "矫正小组",
    ability: "case:manage",
    icon: <TeamOutlined />,
    modal: (p) => <TeamModal {...p} />,
  },
  {
    step: "revise_plan",
    label: "矫正方案",
    ability: "case:manage",
    icon: <SolutionOutlined />,
    modal: (p) => <PlanModal {...p} />,
  },
  {
    step: "apply_transfer",
    label: "执行地变更",
    ability: "transfer:apply",
    icon: <SwapOutlined />,
    modal: (p) => <ApplyTransferModal {...p} />,
  },
  {
    step: "prepare_release",
    label: "解矫准备",
    ability: "case:manage",
    icon: <ScheduleOutlined />,
    modal: (p) => <ReleasePreparationModal {...p} />,
  },
  {
    step: "release",
    label: "解除矫正",
    ability: "case:close",
    icon: <FlagOutlined />,
    modal: (p) => <ReleaseModal {...p} />,
  },
  {
    step: "terminate",
    label: "终止矫正",
    ability: "case:close",
    icon: <StopOutlined />,
    danger: true,
    modal: (p) => <TerminationModal {...p} />,
  },
  {
    step: "archive",
    label: "归档",
    ability: "case:close",
    icon: <FolderOpenOutlined />,
    modal: (p) => <ArchiveModal {...p} />,
  },
];

/** The step the case waits for now, highlighted among the buttons. */
function nextStep(view: CaseView, subject: Subject, events: CaseEvent[]): CaseStep | null {
  const did = (s: string) => events.some((e) => e.step === s);
  switch (view.status) {
    case "awaiting_report":
      return view.handover.missing.length ? "record_handover" : "intake";
    case "in_correction": {
      if (!view.announcement) return "announce_entry";
      if (view.team.length === 0) return "set_team";
      if (view.plans.length === 0) return "revise_plan";
      const end = view.correctionEndOn ?? subject.correctionEndOn;
      const prepDue = view.releasePreparationDueOn;
      if (
        !view.releasePreparation &&
        !did("prepare_release") &&
        prepDue &&
        compareDates(prepDue, today()) <= 0
      )
        return "prepare_release";
      if (compareDates(end, today()) <= 0) return "release";
      return null;
    }
    case "released":
    case "terminated":
      return view.archived ? null : "archive";
    case "investigating":
    case "transferring":
      return null;
  }
}

/** Whether a step is still worth offering (a one-time step already done is not). */
function offered(step: CaseStep, view: CaseView, events: CaseEvent[]): boolean {
  if (step === "record_search")
    return view.reportDueOn !== null && compareDates(today(), view.reportDueOn) > 0;
  if (step === "announce_entry") return !view.announcement;
  if (step === "prepare_release")
    return !view.releasePreparation && !events.some((e) => e.step === "prepare_release");
  return true;
}

/** The documents this case has issued (the step that issues each one has happened). */
function issuedDocuments(view: CaseView, events: CaseEvent[]): DocumentKind[] {
  const kinds = new Set<DocumentKind>();
  for (const e of events) if (isDocumentKind(e.documentKind)) kinds.add(e.documentKind);
  if (view.investigation?.opinion) kinds.add("investigation-opinion");
  if (view.announcement) kinds.add("entry-announcement");
  if (view.plans.length) kinds.add("correction-plan");
  if (view.transfer?.decisionDocumentNumber) kinds.add("transfer-decision");
  if (events.some((e) => e.step === "record_search")) kinds.add("report-notice");
  // An approval's event names the 外出证明; the 外出审批表 it also numbers is issued with it.
  if (events.some((e) => e.step === "approve_leave")) kinds.add("leave-approval-form");
  if (view.status === "released") kinds.add("release-certificate");
  if (view.status === "terminated") kinds.add("termination-notice");
  return documentKinds.filter((k) => kinds.has(k));
}

export function useDocumentDownload(subjectId: string, subjectName: string) {
  const { message } = App.useApp();
  return async (kind: string) => {
    try {
      const label = isDocumentKind(kind) ? documentKindLabels[kind] : kind;
      await download(`/api/subjects/${subjectId}/documents/${kind}`, `${label}-${subjectName}.docx`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
}

/** "案件办理": where the case stands, its open deadlines, and one button per step the account may take now. */
export function CasePanel({
  subject,
  kase,
  onChanged,
}: {
  subject: Subject;
  kase: CaseData;
  onChanged: () => void;
}) {
  const me = useMe();
  const { can } = useAuth();
  const [active, setActive] = useState<CaseStep | null>(null);
  const [transferAction, setTransferAction] = useState<TransferAction | null>(null);
  const { view, events, transfer } = kase;
  const downloadDoc = useDocumentDownload(subject.id, subject.name);

  if (!view) {
    if (kase.loading) return <Card variant="borderless" loading style={{ marginTop: 16 }} />;
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 16 }}
        title="无法加载案件办理信息"
        description={kase.error ?? undefined}
      />
    );
  }

  const close = () => {
    setActive(null);
    setTransferAction(null);
  };
  const done = () => {
    close();
    kase.reload();
    onChanged();
  };
  const props: CaseStepProps = { subject, view, events, onClose: close, onDone: done };
  const next = nextStep(view, subject, events);
  // During a transfer the destination only takes its transfer steps; the file is still the origin's.
  const receiving =
    view.status === "transferring" && !!transfer && transferSide(me, transfer) === "destination";
  const buttons = receiving
    ? []
    : stepButtons.filter(
        (b) => view.openSteps.includes(b.step) && can(b.ability) && offered(b.step, view, events),
      );
  const tActions = transfer && view.status === "transferring" ? transferActions(me, transfer, can) : [];
  const docs = can("document:read") ? issuedDocuments(view, events) : [];
  const activeButton = stepButtons.find((b) => b.step === active);
  const end = view.correctionEndOn ?? subject.correctionEndOn;
  const endLeft = daysLeftText(end);

  const facts = [
    ...(view.judgmentEffectiveOn
      ? [{ key: "judgment", label: "判决生效", children: view.judgmentEffectiveOn }]
      : []),
    ...(view.status === "awaiting_report" || view.reportDueOn
      ? [
          {
            key: "reportDue",
            label: "报到期限",
            children: (
              <span data-testid="report-due-on">
                {dash(view.reportDueOn)}
                {view.status === "awaiting_report" && view.reportDueOn && (
                  <Typography.Text type={daysLeftText(view.reportDueOn).days < 0 ? "danger" : "secondary"}>
                    （{daysLeftText(view.reportDueOn).text}）
                  </Typography.Text>
                )}
              </span>
            ),
          },
        ]
      : []),
    ...(view.reportedOn
      ? [
          {
            key: "reported",
            label: "报到接收",
            children: `${view.reportedOn}${view.receptionMode ? ` · ${receptionModeLabels[view.receptionMode]}` : ""}`,
          },
        ]
      : []),
    {
      key: "period",
      label: "矫正期限",
      children: (
        <span>
          {fmtPeriod(view.correctionStartOn ?? subject.correctionStartOn, end)}
          {(view.status === "in_correction" || view.status === "transferring") && (
            <Typography.Text type={endLeft.days <= 0 ? "warning" : "secondary"}>
              {endLeft.days > 0 ? `（距期满 ${endLeft.days} 天）` : "（已期满）"}
            </Typography.Text>
          )}
        </span>
      ),
    },
    ...(view.releasePreparationDueOn
      ? [{ key: "prep", label: "解矫准备期限", children: view.releasePreparationDueOn }]
      : []),
    ...(view.closure
      ? [
          {
            key: "closure",
            label: "结案",
            children: `${view.closure.typeLabel}${view.closure.on ? ` · ${view.closure.on}` : ""}`,
          },
        ]
      : []),
  ];

  return (
    <Card
      variant="borderless"
      style={{ marginTop: 16 }}
      className="case-panel"
      data-testid="case-panel"
      title={
        <Space size={8}>
          <NodeIndexOutlined />
          <span>案件办理</span>
          <span data-testid="case-status">
            <StatusTag status={view.status} label={view.statusLabel} />
          </span>
          {view.archived && <Tag>已归档</Tag>}
        </Space>
      }
      extra={
        docs.length > 0 && (
          <Dropdown
            trigger={["click"]}
            menu={{
              items: docs.map((k) => ({ key: k, icon: <FileWordOutlined />, label: documentKindLabels[k] })),
              onClick: ({ key }) => void downloadDoc(key),
            }}
          >
            <Button icon={<FileDoneOutlined />} data-testid="case-documents">
              文书 <DownOutlined />
            </Button>
          </Dropdown>
        )
      }
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} xl={13}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={facts} />
          {(buttons.length > 0 || tActions.length > 0) && (
            <div className="case-actions" data-testid="case-actions">
              {buttons.map((b) => (
                <Button
                  key={b.step}
                  icon={b.icon}
                  type={b.step === next ? "primary" : "default"}
                  danger={b.danger}
                  onClick={() => setActive(b.step)}
                  data-testid={`case-action-${b.step}`}
                >
                  {b.label}
                </Button>
              ))}
              {tActions.map((a) => (
                <Button
                  key={a}
                  icon={<SwapOutlined />}
                  type={a === "withdraw" ? "default" : "primary"}
                  onClick={() => setTransferAction(a)}
                  data-testid={`transfer-action-${a}`}
                >
                  {transferActionLabels[a]}
                </Button>
              ))}
            </div>
          )}
          {view.archived && (
            <Typography.Text type="secondary">
              档案已归档{view.archivedOn ? `（${view.archivedOn}）` : ""}，只能查阅
            </Typography.Text>
          )}
        </Col>
        <Col xs={24} xl={11}>
          <Typography.Text type="secondary" className="case-panel-caption">
            未办结期限
          </Typography.Text>
          <DeadlineList items={view.deadlines} />
        </Col>
      </Row>
      {activeButton?.modal(props)}
      {transferAction && transfer && (
        <TransferActionModal
          action={transferAction}
          transfer={transfer}
          view={view}
          onClose={close}
          onDone={done}
        />
      )}
    </Card>
  );
}

/** The records of each step, beside the timeline (一人一档). */
export function CaseDetails({ subject, kase }: { subject: Subject; kase: CaseData }) {
  const { view, events, transfer } = kase;
  const downloadDoc = useDocumentDownload(subject.id, subject.name);
  if (!view) return <Empty description="无法加载案件办理信息" />;
  const sections = [
    {
      key: "handover",
      label: `交付文书（${view.handover.documents.length}）`,
      children: (
        <>
          {view.handover.check && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              通知期限 {view.handover.check.noticeDueOn}
              {view.handover.check.noticeLate ? "（逾期）" : ""}；文书送达期限{" "}
              {view.handover.check.documentsDueOn}
              {view.handover.check.documentsLate ? "（逾期）" : ""}（R-HO-1）
              {view.handover.noticeReceivedOn && `；通知到达 ${view.handover.noticeReceivedOn}`}
            </Typography.Paragraph>
          )}
          {view.handover.missing.length > 0 &&
            (view.status === "awaiting_report" || view.status === "in_correction") && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                title={`尚缺：${view.handover.missing.map((m) => m.label).join("、")}`}
              />
            )}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={view.handover.documents}
            data-testid="handover-documents"
            locale={{ emptyText: "尚未登记交付文书" }}
            columns={[
              { title: "文书", dataIndex: "kindLabel" },
              { title: "文号", dataIndex: "documentNumber", render: (v: string | null) => dash(v) },
              { title: "收到日期", dataIndex: "receivedOn", width: 110 },
            ]}
          />
        </>
      ),
    },
    ...(view.announcement
      ? [
          {
            key: "announcement",
            label: "入矫宣告",
            children: (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: "on", label: "宣告日期", children: view.announcement.announcedOn },
                  { key: "place", label: "地点", children: view.announcement.place },
                  { key: "who", label: "参加人员", children: view.announcement.participants.join("、") },
                  { key: "content", label: "内容", children: view.announcement.content },
                ]}
              />
            ),
          },
        ]
      : []),
    {
      key: "team",
      label: `矫正小组（${view.team.length}）`,
      children: (
        <Table
          size="small"
          rowKey={(m) => `${m.name}-${m.type}`}
          pagination={false}
          dataSource={view.team}
          data-testid="team-members"
          locale={{ emptyText: "尚未确定矫正小组" }}
          columns={[
            { title: "姓名", dataIndex: "name" },
            { title: "类型", dataIndex: "typeLabel", render: (v: string | undefined, m) => v ?? m.type },
            { title: "性别", dataIndex: "sex", width: 60, render: (s: "male" | "female") => sexLabels[s] },
            { title: "电话", dataIndex: "phone", render: (v: string | undefined) => dash(v) },
            {
              title: "熟悉未成年人",
              dataIndex: "knowsMinors",
              width: 100,
              render: (v: boolean | undefined) => (v ? <Tag color="blue">是</Tag> : null),
            },
          ]}
        />
      ),
    },
    {
      key: "plans",
      label: `矫正方案（${view.plans.length} 版）`,
      children: view.plans.length ? (
        <Collapse
          size="small"
          data-testid="plan-versions"
          defaultActiveKey={[String(view.plans.at(-1)!.version)]}
          items={[...view.plans].reverse().map((p) => ({
            key: String(p.version),
            label: `第 ${p.version} 版 · ${fmtDateTime(p.createdAt)}`,
            extra: (
              <Button
                size="small"
                type="link"
                icon={<FileWordOutlined />}
                onClick={(e) => {
                  e.stopPropagation();
                  void downloadDoc("correction-plan");
                }}
              >
                矫正方案
              </Button>
            ),
            children: (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: "b", label: "基本情况", children: p.basicSituation },
                  { key: "r", label: "风险分析", children: p.riskAnalysis },
                  { key: "m", label: "矫正措施", children: p.measures },
                ]}
              />
            ),
          }))}
        />
      ) : (
        <Typography.Text type="secondary">尚未制定矫正方案</Typography.Text>
      ),
    },
    ...(transfer
      ? [
          {
            key: "transfer",
            label: `执行地变更（${transfer.statusLabel}）`,
            children: <TransferSummary t={transfer} />,
          },
        ]
      : []),
    ...(view.releasePreparation
      ? [
          {
            key: "prep",
            label: "解矫准备",
            children: (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: "on", label: "登记日期", children: view.releasePreparation.preparedOn },
                  { key: "s", label: "个人总结", children: view.releasePreparation.personalSummary },
                  { key: "a", label: "鉴定意见", children: view.releasePreparation.appraisal },
                ]}
              />
            ),
          },
        ]
      : []),
    ...(view.investigation
      ? [
          {
            key: "investigation",
            label: "调查评估",
            children: (
              <Space>
                <Link to={`/investigations/${view.investigation.id}`}>查看调查评估</Link>
                {view.investigation.opinionLabel && <Tag>{view.investigation.opinionLabel}</Tag>}
                {view.investigation.documentNumber && (
                  <Tag color="geekblue">{view.investigation.documentNumber}</Tag>
                )}
              </Space>
            ),
          },
        ]
      : []),
    ...(view.notices.length
      ? [
          {
            key: "notices",
            label: `已发通知（${view.notices.length}）`,
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={view.notices}
                columns={[
                  { title: "通知", dataIndex: "title" },
                  { title: "接收单位", dataIndex: "recipientName" },
                  {
                    title: "时间",
                    dataIndex: "createdAt",
                    width: 160,
                    render: (t: string) => fmtDateTime(t),
                  },
                ]}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={14}>
        <Collapse
          className="case-sections"
          defaultActiveKey={["handover", "team", "plans", "transfer", "announcement"]}
          items={sections}
          size="small"
        />
      </Col>
      <Col xs={24} xl={10}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          办理时间轴
        </Typography.Title>
        <CaseTimeline events={events} onDownload={(k) => void downloadDoc(k)} />
      </Col>
    </Row>
  );
}
