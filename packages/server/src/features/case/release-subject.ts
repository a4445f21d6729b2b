import {
  DomainError,
  assertCan,
  checkRelease,
  releaseGroundLabels,
  takeStep,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  DocumentNumberRepository,
  NoticeRepository,
  SubjectRepository,
  placeOf,
  type Gateway,
  type SubjectRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment, orgNamed } from "../../shared/case-environment.ts";
import { endLocationSupervision, locationChanged } from "../../shared/location-supervision.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { releaseBody } from "./closure-schemas.ts";

export type ReleaseInput = FromSchema<typeof releaseBody>;

/**
 * Who is notified of a release or termination (LAW 44, 51): the county's procuratorate and
 * police, and the deciding authority when it is one of the organisations on the platform.
 */
export async function closureRecipients(
  gw: Gateway,
  row: SubjectRow,
): Promise<{ ids: string[]; names: string[] }> {
  const bodies = await areaBodies(gw, row.county_id);
  const deciding = await orgNamed(gw, row.deciding_authority);
  const orgs = [bodies.procuratorate, bodies.police, deciding].filter(
    (o, i, all): o is { id: string; name: string } =>
      o !== null && all.findIndex((x) => x?.id === o.id) === i,
  );
  return { ids: orgs.map((o) => o.id), names: orgs.map((o) => o.name) };
}

/**
 * R-RL-1: release at expiry (not before the end date) or on a pardon, after the personal
 * summary and appraisal: the 解除社区矫正证明书 is numbered, the deciding authority,
 * procuratorate and police are notified (LAW 44), and the case's open deadlines close.
 */
export async function releaseSubject({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: ReleaseInput }): Promise<SubjectRow> {
  assertCan(actor, "case:close");
  const closed = await inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    const next = takeStep("release", row.status as SubjectStatus, row.archived);
    const env = await caseEnvironment(gw);
    const type = checkRelease({
      ground: input.ground,
      releasedOn: input.releasedOn,
      today: env.today,
      correctionStartOn: row.correction_start_on,
      correctionEndOn: row.correction_end_on,
    });
    const releasedOn = input.releasedOn;
    const conductSummary = input.conductSummary.trim();
    if (!conductSummary)
      throw new DomainError("VALIDATION_FAILED", { field: "conductSummary" }, "请填写矫正期间表现");
    const log = new CaseLog(gw);
    if (!(await log.latest({ subjectId: row.id }, "prepare_release")))
      throw new DomainError(
        "FACTS_MISSING",
        { missing: ["releasePreparation"] },
        "解除矫正前须登记矫正对象的个人总结和司法所的鉴定意见",
      );
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫解",
      Number(releasedOn.slice(0, 4)),
    );
    const after = await subjects.applyStep(row, {
      status: next,
      released_on: releasedOn,
      closure_type: type,
      closure_ground: input.ground,
    });
    const deadlines = new DeadlineRepository(gw);
    await deadlines.close({ subjectId: row.id }, ["release", "release_preparation"], releasedOn, "met");
    await deadlines.close({ subjectId: row.id }, "all", releasedOn, "cancelled");
    const recipients = await closureRecipients(gw, row);
    const groundLabel = releaseGroundLabels[input.ground];
    await new NoticeRepository(gw).send({
      kind: "release",
      recipientOrgIds: recipients.ids,
      subjectId: row.id,
      title: `解除社区矫正通知：${row.name}`,
      body: `${row.name}（${row.judgment_number}）因${groundLabel}，于 ${releasedOn} 解除社区矫正，${row.county_name}已出具解除社区矫正证明书（${number}）。`,
      documentKind: "release-certificate",
    });
    await log.record({
      subjectId: row.id,
      step: "release",
      occurredOn: releasedOn,
      summary: `${groundLabel}，解除社区矫正${recipients.names.length ? `，通知${recipients.names.join("、")}` : ""}`,
      data: {
        releasedOn,
        ground: input.ground,
        groundLabel,
        closureType: type,
        conductSummary,
        correctionStartOn: row.correction_start_on,
        correctionEndOn: row.correction_end_on,
        recipients: recipients.names,
      },
      documentKind: "release-certificate",
      documentNumber: number,
      place: placeOf(row),
    });
    await endLocationSupervision(gw, row.id, "解除社区矫正");
    return after;
  });
  locationChanged(ctx);
  return closed;
}
