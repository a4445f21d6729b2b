/**
 * The case side of the demo: awaiting-report files get their report deadlines, and the 南海
 * county agency has investigations at each stage. Investigations go through the real use cases,
 * as the county officer and the 桂城 office would take them.
 */
import { randomUUID } from "node:crypto";
import {
  addDays,
  compareDates,
  handoverCheck,
  reportDue,
  requiredHandoverDocuments,
  todayIn,
  type Actor,
  type Category,
  type DateString,
} from "@zhijiao/domain";
import { addInvestigationTranscript } from "../features/investigations/add-investigation-transcript.ts";
import { assignInvestigation } from "../features/investigations/assign-investigation.ts";
import { caseEnvironment } from "../shared/case-environment.ts";
import { createInvestigation } from "../features/investigations/create-investigation.ts";
import { issueInvestigationOpinion } from "../features/investigations/issue-investigation-opinion.ts";
import { inTransaction, type AppContext } from "../context.ts";
import { AuthRepository, DemoDataRepository } from "../db/gateway/index.ts";
import type { NewRow } from "../db/schema.ts";
import { hashPassword } from "../security/passwords.ts";
import { DEMO_PASSWORD, demoSubjectUsernames, demoUserId } from "./accounts.ts";
import { seedDemoLocation } from "./location.ts";
import { demoOrgIds } from "./orgs.ts";
import { Random } from "./random.ts";

const meta = { ip: null, userAgent: "demo" };

async function actorOf(ctx: AppContext, username: string): Promise<Actor | null> {
  return inTransaction(ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    const user = await auth.findUserByUsername(username);
    return user ? auth.loadActor(user) : null;
  });
}

/** Report and handover deadlines for demo files registered as awaiting report (R-HO-1, R-HO-2). */
async function openReportDeadlines(ctx: AppContext): Promise<number> {
  return inTransaction(ctx, null, meta, async (gw) => {
    const env = await caseEnvironment(gw);
    const demo = new DemoDataRepository(gw);
    const rows = await demo.awaitingReportWithoutDue();
    // In bulk: a province-scale demo has tens of thousands of files awaiting report.
    const deadlines: NewRow<"deadlines">[] = [];
    const dueByDate = new Map<string, string[]>();
    for (const r of rows) {
      const effectiveOn = r.judgment_effective_on!;
      const due = reportDue(env.calendar, env.rules, effectiveOn);
      const check = handoverCheck(env.calendar, env.rules, effectiveOn, null, null);
      const base = {
        subject_id: r.id,
        office_id: r.office_id,
        county_id: r.county_id,
        city_id: r.city_id,
        province_id: r.province_id,
        minor: r.minor,
        created_at: gw.now,
      };
      deadlines.push(
        { ...base, id: randomUUID(), kind: "report", due_on: due.dueOn, provisional: due.provisional },
        {
          ...base,
          id: randomUUID(),
          kind: "handover_documents",
          due_on: check.documentsDueOn,
          provisional: false,
        },
      );
      dueByDate.set(due.dueOn, [...(dueByDate.get(due.dueOn) ?? []), r.id]);
    }
    for (const [dueOn, ids] of dueByDate) await demo.setReportDue(dueOn, ids);
    await demo.insert("deadlines", deadlines);
    return rows.length;
  });
}

/**
 * The history a file of the demo would have: its registration, the handover documents and, for
 * files past intake, the intake and (for released ones) the release, as timeline events. Seeded
 * history, written directly like the seeded files themselves; new steps go through the use cases.
 */
async function backfillHistory(ctx: AppContext): Promise<number> {
  return inTransaction(ctx, null, meta, async (gw) => {
    const demo = new DemoDataRepository(gw);
    const rows = await demo.filesWithoutHistory(2000);
    const events: NewRow<"case_events">[] = [];
    const documents: NewRow<"handover_documents">[] = [];
    const event = (
      subjectId: string,
      countyId: string,
      step: string,
      on: DateString,
      summary: string,
      at: Date,
    ) =>
      events.push({
        id: randomUUID(),
        subject_id: subjectId,
        step,
        occurred_on: on,
        at,
        summary,
        data: JSON.stringify({ seeded: true }),
        county_id: countyId,
      });
    for (const r of rows) {
      const effective = r.judgment_effective_on ?? r.correction_start_on;
      event(
        r.id,
        r.county_id,
        "register",
        effective,
        `交付登记：${r.deciding_authority}${r.judgment_number}`,
        r.created_at,
      );
      if (r.status === "awaiting_report" || !r.received_on) continue;
      const deliveredOn =
        compareDates(addDays(effective, 3), r.received_on) <= 0 ? addDays(effective, 3) : r.received_on;
      for (const kind of requiredHandoverDocuments[r.category as Category])
        documents.push({
          id: randomUUID(),
          subject_id: r.id,
          kind,
          document_number: kind === "judgment" ? r.judgment_number : null,
          received_on: deliveredOn,
          note: null,
          created_by: null,
          created_at: r.created_at,
        });
      event(r.id, r.county_id, "intake", r.received_on, "自行报到，核实身份，接收入矫", r.created_at);
      if (r.released_on)
        event(r.id, r.county_id, "release", r.released_on, "矫正期满，解除社区矫正", r.created_at);
    }
    await demo.insert("case_events", events);
    await demo.insert("handover_documents", documents);
    await demo.markReported(rows.filter((r) => r.received_on).map((r) => r.id));
    return rows.length;
  });
}

