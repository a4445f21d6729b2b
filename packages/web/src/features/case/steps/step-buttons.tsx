/** The steps of the case offered on the file: one button each, in the order of the lifecycle. */
import {
  AuditOutlined,
  CheckCircleOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  StopOutlined,
  SwapOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { Action, CaseStep } from "@zhijiao/domain";
import { compareDates } from "@zhijiao/domain";
import type { ReactNode } from "react";
import type { CaseEvent, CaseView, Subject } from "../../../api/types";
import { today } from "../../../lib/case-rules";
import { ApplyTransferModal } from "../../transfers/transfer-steps";
import { AnnouncementModal } from "./announcement-modal";
import { ArchiveModal } from "./archive-modal";
import { HandoverModal } from "./handover-modal";
import { IntakeModal } from "./intake-modal";
import { PlanModal } from "./plan-modal";
import { ReleaseModal } from "./release-modal";
import { ReleasePreparationModal } from "./release-preparation-modal";
import { SearchRecordModal } from "./search-record-modal";
import type { CaseStepProps } from "./step-props";
import { TeamModal } from "./team-modal";
import { TerminationModal } from "./termination-modal";

export interface StepButton {
  step: CaseStep;
  label: string;
  ability: Action;
  icon: ReactNode;
  danger?: boolean;
  modal: (p: CaseStepProps) => ReactNode;
}

/** The steps offered on the file, in the order of the lifecycle, with who may take them. */
export const stepButtons: StepButton[] = [
  {
    step: "record_handover",
    label: "交付文书登记",
    ability: "case:register",
    icon: <InboxOutlined />,
    modal: (p) => <HandoverModal {...p} />,
  },
  {
    step: "record_search",
    label: "查找情况登记",
    ability: "case:manage",
    icon: <FileSearchOutlined />,
    modal: (p) => <SearchRecordModal {...p} />,
  },
  {
    step: "intake",
    label: "报到接收",
    ability: "case:intake",
    icon: <CheckCircleOutlined />,
    modal: (p) => <IntakeModal {...p} />,
  },
  {
    step: "announce_entry",
    label: "入矫宣告",
    ability: "case:manage",
    icon: <AuditOutlined />,
    modal: (p) => <AnnouncementModal {...p} />,
  },
  {
    step: "set_team",
    label: "矫正小组",
    ability: "case:manage",
    icon: <TeamOutlined />,
    modal: (p) => <TeamModal {...p} />,
  },
  {
    step: "revise_plan",
    label: "矫正方案",
    ability: "case:manage",
    icon: <SolutionOutlined />,
    modal: (p) => <PlanModal {...p} />,
  },
  {
    step: "apply_transfer",
    label: "执行地变更",
    ability: "transfer:apply",
    icon: <SwapOutlined />,
    modal: (p) => <ApplyTransferModal {...p} />,
  },
  {
    step: "prepare_release",
    label: "解矫准备",
    ability: "case:manage",
    icon: <ScheduleOutlined />,
    modal: (p) => <ReleasePreparationModal {...p} />,
  },
  {
    step: "release",
    label: "解除矫正",
    ability: "case:close",
    icon: <FlagOutlined />,
    modal: (p) => <ReleaseModal {...p} />,
  },
  {
    step: "terminate",
    label: "终止矫正",
    ability: "case:close",
    icon: <StopOutlined />,
    danger: true,
    modal: (p) => <TerminationModal {...p} />,
  },
  {
    step: "archive",
    label: "归档",
    ability: "case:close",
    icon: <FolderOpenOutlined />,
    modal: (p) => <ArchiveModal {...p} />,
  },
];

/** The step the case waits for now, highlighted among the buttons. */
export function nextStep(view: CaseView, subject: Subject, events: CaseEvent[]): CaseStep | null {
  const did = (s: string) => events.some((e) => e.step === s);
  switch (view.status) {
    case "awaiting_report":
      return view.handover.missing.length ? "record_handover" : "intake";
    case "in_correction": {
      if (!view.announcement) return "announce_entry";
      if (view.team.length === 0) return "set_team";
      if (view.plans.length === 0) return "revise_plan";
      const end = view.correctionEndOn ?? subject.correctionEndOn;
      const prepDue = view.releasePreparationDueOn;
      if (
        !view.releasePreparation &&
        !did("prepare_release") &&
        prepDue &&
        compareDates(prepDue, today()) <= 0
      )
        return "prepare_release";
      if (compareDates(end, today()) <= 0) return "release";
      return null;
    }
    case "released":
    case "terminated":
      return view.archived ? null : "archive";
    case "investigating":
    case "transferring":
      return null;
  }
}

/** Whether a step is still worth offering (a one-time step already done is not). */
export function offered(step: CaseStep, view: CaseView, events: CaseEvent[]): boolean {
  if (step === "record_search")
    return view.reportDueOn !== null && compareDates(today(), view.reportDueOn) > 0;
  if (step === "announce_entry") return !view.announcement;
  if (step === "prepare_release")
    return !view.releasePreparation && !events.some((e) => e.step === "prepare_release");
  return true;
}
