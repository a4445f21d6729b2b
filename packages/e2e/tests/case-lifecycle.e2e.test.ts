/**
 * One case walked through the console as people do it (issue 3): a commission, its investigation
 * and opinion, the registration of the subject awaiting report, handover, intake, entry
 * announcement, team and plan; then release of a subject whose period has ended. Each step is
 * checked on screen (status labels, timeline entries, the due dates the forms computed) and
 * against the case as the server holds it, so the test passes only if the steps happened.
 */
import { readFile } from "node:fs/promises";
import type { CalendarDay, CaseRules } from "@zhijiao/domain";
import {
  WorkingCalendar,
  addDays,
  addMonths,
  caseRulesWith,
  computeCorrectionEnd,
  investigationDue,
  reportDue,
  todayIn,
} from "@zhijiao/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, randomIdentityNumber, signInAs, submitStep } from "../src/browser.ts";

const browser = useBrowser();
let page: Page;

/** A valid identity number nobody else in the demo data has (born 1990, the given sex). */

const suffix = Math.random().toString(36).slice(2, 6);
const today = todayIn(new Date());
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible").getByText(option, { exact: true }).first().click();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

/** Sends the open step form and waits until the modal has gone (a refusal would keep it open). */

/** The calendar and rules the server computes with, read with the signed-in session. */
async function environment(page: Page): Promise<{ calendar: WorkingCalendar; rules: CaseRules }> {
  const cal = (await (await page.request.get("/api/calendar")).json()) as {
    years: { year: number }[];
    days: CalendarDay[];
  };
  const rules = caseRulesWith(
    (await (await page.request.get("/api/case-rules")).json()) as Record<string, unknown>,
  );
  return { calendar: new WorkingCalendar({ years: cal.years.map((y) => y.year), days: cal.days }), rules };
}

const timeline = (page: Page) => page.getByTestId("case-timeline").first();
const caseStatus = (page: Page) => page.getByTestId("case-status");

