import { idNumberCheckDigit } from "@zhijiao/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn, useBrowser } from "../src/browser.ts";

const browser = useBrowser();
let page: Page;

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible").getByText(option, { exact: true }).click();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press("Enter");
}

describe("opening a file in the console", () => {
  it("an office worker fills the form, sees the lawful end date before sending, and the file opens", async () => {
    page = await browser.open();
    await signIn(page, "office1");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/subjects/new");

    const first17 = "44060519900312" + "771";
    const idNumber = first17 + idNumberCheckDigit(first17);
    await page.getByLabel("姓名", { exact: true }).fill("端到端测试");
    await page.getByLabel("男", { exact: true }).check();
    await choose(page, "民族", "汉族");
    await page.getByLabel("身份证号码", { exact: true }).fill(idNumber);
    await page.getByLabel("联系电话", { exact: true }).fill("13922223333");
    await page.getByLabel("居住地址", { exact: true }).fill("佛山市南海区桂城街道南海大道北1号");
    await page.getByLabel("居住地行政区划代码", { exact: true }).fill("440605");
    await page.getByLabel("罪名", { exact: true }).fill("危险驾驶罪");
    await choose(page, "原判刑罚", "拘役");
    await page.getByLabel("原判刑期（月）", { exact: true }).fill("3");
    await choose(page, "矫正类别", "缓刑");
    await page.getByLabel("缓刑考验期（月）", { exact: true }).fill("6");
    await page.getByLabel("决定机关", { exact: true }).fill("佛山市南海区人民法院");
    await page.getByLabel("判决书（决定书）文号", { exact: true }).fill("（2026）粤0605刑初2001号");
    await pickDate(page, "判决生效日期", "2026-09-25");
    await pickDate(page, "矫正起始日期", "2026-09-25");

    // The rule is shown before sending: 6 months of probation from 2026-09-25 end on 2027-03-24.
    await expect.poll(() => page.getByTestId("computed-end").textContent()).toBe("2027-03-24");

    await page.getByTestId("subject-save").click();
    await page.waitForURL(/\/subjects\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId("subject-name").textContent()).toBe("端到端测试");
    await expect.poll(() => page.locator("main").textContent()).toContain("2026-09-25 – 2027-03-24");
    expect(await page.content()).not.toContain(idNumber);
  });

  it("a server refusal is shown on the field in Chinese", async () => {
    page = await browser.open();
    await signIn(page, "office1");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/subjects/new");
    await page.getByLabel("身份证号码", { exact: true }).fill("440605199003127719");
    await page.getByLabel("身份证号码", { exact: true }).blur();
    await expect
      .poll(() => page.locator(".ant-form-item-explain-error").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/身份证号码/)]));
  });
});
