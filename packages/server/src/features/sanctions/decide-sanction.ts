import {
  DomainError,
  assertCan,
  courtRulingDue,
  sanctionAddressees,
  sanctionDocumentKinds,
  sanctionKindLabels,
  sanctionRuleIds,
  type SanctionKind,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  DocumentNumberRepository,
  NoticeRepository,
  SanctionRepository,
  placeOf,
  type SanctionRow,
} from "../../db/gateway/index.ts";
import { defaultTemplates } from "../../docs/templates.ts";
import { areaBodies, caseEnvironment, orgNamed, subjectPlace } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import { sanctionRules } from "../../shared/rules-in-force.ts";

/**
 * R-SN-1..7: the county agency decides on a proposal (an office may not, 403). An approval is
 * numbered and issues the measure's document; a proposal to a court opens the court's ruling
 * deadline (R-SN-6: 30 days; an arrest within 48 hours, tracked as 2 days). Every decision is
 * copied to the procuratorate, and an approved proposal goes to the police or court it names.
 */
export async function decideSanction({
  ctx,
  actor,
  meta,
  sanctionId,
  input,
}: UseCaseArgs & {
  sanctionId: string;
  input: { approve: boolean; comment?: string };
}): Promise<SanctionRow> {
  assertCan(actor, "sanction:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new SanctionRepository(gw);
    const s = await repo.findForDecision(sanctionId);
    if (s.status !== "proposed") throw new DomainError("SANCTION_DECIDED", { id: s.id, status: s.status });
    const subject = await supervisedFile(gw, s.subject_id);
    const [env, rules] = await Promise.all([caseEnvironment(gw), sanctionRules(gw)]);
    const kind = s.kind as SanctionKind;
    const label = sanctionKindLabels[kind];
    const measure = label.replace(/^提请/, "");
    const comment = input.comment?.trim() || null;
    const decidedOn = env.today;
    const bodies = await areaBodies(gw, subject.county_id);
    const notices = new NoticeRepository(gw);
    const log = new CaseLog(gw);
    const decided = {
      decided_by: actor.userId,
      decided_at: gw.now,
      decided_on: decidedOn,
      decision_comment: comment,
    };

    if (!input.approve) {
      const after = await repo.decide(s, { ...decided, status: "rejected" });
      await notices.send({
        kind: "sanction_decision",
        recipientOrgIds: [subject.office_id, ...(bodies.procuratorate ? [bodies.procuratorate.id] : [])],
        subjectId: subject.id,
        title: `不予批准${measure}：${subject.name}`,
        body: `${subject.county_name}决定不予批准对${subject.name}的${label}提请。${comment ? `意见：${comment}` : ""}`,
      });
      await log.record({
        subjectId: subject.id,
        step: "reject_sanction",
        occurredOn: decidedOn,
        summary: `不予批准${measure}（${sanctionRuleIds[kind]}）${comment ? `：${comment}` : ""}`,
        data: { sanctionId: s.id, kind, approved: false, comment },
        place: placeOf(subject),
      });
      return after;
    }

    const documentKind = sanctionDocumentKinds[kind];
    const number = documentKind
      ? await new DocumentNumberRepository(gw).next(
          { id: subject.county_id, name: subject.county_name },
          defaultTemplates[documentKind].numberWord,
          Number(decidedOn.slice(0, 4)),
        )
      : null;
    const rulingDue = courtRulingDue(rules, kind, decidedOn);
    const after = await repo.decide(s, {
      ...decided,
      status: "approved",
      document_number: number,
      court_ruling_due_on: rulingDue,
    });
    if (rulingDue)
      await new DeadlineRepository(gw).open(
        "court_ruling",
        { subjectId: subject.id },
        { dueOn: rulingDue, provisional: false },
        subjectPlace(subject),
      );

    // Who the approved measure goes to (R-SN-6): the police, or the court that decided the case.
    const addressee = sanctionAddressees[kind];
    const court = addressee === "court" ? await orgNamed(gw, subject.deciding_authority) : null;
    const to =
      addressee === "police" ? bodies.police : addressee === "court" ? (court ?? bodies.court) : null;
    const addresseeName =
      addressee === "police"
        ? (bodies.police?.name ?? "公安机关")
        : addressee === "court"
          ? subject.deciding_authority
          : addressee === "intermediate_court"
            ? "执行地中级人民法院"
            : subject.name;
    const recipients = [
      subject.office_id,
      ...(to ? [to.id] : []),
      ...(bodies.procuratorate ? [bodies.procuratorate.id] : []),
    ];
    await notices.send({
      kind: "sanction_decision",
      recipientOrgIds: recipients,
      subjectId: subject.id,
      title: `${documentKind ? defaultTemplates[documentKind].title : label}：${subject.name}`,
      body:
        `${subject.county_name}决定${kind === "commendation" || kind === "reprimand" || kind === "warning" ? "对" : "就"}${subject.name}${measure}` +
        `${number ? `（${number}）` : ""}。` +
        (rulingDue
          ? // The law counts from the court's receipt (courtRulingDue): the date is only the follow-up.
            `人民法院应自收到之${kind === "arrest" ? "时起四十八小时内作出是否逮捕的决定" : "日起三十日内作出裁定（决定）"}，跟踪期限 ${rulingDue}。`
          : ""),
      documentKind,
    });
    await log.record({
      subjectId: subject.id,
      step: "approve_sanction",
      occurredOn: decidedOn,
      summary:
        `批准${measure}（${sanctionRuleIds[kind]}）${number ? `，${number}` : ""}` +
        `${to ? `，送${to.name}` : ""}${bodies.procuratorate ? `，抄送${bodies.procuratorate.name}` : ""}` +
        (rulingDue ? `；跟踪法院${kind === "arrest" ? "决定" : "裁定"}至 ${rulingDue}` : ""),
      data: {
        sanctionId: s.id,
        kind,
        approved: true,
        facts: s.facts,
        comment,
        decidedOn,
        addresseeName,
        courtRulingDueOn: rulingDue,
        recipients,
      },
      documentKind,
      documentNumber: number,
      place: placeOf(subject),
    });
    return after;
  });
}
