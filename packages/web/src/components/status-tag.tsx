import { Tag } from "antd";

/** The colour of each state a request, an approval or a check can be in. */
const statusColors: Record<string, string> = {
  pending: "processing",
  proposed: "processing",
  approved: "success",
  rejected: "default",
  returned: "green",
  ended: "default",
  answered: "success",
  missed: "error",
};

/** The state of a request, an approval or a check, with the label the API gives it. */
export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={statusColors[status] ?? "default"}>{label}</Tag>;
}
