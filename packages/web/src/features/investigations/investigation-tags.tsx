import type { InvestigationStatus, Opinion } from "@zhijiao/domain";
import { investigationStatusLabels, opinionLabels } from "@zhijiao/domain";
import { Tag } from "antd";

const statusColors: Record<InvestigationStatus, string> = {
  received: "gold",
  assigned: "processing",
  concluded: "success",
};

export function InvestigationStatusTag({ status, label }: { status: InvestigationStatus; label?: string }) {
  return (
    <Tag color={statusColors[status]} data-testid="investigation-status">
      {label ?? investigationStatusLabels[status]}
    </Tag>
  );
}

export function OpinionTag({ opinion }: { opinion: Opinion | null }) {
  if (!opinion) return null;
  return <Tag color={opinion === "suitable" ? "green" : "red"}>{opinionLabels[opinion]}</Tag>;
}