const people = [
  { name: "周建华", id: "440605199203154219", sex: "male", crime: "盗窃罪", category: "02" },
  { name: "黄丽萍", id: "440605198511203524", sex: "female", crime: "危险驾驶罪", category: "02" },
  { name: "梁志强", id: "440605197807092611", sex: "male", crime: "诈骗罪", category: "03" },
] as const;

/** Three investigations of the 南海 county agency: received, under way, concluded. */
async function seedInvestigations(ctx: AppContext, today: DateString): Promise<number> {
  const county = await actorOf(ctx, "county");
  const office = await actorOf(ctx, "office1");
  if (!county || !office) return 0;
  const rng = new Random("demo-investigations");
  const court = await inTransaction(ctx, null, meta, (gw) =>
    new DemoDataRepository(gw).courtOf(demoOrgIds.nanhai),
  );
  if (!court) return 0;
  let n = 0;
  for (const [i, p] of people.entries()) {
    const receivedOn = addDays(today, -(2 + i * 3 + rng.int(0, 1)));
    const inv = await createInvestigation({
      ctx,
      actor: county,
      meta,
      input: {
        commissioningOrgId: court.id,
        commissionNumber: `（${today.slice(0, 4)}）粤0605刑初${3100 + i}号`,
        receivedOn,
        fastTrack: i === 0,
        personName: p.name,
        sex: p.sex,
        idNumber: p.id,
        residenceAddress: "广东省佛山市南海区桂城街道南海大道北" + (20 + i) + "号",
        residenceDivisionCode: "440605",
        proposedCategory: p.category,
        crime: p.crime,
      },
    });
    n++;
    if (i === 0) continue;
    await assignInvestigation({
      ctx,
      actor: county,
      meta,
      investigationId: inv.id,
      officeId: demoOrgIds.guicheng,
    });
    await addInvestigationTranscript({
      ctx,
      actor: office,
      meta,
      investigationId: inv.id,
      input: {
        interviewee: `${p.name.slice(0, 1)}先生（父亲）`,
        relation: "relative",
        interviewedOn: addDays(receivedOn, 1),
        place: "被调查人家中",
        content: "被调查人平时孝顺父母，案发后深感悔恨，家庭愿意配合监督管理。",
      },
    });
    if (i === 2)
      await issueInvestigationOpinion({
        ctx,
        actor: county,
        meta,
        investigationId: inv.id,
        input: {
          opinion: "suitable",
          reasons: "被调查人认罪悔罪，有固定住所和稳定收入，家庭和社区愿意协助监管，适宜社区矫正。",
          opinionOn: addDays(receivedOn, 3),
        },
      });
  }
  return n;
}

/**
 * The demo subjects' own accounts for the mobile app: the two adults in correction at 桂城 with
 * the longest time still to serve, signed in as themselves (scope `self`).
 */
async function seedSubjectAccounts(ctx: AppContext): Promise<number> {
  const subjects = await inTransaction(ctx, null, meta, (gw) =>
    new DemoDataRepository(gw).adultsInCorrection(demoOrgIds.guicheng, demoSubjectUsernames.length),
  );
  if (subjects.length === 0) return 0;
  const hash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(ctx, null, meta, (gw) =>
    new DemoDataRepository(gw).insert(
      "users",
      subjects.map((s, i) => ({
        id: demoUserId(demoSubjectUsernames[i]!),
        username: demoSubjectUsernames[i]!,
        display_name: s.name,
        role: "subject",
        org_id: s.office_id,
        subject_id: s.id,
        password_hash: hash,
        must_change_password: false,
        locked_until: null,
        last_login_at: null,
      })),
    ),
  );
  return subjects.length;
}

/** Seeds the case data of the demo; `today` as in seedDemo. */
export async function seedDemoCases(
  ctx: AppContext,
  today = todayIn(ctx.now()),
  opts: { investigations: boolean } = { investigations: true },
): Promise<{ deadlines: number; investigations: number }> {
  const deadlines = await openReportDeadlines(ctx);
  if (opts.investigations) await backfillHistory(ctx);
  if (opts.investigations) await seedSubjectAccounts(ctx);
  const investigations = opts.investigations ? await seedInvestigations(ctx, today) : 0;
  // Devices, a positioning authorization and zones (issue 5), once, with the accounts.
  if (opts.investigations) await seedDemoLocation(ctx);
  return { deadlines, investigations };
}
