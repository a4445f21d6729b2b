import {
  DomainError,
  assertCan,
  checkTermination,
  takeStep,
  terminationGroundLabels,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  ClosureRepository,
  DeadlineRepository,
  DocumentNumberRepository,
  NoticeRepository,
  SubjectRepository,
  placeOf,
  type SubjectRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { closureRecipients } from "./release-subject.ts";
import { endLocationSupervision, locationChanged } from "../../shared/location-supervision.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { terminationBody } from "./closure-schemas.ts";

export type TerminationInput = FromSchema<typeof terminationBody>;

/**
 * R-TM-1 (LAW 45, 51): the case ends on revocation of 缓刑 or 假释, a 收监 decision or death:
 * recorded under its release type, the 终止社区矫正通知书 numbered and notified like a release,
 * open deadlines cancelled, and an open transfer ended.
 */
export async function terminateSubject({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: TerminationInput }): Promise<SubjectRow> {
  assertCan(actor, "case:close");
  const closed = await inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    const next = takeStep("terminate", row.status as SubjectStatus, row.archived);
    const env = await caseEnvironment(gw);
    const rulingNumber = input.rulingNumber?.trim() || null;
    const type = checkTermination({
      ground: input.ground,
      category: row.category,
      decidedOn: input.decidedOn,
      rulingNumber,
      today: env.today,
    });
    const decidedOn = input.decidedOn;
    const rulingAuthority = input.rulingAuthority.trim();
    const reason = input.reason.trim();
    if (!rulingAuthority)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "rulingAuthority" },
        "请填写作出裁定、决定的机关（死亡的，填写出具证明的机关）",
      );
    if (!reason) throw new DomainError("VALIDATION_FAILED", { field: "reason" }, "请填写终止的事实和理由");
    const groundLabel = terminationGroundLabels[input.ground];
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫终",
      Number(decidedOn.slice(0, 4)),
    );
    const transferring = row.status === "transferring";
    const after = await subjects.applyStep(row, {
      status: next,
      released_on: decidedOn,
      closure_type: type,
      closure_ground: input.ground,
      ...(transferring ? { shared_county_id: null, shared_office_id: null } : {}),
    });
    const transferId = transferring
      ? await new ClosureRepository(gw).withdrawOpenTransfer(row.id, `社区矫正终止（${groundLabel}）`)
      : null;
    await new DeadlineRepository(gw).close({ subjectId: row.id }, "all", decidedOn, "cancelled");
    const recipients = await closureRecipients(gw, row);
    await new NoticeRepository(gw).send({
      kind: "termination",
      recipientOrgIds: recipients.ids,
      subjectId: row.id,
      title: `终止社区矫正通知：${row.name}`,
      body: `${row.name}（${row.judgment_number}）因${groundLabel}，于 ${decidedOn} 终止社区矫正（${rulingAuthority}${rulingNumber ? ` ${rulingNumber}` : ""}），${row.county_name}已出具终止社区矫正通知书（${number}）。`,
      documentKind: "termination-notice",
    });
    await new CaseLog(gw).record({
      subjectId: row.id,
      transferId,
      step: "terminate",
      occurredOn: decidedOn,
      summary: `${groundLabel}，终止社区矫正${transferId ? "，执行地变更随之终止" : ""}${recipients.names.length ? `，通知${recipients.names.join("、")}` : ""}`,
      data: {
        decidedOn,
        ground: input.ground,
        groundLabel,
        closureType: type,
        rulingAuthority,
        rulingNumber,
        reason,
        withdrawnTransferId: transferId,
        recipients: recipients.names,
      },
      documentKind: "termination-notice",
      documentNumber: number,
      place: placeOf(row),
    });
    await endLocationSupervision(gw, row.id, "终止社区矫正");
    return after;
  });
  locationChanged(ctx);
  return closed;
}
