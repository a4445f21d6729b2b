import { FileWordOutlined } from "@ant-design/icons";
import { documentKindLabels } from "@zhijiao/domain";
import { Button, Empty, Space, Tag, Timeline, Typography } from "antd";
import type { CaseEvent } from "../../api/types";
import { fmtDateTime } from "../../lib/format";
import { isDocumentKind } from "../documents/documents";

/** Colours by what a step does: closing steps grey, refusals and searches red, the rest blue. */
function colorOf(step: string): string {
  if (["release", "terminate", "archive"].includes(step)) return "gray";
  if (["record_search", "withdraw_transfer", "release_due"].includes(step)) return "red";
  if (["intake", "opinion", "arrive_transfer", "register"].includes(step)) return "green";
  return "blue";
}

/** The case's events in order: the spine of the file (一人一档). */
export function CaseTimeline({
  events,
  onDownload,
}: {
  events: CaseEvent[];
  /** Offers the document an event issued. */
  onDownload?: (kind: string) => void;
}) {
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" style={{ margin: 12 }} />;
  return (
    <Timeline
      className="case-timeline"
      data-testid="case-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: colorOf(e.step),
        content: (
          <div className="timeline-entry" data-step={e.step}>
            <Space size={6} wrap>
              <span className="mono timeline-date">{e.occurredOn}</span>
              <Typography.Text strong>{e.stepLabel}</Typography.Text>
              {e.documentNumber && <Tag color="geekblue">{e.documentNumber}</Tag>}
              {e.documentKind && isDocumentKind(e.documentKind) && onDownload && (
                <Button
                  size="small"
                  type="link"
                  icon={<FileWordOutlined />}
                  onClick={() => onDownload(e.documentKind!)}
                  style={{ paddingInline: 0 }}
                >
                  {documentKindLabels[e.documentKind]}
                </Button>
              )}
            </Space>
            {e.summary && <div className="timeline-summary">{e.summary}</div>}
            <Typography.Text type="secondary" className="timeline-meta">
              {e.actorName ?? "系统"} · {fmtDateTime(e.at)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
