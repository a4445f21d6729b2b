/**
 * "日常监管" on the subject file (issue 4): the duties of the current periods with their records,
 * leave, court bans, rewards and sanctions, and the management level, each the section of its
 * context. Every button is shown by the caller's abilities; a link `?action=…&leaveId=…` (from the
 * workbench or the decision queue) opens the form that handles the item.
 */
import { Alert } from "antd";
import type { Subject } from "../../api/types";
import { useFileSections } from "../../components/section-card";
import { CourtBansPanel } from "../court-bans/court-bans-panel";
import { LeavePanel } from "../leave/leave-panel";
import { SanctionsPanel } from "../sanctions/sanctions-panel";
import { DutiesPanel } from "./duties-panel";
import { LevelsPanel } from "./levels-panel";

export function SupervisionTab({ subject, onChanged }: { subject: Subject; onChanged: () => void }) {
  // A step taken in one section may change the others (a late return counts towards a sanction).
  const section = useFileSections(subject, onChanged);
  const { inCorrection } = section;

  return (
    <div data-testid="supervision-tab">
      {!inCorrection && (
        <Alert type="info" showIcon title="对象不在矫正期间，不能登记监管事项" style={{ marginBottom: 16 }} />
      )}
      <DutiesPanel {...section} />
      <LeavePanel {...section} />
      <CourtBansPanel {...section} />
      <SanctionsPanel {...section} />
      <LevelsPanel {...section} />
    </div>
  );
}
