/**
 * Electronic location supervision within the law (issue 5, R-EP-1), in the console: the office
 * proposes an electronic positioning device for a new file of 桂城司法所 (condition 违反人民法院禁止令,
 * two months) with the 3-month limit shown before sending; the county head approves it on the
 * file; the county registers a bracelet on 设备管理 and sees its token once; the office binds the
 * bracelet under the approval and draws a forbidden circle on the file's map.
 */
import { readFile } from "node:fs/promises";
import { addDays, addMonths, positioningLatestUntil, todayIn } from "@zhijiao/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInAs, useBrowser, submitStep } from "../src/browser.ts";
import { subjectInCorrection } from "../src/subjects.ts";

const browser = useBrowser();
let page: Page;

const suffix = Math.random().toString(36).slice(2, 6);
const today = todayIn(new Date());

async function choose(page: Page, label: string, option: string, exact = true): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible").getByText(option, { exact }).click();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

async function openPositioningTab(page: Page, subjectId: string): Promise<void> {
  await page.goto(`/subjects/${subjectId}`);
  await page.getByTestId("tab-positioning").click();
  await page.getByTestId("positioning-tab").waitFor();
}

interface AuthorizationJson {
  id: string;
  status: string;
  condition: string;
  fromOn: string;
  untilOn: string;
  documentNumber: string | null;
}

describe("electronic location supervision in the console", () => {
  it("R-EP-1: an approved authorization lets the office bind a bracelet registered by the county, and a forbidden circle is drawn", async () => {
    page = await browser.open();

    // The office proposes the device for two months; the 3-month limit is shown before sending.
    await signInAs(page, "office1");
    const name = `定位${suffix}`;
    const subjectId = await subjectInCorrection(page, name, {
      bornIn: 1992,
      crime: "故意伤害罪",
      residenceAddress: "佛山市南海区桂城街道海五路28号",
      level: "strict",
    });
    await openPositioningTab(page, subjectId);
    await expect.poll(() => page.getByTestId("positioning-in-force").textContent()).toContain("无有效");
    await page.getByTestId("positioning-new").click();
    await page.getByTestId("positioning-modal").waitFor();
    await expect
      .poll(() => page.getByTestId("positioning-latest-until").textContent())
      .toBe(positioningLatestUntil(today));
    await choose(page, "适用情形", "违反人民法院禁止令");
    await page.getByLabel("事实和理由").fill("违反人民法院禁止令，擅自进入酒吧，经教育仍不改正。");
    const untilOn = addDays(addMonths(today, 2), -1);
    await pickDate(page, "结束日期", untilOn);
    await expect.poll(() => page.getByTestId("positioning-period-hint").textContent()).toContain("本次共");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("positioning-authorizations").textContent()).toContain("待审批");
    const proposed = (
      (await (await page.request.get(`/api/subjects/${subjectId}/positioning-authorizations`)).json()) as {
        items: AuthorizationJson[];
      }
    ).items[0]!;
    expect(proposed).toMatchObject({
      status: "proposed",
      condition: "ban_violation",
      fromOn: today,
      untilOn,
    });
    // An office worker does not decide.
    expect(await page.getByTestId(`positioning-decide-${proposed.id}`).count()).toBe(0);

    // The county head approves it on the file; the approval is numbered and its 审批表 offered.
    await signInAs(page, "county_head");
    await openPositioningTab(page, subjectId);
    await page.getByTestId(`positioning-decide-${proposed.id}`).click();
    await page.getByTestId("positioning-decision-modal").waitFor();
    await page.getByLabel("说明").fill("符合法定情形，同意使用。");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("positioning-authorizations").textContent()).toContain("已批准");
    await expect.poll(() => page.getByTestId("positioning-in-force").textContent()).toContain(untilOn);
    const [doc] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("positioning-document").click(),
    ]);
    expect(doc.suggestedFilename()).toMatch(/\.docx$/);
    expect((await readFile((await doc.path())!)).subarray(0, 2).toString("latin1")).toBe("PK");

    // The county registers a bracelet on 设备管理 and sees its token once.
    await signInAs(page, "county");
    await page.getByRole("link", { name: "设备管理" }).click();
    await page.waitForURL((u) => u.pathname === "/devices");
    await page.getByTestId("device-register").click();
    await page.getByTestId("device-register-modal").waitFor();
    expect(await page.getByTestId("device-kind-rule").textContent()).toContain("R-EP-1");
    const identifier = `1${String(Date.now()).slice(-11)}`;
    await page.getByLabel("设备编号").fill(identifier);
    await page.getByLabel("型号").fill("测试手环");
    await page.getByTestId("step-submit").click();
    await page.getByTestId("device-token-modal").waitFor();
    const token = (await page.getByTestId("device-token").textContent())!.trim();
    expect(token.length).toBeGreaterThanOrEqual(20);
    const instructions = (await page.getByTestId("device-token-modal").textContent())!;
    expect(instructions).toContain("Authorization: Device");
    expect(instructions).toContain("/api/ingest/osmand?key=");
    expect(instructions).toContain("6808");
    expect(instructions).toContain(identifier);
    await page.getByTestId("device-token-close").click();
    await expect.poll(() => page.getByTestId("device-token-modal").count()).toBe(0);
    await page.getByTestId(`device-${identifier}`).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(token);
    // The token is never served again.
    const listed = await (
      await page.request.get("/api/devices?kind=bracelet&bound=false&pageSize=100")
    ).text();
    expect(listed).toContain(identifier);
    expect(listed).not.toContain(token);

    // The office binds it under the approval.
    await signInAs(page, "office1");
    await openPositioningTab(page, subjectId);
    await page.getByTestId("binding-new").click();
    await page.getByTestId("binding-modal").waitFor();
    await choose(page, "设备", identifier, false);
    await expect.poll(() => page.getByTestId("binding-rule").textContent()).toContain("依据");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("device-bindings").textContent()).toContain(identifier);
    expect(await page.getByTestId("device-bindings").textContent()).toContain("使用中");

    // A forbidden circle drawn on the map, listed with the zones in force.
    await page.getByTestId("zone-new").click();
    await page.getByTestId("zone-modal").waitFor();
    await page.getByLabel("围栏名称").fill(`禁止进入的酒吧${suffix}`);
    await page.getByLabel("半径（米）").fill("300");
    await page.getByTestId("zone-draw-map").click({ position: { x: 380, y: 180 } });
    await expect.poll(() => page.getByTestId("zone-draw-state").textContent()).toContain("圆心");
    expect(await page.getByTestId("zone-source").textContent()).toBe("人工设置");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("zone-list").textContent()).toContain(`禁止进入的酒吧${suffix}`);
    expect(await page.getByTestId("zone-list").textContent()).toContain("禁止进入区域");
    const zones = (await (await page.request.get(`/api/subjects/${subjectId}/zones`)).json()) as {
      items: { kind: string; source: string; shape: { type: string; radiusM?: number } }[];
    };
    expect(zones.items.find((z) => z.kind === "exclusion")).toMatchObject({
      source: "manual",
      shape: { type: "circle", radiusM: 300 },
    });
  });
});
