import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn, useBrowser } from "../src/browser.ts";

const browser = useBrowser();
let page: Page;

describe("the staff console", () => {
  it("refuses a wrong password with a Chinese message", async () => {
    page = await browser.open();
    await signIn(page, "office1", "Wrong#2026x");
    await expect.poll(() => page.getByTestId("login-error").textContent()).toContain("用户名或密码错误");
    expect(page.url()).toContain("/login");
  });

  it("an office worker signs in, searches the subject list, opens a file and sees its audit trail", async () => {
    page = await browser.open();
    await signIn(page, "office1");
    await expect.poll(() => page.getByTestId("header-org").textContent()).toContain("桂城司法所");
    // The menu follows the role: no user administration for an office worker.
    const nav = page.getByRole("navigation", { name: "主导航" }).or(page.getByLabel("主导航"));
    await expect.poll(() => nav.first().textContent()).toContain("矫正对象");
    expect(await nav.first().textContent()).not.toContain("用户管理");

    await nav.first().getByText("矫正对象").click();
    const table = page.getByTestId("subject-table");
    const firstName = table.locator("tbody tr a").first();
    await firstName.waitFor();
    const rows = await table.locator("tbody tr a").count();
    expect(rows).toBeGreaterThan(5);

    // Search by part of a name, as staff do.
    const name = (await firstName.textContent())!.trim();
    const part = Array.from(name).slice(-2).join("");
    await page.getByTestId("subject-search").locator("input").first().fill(part);
    await page.getByTestId("subject-search").locator("input").first().press("Enter");
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(part)}`);
    await expect
      .poll(async () => (await table.locator("tbody tr a").allTextContents()).every((n) => n.includes(part)))
      .toBe(true);

    // Open the file.
    await table.locator("tbody tr a", { hasText: name }).first().click();
    await expect.poll(() => page.getByTestId("subject-name").textContent()).toBe(name);
    await expect.poll(() => page.getByText("身份证号码").count()).toBeGreaterThan(0);
    const masked = await page.locator(".mono").first().textContent();
    expect(masked).toMatch(/\*{8}/);

    // Its audit trail shows this very read.
    await page.getByRole("tab", { name: "审计记录" }).click();
    const trail = page.getByRole("tabpanel").last();
    await expect.poll(() => trail.textContent()).toContain("查阅档案");
    expect(await trail.textContent()).toContain("office1");
  });

  it("the county head's dashboard shows live counts and charts", async () => {
    page = await browser.open();
    await signIn(page, "county_head");
    // County staff land on their decision queue; the dashboard is one menu entry away.
    await page.waitForURL((u) => u.pathname === "/decisions");
    await page.getByLabel("主导航").getByText("工作台", { exact: true }).click();
    await expect.poll(() => page.getByText("在矫人数").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("canvas").count()).toBeGreaterThanOrEqual(2);
  });

  it("the administrator sees the procurator's reads in the audit log", async () => {
    page = await browser.open();
    await signIn(page, "procurator");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/subjects");
    const table = page.getByTestId("subject-table");
    await table.locator("tbody tr a").first().click();
    await page.getByTestId("subject-name").waitFor();
    await page.context().clearCookies();

    await signIn(page, "admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/audit");
    await expect
      .poll(async () => (await page.locator("table").first().textContent()) ?? "")
      .toContain("procurator");
  });
});
