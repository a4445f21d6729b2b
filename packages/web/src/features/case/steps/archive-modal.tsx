/** The step 归档 (R-PR-1) of the case, as a dialog. */
import { Alert } from "antd";
import { api } from "../../../api/client";
import { StepModal } from "../../../components/step-modal";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

export function ArchiveModal({ view, onClose, onDone }: CaseStepProps) {
  return (
    <StepModal<Record<string, never>>
      title="档案归档"
      okText="确认归档"
      successText="档案已归档"
      testId="archive-modal"
      submit={() => api.post(stepPath(view, "archive"), {})}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <Alert
          type="warning"
          showIcon
          title={`${view.statusLabel}的档案归档后对所有人只读，仍可在管辖范围内查阅（R-PR-1）`}
        />
      )}
    </StepModal>
  );
}
