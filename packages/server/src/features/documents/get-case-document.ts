import {
  DomainError,
  assertCan,
  leaveApprovalLevelLabels,
  leaveApprovalOpinions,
  positioningConditionLabels,
  type LeaveApprovalLevel,
  type PositioningCondition,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseFileRepository,
  CaseLog,
  DocumentTemplateRepository,
  InvestigationRepository,
  OrganizationRepository,
  SubjectRepository,
  type CaseEventRow,
  type Gateway,
} from "../../db/gateway/index.ts";
import {
  eventValues,
  investigationValues,
  subjectValues,
  teamText,
  type AreaNames,
} from "../../docs/document-values.ts";
import { chineseDate, renderDocument } from "../../docs/render-document.ts";
import { documentKindLabels, type DocumentKind } from "../../docs/templates.ts";
import { presentTranscript } from "../investigations/investigation-presenter.ts";
import { areaBodies } from "../../shared/case-environment.ts";

/** The step whose event issues each kind of document; of several, the latest of them. */
const issuingStep: Record<DocumentKind, string | readonly string[]> = {
  "investigation-opinion": "opinion",
  "report-notice": "record_search",
  "entry-announcement": "announce_entry",
  "correction-plan": "revise_plan",
  "transfer-decision": "decide_transfer",
  "release-certificate": "release",
  "termination-notice": "terminate",
  // The 外出审批表 records either decision; its number is in the decision's data (decide-leave.ts).
  "leave-approval-form": ["approve_leave", "reject_leave"],
  "leave-certificate": "approve_leave",
  "positioning-approval": "approve_positioning",
  "reprimand-decision": "approve_sanction",
  "warning-decision": "approve_sanction",
  "police-penalty-proposal": "approve_sanction",
  "revoke-probation-proposal": "approve_sanction",
  "revoke-parole-proposal": "approve_sanction",
  "committal-proposal": "approve_sanction",
  "arrest-proposal": "approve_sanction",
  "reduction-proposal": "approve_sanction",
};

/** A step that issues several kinds (a sanction's approval): its latest event of that kind is the document's. */
const sharedIssuingSteps = new Set(
  Object.values(issuingStep).filter(
    (step, i, all) => typeof step === "string" && all.indexOf(step) !== all.lastIndexOf(step),
  ),
);

export interface RenderedDocument {
  fileName: string;
  data: Buffer;
}

async function areaNames(gw: Gateway, countyId: string): Promise<AreaNames & { countyProvinceId: string }> {
  const [county, bodies] = await Promise.all([
    new OrganizationRepository(gw).findAny(countyId),
    areaBodies(gw, countyId),
  ]);
  return {
    countyAgencyName: county?.name ?? "",
    procuratorateName: bodies.procuratorate?.name ?? "",
    policeName: bodies.police?.name ?? "",
    countyProvinceId: county?.province_id ?? "",
  };
}

async function render(
  gw: Gateway,
  kind: DocumentKind,
  event: CaseEventRow,
  area: AreaNames & { countyProvinceId: string },
  values: Record<string, string>,
  personName: string,
): Promise<RenderedDocument> {
  const template = await new DocumentTemplateRepository(gw).inForce(area.countyProvinceId, kind);
  const data = await renderDocument({
    kind,
    template,
    values,
    documentNumber: event.document_number ?? "",
    issuingOrgan: area.countyAgencyName,
    issuedOn: chineseDate(event.occurred_on),
  });
  return { fileName: `${documentKindLabels[kind]}-${personName}.docx`, data };
}

async function latestIssued(
  log: CaseLog,
  ref: { subjectId?: string; investigationId?: string },
  kind: DocumentKind,
) {
  const step = issuingStep[kind];
  if (typeof step !== "string") {
    const event = await log.latest(ref, step);
    const number = (event?.data as { approvalFormNumber?: unknown } | undefined)?.approvalFormNumber;
    // A decision recorded before the form was numbered has none.
    if (!event || typeof number !== "string") throw new DomainError("DOCUMENT_NOT_ISSUED", { kind });
    return { ...event, document_number: number };
  }
  const event = await log.latest(ref, step, sharedIssuingSteps.has(step) ? kind : undefined);
  if (!event?.document_number) throw new DomainError("DOCUMENT_NOT_ISSUED", { kind });
  return event;
}

/** The investigation opinion of an investigation in scope (an audited read with the full identity number). */
export async function getInvestigationDocument({
  ctx,
  actor,
  meta,
  investigationId,
}: UseCaseArgs & { investigationId: string }): Promise<RenderedDocument> {
  assertCan(actor, "document:read");
  return inTransaction(ctx, actor, meta, (gw) => investigationDocument(gw, investigationId));
}

async function investigationDocument(gw: Gateway, investigationId: string): Promise<RenderedDocument> {
  const repo = new InvestigationRepository(gw);
  const inv = await repo.find(investigationId);
  const event = await latestIssued(new CaseLog(gw), { investigationId: inv.id }, "investigation-opinion");
  const area = await areaNames(gw, event.county_id);
  const interviews = (await repo.transcripts(inv.id)).map(presentTranscript);
  const values = investigationValues(inv, gw.cipher.decrypt(inv.id_number_enc), area, interviews);
  await gw.audit({
    action: "document.read",
    resourceType: "investigation",
    resourceId: inv.id,
    place: { countyId: inv.county_id, cityId: inv.city_id, provinceId: inv.province_id },
    details: { kind: "investigation-opinion", documentNumber: event.document_number },
  });
  return render(gw, "investigation-opinion", event, area, values, inv.person_name);
}

