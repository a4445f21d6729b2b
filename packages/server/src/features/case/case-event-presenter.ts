import { caseStepLabels, type CaseStep } from "@zhijiao/domain";
import type { CaseEventRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { caseEventSchema } from "./case-view-schemas.ts";

/** Steps of the investigation and the sweeps, which are not steps of the file's state machine. */
const otherStepLabels: Record<string, string> = {
  commission: "接收调查评估委托",
  assign: "指派调查",
  transcript: "调查笔录",
  extend: "延长调查评估期限",
  opinion: "出具调查评估意见",
  release_due: "矫正期满",
  request_leave: "外出申请",
  approve_leave: "批准外出",
  reject_leave: "不予批准外出",
  return_leave: "外出返回销假",
  court_ban: "登记禁止令",
  propose_sanction: "提请奖惩",
  approve_sanction: "批准奖惩",
  reject_sanction: "不予批准奖惩",
  immediate_report: "即时报告",
  visitor_report: "会客报告",
  propose_level_change: "提请调整管理等级",
  approve_level_change: "批准调整管理等级",
  reject_level_change: "不予批准调整管理等级",
  request_special_place: "申请进入特定场所",
  approve_special_place: "批准进入特定场所",
  reject_special_place: "不予批准进入特定场所",
  lose_contact: "脱管，启动查找",
  regain_contact: "脱管查找结果",
  confirm_location_violation: "电子定位报警确认违规",
  propose_positioning: "提请使用电子定位装置",
  approve_positioning: "批准使用电子定位装置",
  reject_positioning: "不予批准使用电子定位装置",
  end_positioning: "电子定位装置使用期限届满",
  bind_device: "绑定定位设备",
  end_device_binding: "解除定位设备绑定",
  create_zone: "设置电子围栏",
  end_zone: "停用电子围栏",
};

export function stepLabel(step: string): string {
  return caseStepLabels[step as CaseStep] ?? otherStepLabels[step] ?? step;
}

/** One entry of the timeline (一人一档). */
export function presentCaseEvent(e: CaseEventRow): Presented<typeof caseEventSchema> {
  return {
    id: e.id,
    step: e.step,
    stepLabel: stepLabel(e.step),
    occurredOn: e.occurred_on,
    at: e.at,
    actorName: e.actor_name,
    summary: e.summary,
    data: e.data,
    documentKind: e.document_kind,
    documentNumber: e.document_number,
    transferId: e.transfer_id,
    investigationId: e.investigation_id,
  };
}
