import { Space, Tag, Typography } from "antd";
import { DecisionModal } from "../../components/decision-modal";
import type { DialogProps } from "../../components/step-modal";
import type { Sanction } from "./types";

/** The measure with the rule it rests on: "警告 R-SN-2". */
export function SanctionMeasure({ sanction }: { sanction: Pick<Sanction, "kindLabel" | "rule"> }) {
  return (
    <Space size={4}>
      {sanction.kindLabel}
      <Tag>{sanction.rule}</Tag>
    </Space>
  );
}

/** Approving or refusing a proposed measure; `showSubject` names the person (in the queue, away from the file). */
export function SanctionDecisionModal({
  sanction: x,
  showSubject,
  ...p
}: DialogProps & { sanction: Sanction; showSubject?: boolean }) {
  return (
    <DecisionModal
      title={`审批：${x.kindLabel}`}
      path={`/api/sanctions/${x.id}/decision`}
      testId="sanction-decision-modal"
      summary={
        <Typography.Paragraph style={{ margin: 0 }}>
          {showSubject && `${x.subjectName}（${x.categoryLabel}）`}
          <Tag>{x.rule}</Tag>
          {x.facts}
        </Typography.Paragraph>
      }
      {...p}
    />
  );
}
