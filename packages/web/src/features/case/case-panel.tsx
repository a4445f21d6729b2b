import {
  DownOutlined,
  FileDoneOutlined,
  FileWordOutlined,
  NodeIndexOutlined,
  SwapOutlined,
} from "@ant-design/icons";
import type { CaseStep } from "@zhijiao/domain";
import { documentKindLabels, receptionModeLabels } from "@zhijiao/domain";
import { Alert, Button, Card, Col, Descriptions, Dropdown, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { Subject } from "../../api/types";
import { daysLeftText } from "../../lib/case-rules";
import { dash, fmtPeriod } from "../../lib/format";
import { useAuth, useMe } from "../auth/auth-context";
import { DeadlineList } from "../deadlines/deadline-parts";
import { StatusTag } from "../subjects/subject-tags";
import {
  TransferActionModal,
  transferActionLabels,
  transferActions,
  transferSide,
} from "../transfers/transfer-steps";
import type { TransferAction } from "../transfers/transfer-steps";
import { issuedDocuments, useDocumentDownload } from "./case-documents";
import { nextStep, offered, stepButtons } from "./steps/step-buttons";
import type { CaseStepProps } from "./steps/step-props";
import type { CaseData } from "./use-case";

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