/** A document of a subject's case, filled with the case's data at the step that issued it. */
export async function getCaseDocument({
  ctx,
  actor,
  meta,
  subjectId,
  kind,
}: UseCaseArgs & { subjectId: string; kind: DocumentKind }): Promise<RenderedDocument> {
  assertCan(actor, "document:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "document.read", { kind });
    if (kind === "investigation-opinion") {
      if (!row.investigation_id) throw new DomainError("DOCUMENT_NOT_ISSUED", { kind });
      return investigationDocument(gw, row.investigation_id);
    }
    const log = new CaseLog(gw);
    const event = await latestIssued(log, { subjectId: row.id }, kind);
    const area = await areaNames(gw, event.county_id);
    const file = new CaseFileRepository(gw);
    const team = teamText(await file.team(row.id));
    const values: Record<string, string> = {
      ...subjectValues(row, gw.cipher.decrypt(row.id_number_enc), area),
      ...eventValues(event, { team, level: row.level }),
    };
    if (kind === "correction-plan") {
      const version = Number((event.data as { version?: number }).version ?? 0);
      const plan = (await file.plans(row.id)).find((p) => p.version === version);
      if (plan)
        Object.assign(values, {
          planVersion: `第 ${plan.version} 版`,
          basicSituation: plan.basic_situation,
          riskAnalysis: plan.risk_analysis,
          measures: plan.measures,
        });
    }
    if (kind === "transfer-decision") Object.assign(values, transferValues(event));
    if (kind === "leave-certificate") Object.assign(values, leaveValues(event));
    if (kind === "leave-approval-form") Object.assign(values, leaveFormValues(event));
    if (kind === "positioning-approval") Object.assign(values, positioningValues(event));
    if (issuingStep[kind] === "approve_sanction") Object.assign(values, sanctionValues(event));
    return render(gw, kind, event, area, values, row.name);
  });
}

/** A sanction document's values (R-SN-1..6), as the approval recorded them. */
function sanctionValues(event: CaseEventRow): Record<string, string> {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  return {
    facts: s("facts"),
    decisionComment: s("comment"),
    decidedOn: chineseDate(s("decidedOn") || event.occurred_on),
    addresseeName: s("addresseeName"),
    courtRulingDueOn: s("courtRulingDueOn") ? chineseDate(s("courtRulingDueOn")) : "",
  };
}

/** The transfer decision's values, as its event recorded them. */
function transferValues(event: CaseEventRow): Record<string, string> {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  const date = (k: string) => (s(k) ? chineseDate(s(k)) : "");
  return {
    originAgencyName: s("originCountyName"),
    destinationAgencyName: s("destinationCountyName"),
    destinationOfficeName: s("destinationOfficeName"),
    newResidenceAddress: s("newResidenceAddress"),
    reason: s("reason"),
    decidedOn: date("decidedOn") || chineseDate(event.occurred_on),
    reportDueOn: date("reportDueOn"),
  };
}

/** The 使用电子定位装置审批表's values (R-EP-1), as the approval event recorded them. */
function positioningValues(event: CaseEventRow): Record<string, string> {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  const condition = s("condition") as PositioningCondition;
  const extension = s("extendsId") !== "";
  return {
    conditionLabel: positioningConditionLabels[condition] ?? condition,
    facts: s("facts"),
    approvalType: extension ? "延长使用" : "首次使用",
    reassessment: extension ? s("reassessment") : "首次使用，不适用",
    positioningFromOn: s("fromOn") ? chineseDate(s("fromOn")) : "",
    positioningUntilOn: s("untilOn") ? chineseDate(s("untilOn")) : "",
    proposedByName: s("proposedByName"),
    approverName: s("approverName") || (event.actor_name ?? ""),
    decisionComment: s("comment") || "同意",
    decidedOn: chineseDate(s("decidedOn") || event.occurred_on),
  };
}

/** The 外出审批表's values (R-LV-2), as the decision event (approval or refusal) recorded them. */
function leaveFormValues(event: CaseEventRow): Record<string, string> {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  const level = s("approvalLevel") as LeaveApprovalLevel;
  const approve = event.step === "approve_leave";
  const decidedOn = chineseDate(event.occurred_on);
  return {
    ...leaveValues(event),
    appliedOn: s("appliedOn") ? chineseDate(s("appliedOn")) : "",
    cumulativeDays: typeof d.cumulativeDays === "number" ? String(d.cumulativeDays) : "",
    approvalLevelLabel: leaveApprovalLevelLabels[level] ?? "",
    approvalOpinions: leaveApprovalOpinions({
      level,
      approve,
      comment: s("comment") || null,
      deciderName: event.actor_name ?? "",
      decidingOrgName: s("decidingOrgName") || (leaveApprovalLevelLabels[level] ?? ""),
      decidedOn,
    }).join("\n"),
    decisionLabel: approve ? "批准" : "不予批准",
  };
}

/** The leave certificate's values (R-LV-2), as the approval event recorded them. */
function leaveValues(event: CaseEventRow): Record<string, string> {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  const level = s("approvalLevel") as LeaveApprovalLevel;
  return {
    leaveStartOn: s("startOn") ? chineseDate(s("startOn")) : "",
    leaveEndOn: s("endOn") ? chineseDate(s("endOn")) : "",
    leaveDays: typeof d.days === "number" ? String(d.days) : "",
    destinationAddress: s("destinationAddress"),
    leaveReason: s("reason"),
    approvingOrgName: s("decidingOrgName") || (leaveApprovalLevelLabels[level] ?? ""),
  };
}
