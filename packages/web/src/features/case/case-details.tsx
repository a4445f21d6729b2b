import { FileWordOutlined } from "@ant-design/icons";
import { sexLabels } from "@zhijiao/domain";
import { Alert, Button, Col, Collapse, Descriptions, Empty, Row, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { Subject } from "../../api/types";
import { dash, fmtDateTime } from "../../lib/format";
import { TransferSummary } from "../transfers/transfer-steps";
import { useDocumentDownload } from "./case-documents";
import { CaseTimeline } from "./case-timeline";
import type { CaseData } from "./use-case";

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
