/**
 * "电子定位" on the subject file (issue 5): the positioning authorizations (R-EP-1) with their
 * approval form and document, and the sections of the contexts that rest on them: the device
 * bindings, the zones in force on a small map, random checks, and the file's location alerts.
 * Every control is shown by the caller's abilities; the server enforces each one again. Loaded on
 * demand with its map (Leaflet).
 */
import { DownloadOutlined } from "@ant-design/icons";
import { coveringAuthorization } from "@zhijiao/domain";
import { Alert, Button, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useMemo } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { Subject } from "../../api/types";
import { DecisionModal } from "../../components/decision-modal";
import { AddButton, SectionCard, useFileSections } from "../../components/section-card";
import { StatusTag } from "../../components/status-tag";
import { today } from "../../lib/case-rules";
import { fmtDateTime } from "../../lib/format";
import { useDialog } from "../../lib/use-dialog";
import { useDownload } from "../../lib/use-download";
import { useRemote } from "../../lib/use-remote";
import { SubjectAlertsPanel } from "../alerts/subject-alerts-panel";
import { useAuth } from "../auth/auth-context";
import { DeviceBindingsPanel } from "../devices/device-bindings-panel";
import { RandomChecksPanel } from "../random-checks/random-checks-panel";
import { ZonesPanel } from "../zones/zones-panel";
import { PositioningProposeModal, PositioningSummary, periodText } from "./positioning-modals";
import type { PositioningAuthorization } from "./types";

export default function PositioningTab({ subject, onChanged }: { subject: Subject; onChanged: () => void }) {
  const { can } = useAuth();
  // A decision on an authorization changes what may be bound; a binding, the alerts.
  const section = useFileSections(subject, onChanged);
  const { inCorrection, version } = section;
  const id = subject.id;
  const d = useDialog(section.onChanged);
  const get = useDownload();

  const auths = useRemote(
    (s) =>
      api.get<{ items: PositioningAuthorization[] }>(`/api/subjects/${id}/positioning-authorizations`, {}, s),
    `pa:${id}:${version}`,
  );
  const authItems = useMemo(() => auths.data?.items ?? [], [auths.data]);

  // The approval whose 审批表 GET …/documents/positioning-approval answers: the latest one decided.
  const latestApproval = authItems
    .filter((a) => (a.status === "approved" || a.status === "ended") && a.decidedAt)
    .sort((a, b) => b.decidedAt!.localeCompare(a.decidedAt!))[0];
  const pending = authItems.some((a) => a.status === "proposed");
  const covering = coveringAuthorization(authItems, today());

  const authColumns: TableColumnsType<PositioningAuthorization> = [
    {
      title: "使用期限",
      key: "period",
      render: (_, a) => (
        <Space size={4} wrap>
          <span className="mono">{periodText(a)}</span>
          {a.extendsId && <Tag color="purple">延长</Tag>}
        </Space>
      ),
    },
    { title: "适用情形", dataIndex: "conditionLabel" },
    {
      title: "事实和理由",
      key: "facts",
      ellipsis: true,
      render: (_, a) => (
        <Typography.Text
          ellipsis={{ tooltip: a.reassessment ? `${a.facts}；重新评估：${a.reassessment}` : a.facts }}
        >
          {a.facts}
          {a.reassessment ? `；重新评估：${a.reassessment}` : ""}
        </Typography.Text>
      ),
    },
    {
      title: "状态",
      key: "status",
      render: (_, a) => (
        <Space size={4} orientation="vertical">
          <StatusTag status={a.status} label={a.statusLabel} />
          {a.status === "ended" && a.endedOn && (
            <Typography.Text type="secondary">{a.endedOn} 届满</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: "审批",
      key: "decision",
      render: (_, a) =>
        a.decidedAt ? (
          <Space size={2} orientation="vertical">
            <span>
              {a.decidedByName ?? ""} {fmtDateTime(a.decidedAt)}
            </span>
            {a.documentNumber && <span className="mono">{a.documentNumber}</span>}
            {a.decisionComment && <Typography.Text type="secondary">{a.decisionComment}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {a.proposedByName ?? ""} {fmtDateTime(a.proposedAt)} 提请
          </Typography.Text>
        ),
    },
    {
      title: "",
      key: "act",
      render: (_, a) => (
        <Space size={4}>
          {a.status === "proposed" && can("positioning:decide") && (
            <Button
              size="small"
              type="primary"
              data-testid={`positioning-decide-${a.id}`}
              onClick={() =>
                d.open(
                  <DecisionModal
                    title="审批使用电子定位装置"
                    path={`/api/positioning-authorizations/${a.id}/decision`}
                    summary={<PositioningSummary a={a} />}
                    testId="positioning-decision-modal"
                    {...d.props}
                  />,
                )
              }
            >
              审批
            </Button>
          )}
          {latestApproval?.id === a.id && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              data-testid="positioning-document"
              onClick={() =>
                void get(`/api/subjects/${id}/documents/positioning-approval`, "使用电子定位装置审批表.docx")
              }
            >
              审批表
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="positioning-tab">
      {!inCorrection && (
        <Alert
          type="info"
          showIcon
          title="对象不在矫正期间，不能提请使用电子定位装置、绑定设备或设置电子围栏"
          style={{ marginBottom: 16 }}
        />
      )}
      <Space size={16} style={{ marginBottom: 12 }} wrap>
        {can("location:read") && (
          <Link to={`/subjects/${id}/trajectory`} data-testid="positioning-trajectory">
            轨迹回放
          </Link>
        )}
        <Link to="/monitoring">监控中心</Link>
        {covering ? (
          <Tag color="success" data-testid="positioning-in-force">
            电子定位装置审批有效至 {covering.untilOn}
          </Tag>
        ) : (
          <Tag data-testid="positioning-in-force">无有效的电子定位装置审批</Tag>
        )}
      </Space>

      <SectionCard
        title="定位审批（R-EP-1）"
        testId="positioning-authorizations"
        extra={
          can("positioning:propose") &&
          inCorrection &&
          !pending && (
            <AddButton
              testId="positioning-new"
              onClick={() =>
                d.open(<PositioningProposeModal subjectId={id} existing={authItems} {...d.props} />)
              }
            >
              提请使用
            </AddButton>
          )
        }
      >
        {auths.error && <Alert type="error" showIcon title={auths.error} style={{ marginBottom: 12 }} />}
        <Table<PositioningAuthorization>
          rowKey="id"
          size="small"
          pagination={false}
          loading={auths.loading}
          columns={authColumns}
          dataSource={authItems}
          locale={{ emptyText: "没有使用电子定位装置的审批" }}
        />
      </SectionCard>

      <DeviceBindingsPanel {...section} authorizations={authItems} />
      <ZonesPanel {...section} />
      <RandomChecksPanel {...section} />
      <SubjectAlertsPanel {...section} />
      {d.dialog}
    </div>
  );
}