describe("the statutory case in the console", () => {
  it("R-IV-1, R-HO-1, R-HO-2, R-IN-1..3: a commission becomes a subject in correction with team and plan", async () => {
    page = await browser.open();
    const person = `周晓${suffix}`;
    const idNumber = randomIdentityNumber(1990, "female");

    // The county officer starts the day on the decision queue; what is due is one menu entry away.
    await signInAs(page, "county");
    expect(new URL(page.url()).pathname).toBe("/decisions");
    await page.goto("/deadlines");
    await expect.poll(() => page.locator(".page-title").textContent()).toContain("待办期限");
    const env = await environment(page);

    // 登记委托: the due date is shown as it will be computed, before sending.
    await page.goto("/investigations");
    await page.getByTestId("commission-new").click();
    await choose(page, "委托机关", "佛山市南海区人民法院");
    await pickDate(page, "收到委托日期", today);
    const due = investigationDue(env.calendar, env.rules, today, false);
    await expect.poll(() => page.getByTestId("investigation-due-date").textContent()).toBe(due.dueOn);
    await page.getByLabel("速裁案件").click();
    const fastDue = investigationDue(env.calendar, env.rules, today, true);
    await expect.poll(() => page.getByTestId("investigation-due-date").textContent()).toBe(fastDue.dueOn);
    await page.getByLabel("速裁案件").click();
    await page.getByLabel("被调查人姓名").fill(person);
    await page.getByLabel("身份证号码").fill(idNumber);
    await page.getByLabel("女", { exact: true }).check();
    await page.getByLabel("居住地", { exact: true }).fill("佛山市南海区桂城街道海八路8号");
    await page.getByLabel("居住地行政区划代码").fill("440605");
    await choose(page, "拟适用矫正类别", "缓刑");
    await page.getByLabel("涉嫌罪名").fill("危险驾驶罪");
    await submitStep(page);
    await page.waitForURL(/\/investigations\/[0-9a-f-]{36}$/);
    const investigationId = page.url().split("/").pop()!;
    await expect
      .poll(() => page.getByTestId("investigation-status").first().textContent())
      .toBe("已接收委托");
    expect(await page.getByTestId("investigation-due-on").textContent()).toContain(due.dueOn);

    // 指派: the county gives it to 桂城司法所.
    await page.getByTestId("action-assign").click();
    await choose(page, "调查司法所", "桂城司法所");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("investigation-status").first().textContent()).toBe("调查中");

    // The office finds it among its deadlines and records an interview with its scan.
    await signInAs(page, "office1");
    expect(new URL(page.url()).pathname).toBe("/workbench");
    await page.goto("/deadlines?tab=open&kind=investigation_opinion");
    await page.getByTestId("deadline-table").getByRole("link", { name: person }).click();
    await page.waitForURL(`**/investigations/${investigationId}`);
    await page.getByTestId("action-transcript").click();
    await page.getByLabel("被访谈人").fill("周建国");
    await choose(page, "与被调查人关系", "家庭成员或亲属");
    await page.getByLabel("访谈地点").fill("桂城司法所");
    await page.getByLabel("笔录内容").fill("被调查人平时表现良好，家庭关系和睦，愿意配合社区矫正。");
    await page
      .getByTestId("transcript-modal")
      .locator('input[type="file"]')
      .setInputFiles({ name: "笔录扫描.png", mimeType: "image/png", buffer: tinyPng });
    await submitStep(page);
    await expect.poll(() => page.getByTestId("transcript").count()).toBe(1);
    await expect.poll(() => page.getByTestId("transcript-attachment").count()).toBe(1);
    // Deciding is the county's: the office has no opinion button.
    expect(await page.getByTestId("action-opinion").count()).toBe(0);

    // 出具意见: 适宜社区矫正.
    await signInAs(page, "county");
    await page.goto(`/investigations/${investigationId}`);
    await page.getByTestId("action-opinion").click();
    await page.getByText("适宜社区矫正", { exact: true }).click();
    await page.getByLabel("评估理由").fill("无社会危险性，家庭具备监管条件，社区同意接纳。");
    await submitStep(page);
    await expect
      .poll(() => page.getByTestId("investigation-status").first().textContent())
      .toBe("已出具意见");
    await expect.poll(() => timeline(page).textContent()).toContain("出具调查评估意见");
    const [opinionDoc] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-opinion").click(),
    ]);
    expect(opinionDoc.suggestedFilename()).toMatch(/\.docx$/);

    // 登记交付: the subject awaiting report, with the report due date computed before sending.
    await page.getByTestId("action-register").click();
    await page.waitForURL(/\/subjects\/new\?investigationId=/);
    await expect.poll(() => page.getByTestId("from-investigation").count()).toBe(1);
    expect(await page.getByLabel("姓名", { exact: true }).inputValue()).toBe(person);
    const effectiveOn = addDays(today, -2);
    await choose(page, "民族", "汉族");
    await page.getByLabel("身份证号码", { exact: true }).fill(idNumber);
    await choose(page, "原判刑罚", "有期徒刑");
    await page.getByLabel("原判刑期（月）", { exact: true }).fill("12");
    await page.getByLabel("缓刑考验期（月）", { exact: true }).fill("24");
    await page.getByLabel("判决书（决定书）文号", { exact: true }).fill(`（2026）粤0605刑初${suffix}号`);
    await pickDate(page, "判决生效日期", effectiveOn);
    const reportOn = reportDue(env.calendar, env.rules, effectiveOn);
    await expect.poll(() => page.getByTestId("report-due-date").textContent()).toBe(reportOn.dueOn);
    expect(await page.getByTestId("report-due").textContent()).toContain("R-HO-2");
    await expect
      .poll(() => page.getByTestId("computed-end").textContent())
      .toBe(addDays(addMonths(effectiveOn, 24), -1));
    await page.getByTestId("subject-save").click();
    await page.waitForURL(/\/subjects\/[0-9a-f-]{36}$/);
    const subjectId = page.url().split("/").pop()!;
    await expect.poll(() => caseStatus(page).textContent()).toBe("待报到");
    expect(await page.getByTestId("report-due-on").textContent()).toContain(reportOn.dueOn);

    // 交付文书登记: the missing documents are offered; the R-HO-1 checks are shown.
    await page.getByTestId("case-action-record_handover").click();
    await expect.poll(() => page.getByTestId("handover-check").textContent()).toContain("R-HO-1");
    expect(await page.getByTestId("handover-row").count()).toBe(2);
    await pickDate(page, "决定机关通知到达日期", addDays(effectiveOn, 1));
    await submitStep(page);
    await expect.poll(() => page.getByTestId("handover-documents").textContent()).toContain("执行通知书");
    expect(await page.getByTestId("handover-documents").textContent()).toContain("判决书");

    // 报到接收: documents complete, identity verified.
    await page.getByTestId("case-action-intake").click();
    await expect.poll(() => page.getByText("交付文书已齐全").count()).toBeGreaterThan(0);
    await page.getByTestId("identity-verified").check();
    await submitStep(page);
    await expect.poll(() => caseStatus(page).textContent()).toBe("在矫");

    // 入矫宣告.
    await page.getByTestId("case-action-announce_entry").click();
    const participants = page.getByRole("dialog").getByRole("combobox", { name: "参加人员" });
    await participants.fill("王所长");
    await participants.press("Enter");
    await participants.fill(person);
    await participants.press("Enter");
    await submitStep(page);

    // 矫正小组: a female subject's team includes a woman (R-IN-2).
    await page.getByTestId("case-action-set_team").click();
    await expect
      .poll(() => page.getByTestId("team-rule").textContent())
      .toContain("女性矫正对象的矫正小组应当有女性成员");
    await page.getByRole("dialog").getByLabel("成员姓名").first().fill("陈桂芳");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("team-members").textContent()).toContain("陈桂芳");

    // 矫正方案, version 1.
    await page.getByTestId("case-action-revise_plan").click();
    await page.getByLabel("风险分析").fill("再犯风险低，需关注交通安全意识。");
    await page.getByLabel("矫正措施").fill("每月参加交通安全教育，每周电话汇报。");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("plan-versions").textContent()).toContain("第 1 版");

    // The timeline is the spine of the file: every step is on it, in order.
    const steps = ["交付登记", "登记交付文书", "报到接收", "入矫宣告", "确定矫正小组", "制定矫正方案"];
    await expect.poll(() => timeline(page).textContent()).toContain("制定矫正方案");
    const text = (await timeline(page).textContent()) ?? "";
    for (const s of steps) expect(text).toContain(s);

    // And the server holds what the screen showed.
    const kase = (await (await page.request.get(`/api/subjects/${subjectId}/case`)).json()) as {
      status: string;
      reportDueOn: string;
      handover: { missing: unknown[] };
      team: { name: string; sex: string }[];
      plans: unknown[];
      announcement: { participants: string[] } | null;
      investigation: { id: string } | null;
    };
    expect(kase.status).toBe("in_correction");
    expect(kase.reportDueOn).toBe(reportOn.dueOn);
    expect(kase.handover.missing).toEqual([]);
    expect(kase.team).toEqual([expect.objectContaining({ name: "陈桂芳", sex: "female" })]);
    expect(kase.plans).toHaveLength(1);
    expect(kase.announcement?.participants).toEqual(["王所长", person]);
    expect(kase.investigation?.id).toBe(investigationId);
  });

  it("R-RL-1: a subject whose period has ended is prepared, released, and gets the 解除社区矫正证明书", async () => {
    page = await browser.open();
    await signInAs(page, "county");

    // A 管制 of 3 months that began 4 months ago has ended: set it up through the API.
    const startOn = addMonths(today, -4);
    const sentence = { penalty: "surveillance", termMonths: 3 } as const;
    const endOn = computeCorrectionEnd("01", sentence, startOn)!;
    expect(endOn < today).toBe(true);
    const offices = (await (await page.request.get("/api/organizations?kind=office")).json()) as {
      items: { id: string; name: string }[];
    };
    const office = offices.items.find((o) => o.name === "桂城司法所")!;
    const name = `解矫${suffix}`;
    const created = await page.request.post("/api/subjects", {
      data: {
        name,
        sex: "male",
        ethnicity: "01",
        idNumber: randomIdentityNumber(1990, "male"),
        residenceAddress: "佛山市南海区桂城街道南海大道1号",
        residenceDivisionCode: "440605",
        category: "01",
        crime: "寻衅滋事罪",
        sentence,
        decidingAuthority: "佛山市南海区人民法院",
        judgmentNumber: `（2026）粤0605刑初${suffix}9号`,
        judgmentEffectiveOn: startOn,
        correctionStartOn: startOn,
        correctionEndOn: endOn,
        officeId: office.id,
        level: "normal",
        status: "in_correction",
      },
    });
    expect(created.status()).toBe(201);
    const subjectId = ((await created.json()) as { id: string }).id;

    await page.goto(`/subjects/${subjectId}`);
    await expect.poll(() => caseStatus(page).textContent()).toBe("在矫");

    // 解矫准备: the due date 30 days before the end is shown with its rule.
    await page.getByTestId("case-action-prepare_release").click();
    await expect
      .poll(() => page.getByTestId("release-preparation-due-date").textContent())
      .toBe(addDays(endOn, -30));
    await page.getByLabel("社区矫正对象个人总结").fill("矫正期间遵纪守法，按时报到，积极参加公益活动。");
    await page.getByLabel("司法所鉴定意见").fill("该对象矫正期间表现良好，建议按期解除社区矫正。");
    await submitStep(page);
    await expect.poll(() => timeline(page).textContent()).toContain("解矫准备");

    // 解除矫正 at expiry.
    await page.getByTestId("case-action-release").click();
    await page.getByLabel("矫正期间表现").fill("服从管理，无违规行为。");
    await submitStep(page);
    await expect.poll(() => caseStatus(page).textContent()).toBe("已解矫");
    await expect.poll(() => timeline(page).textContent()).toContain("解除社区矫正");
    expect(await page.getByTestId("case-action-release").count()).toBe(0);

    // The certificate is offered among the file's documents, as a Word file.
    await page.getByTestId("case-documents").click();
    const [certificate] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "解除社区矫正证明书" }).click(),
    ]);
    expect(certificate.suggestedFilename()).toMatch(/解除社区矫正证明书.*\.docx$/);
    const bytes = await readFile((await certificate.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

    const kase = (await (await page.request.get(`/api/subjects/${subjectId}/case`)).json()) as {
      status: string;
      closure: { on: string | null } | null;
    };
    expect(kase.status).toBe("released");
    expect(kase.closure?.on).toBe(today);
  });
});
