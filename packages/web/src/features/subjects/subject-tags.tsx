import type { Level, SubjectStatus } from "@zhijiao/domain";
import { levelLabels, subjectStatusLabels } from "@zhijiao/domain";
import { Tag } from "antd";

/** Management level colours: strict stands out, lenient is calm. */
export const levelColors: Record<Level, string> = { strict: "red", normal: "blue", lenient: "green" };
export const levelChartColors: Record<Level, string> = {
  strict: "#cf1322",
  normal: "#1f5fbf",
  lenient: "#389e0d",
};

const statusColors: Record<SubjectStatus, string> = {
  investigating: "purple",
  awaiting_report: "gold",
  in_correction: "processing",
  transferring: "cyan",
  released: "default",
  terminated: "default",
};

export function LevelTag({ level, label }: { level: Level; label?: string }) {
  return <Tag color={levelColors[level]}>{label ?? levelLabels[level]}</Tag>;
}

export function StatusTag({ status, label }: { status: SubjectStatus; label?: string }) {
  return <Tag color={statusColors[status]}>{label ?? subjectStatusLabels[status]}</Tag>;
}

export function MinorTag() {
  return (
    <Tag color="red" variant="solid">
      未成年人
    </Tag>
  );
}
