import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { idNumberCheckDigit } from "@zhijiao/domain";

export const baseUrl = process.env.ZHIJIAO_E2E_URL ?? "http://127.0.0.1:3107";
export const DEMO_PASSWORD = "Sqjz#2026";
const artifacts = join(import.meta.dirname, "..", "test-results");

/** Debian's Chromium, headless, with no network chatter (Playwright gives each launch a fresh profile). */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByTestId("login-submit").click();
}

/** Keeps a screenshot of the page for a failed test (packages/e2e/test-results/). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One browser per test file; `open()` gives each test a fresh signed-out page, closed after the
 * test with a screenshot kept when it failed.
 */
export function useBrowser(): { open: (viewport?: { width: number; height: number }) => Promise<Page> } {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page | undefined;
  beforeAll(async () => {
    ({ browser, close } = await launch());
  });
  afterAll(async () => {
    await close();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && page) await screenshot(page, ctx.task.name.replace(/\W+/g, "-"));
    await page?.context().close();
    page = undefined;
  });
  return {
    async open(viewport) {
      ({ page } = await newPage(browser, viewport));
      return page;
    },
  };
}

/** Signs in as another account in the same page (clears the session cookie first) and waits for the landing screen. */
export async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith("/login") && u.pathname !== "/");
}

/**
 * A valid identity number (南海区, GB 11643 check digit) of someone born in `year`, random enough
 * that reruns against the same database do not collide (one open file per person).
 */
export function randomIdentityNumber(year: number, sex: "male" | "female" = "male"): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const month = two(1 + Math.floor(Math.random() * 12));
  const day = two(1 + Math.floor(Math.random() * 28));
  const seq = two(10 + Math.floor(Math.random() * 90));
  const sexDigit =
    sex === "female"
      ? String(2 * Math.floor(Math.random() * 5))
      : String(2 * Math.floor(Math.random() * 5) + 1);
  const first17 = `440605${year}${month}${day}${seq}${sexDigit}`;
  return first17 + idNumberCheckDigit(first17);
}

/** Sends the open step form and waits until its modal closes; a refusal shown in the form fails the test with its text. */
export async function submitStep(page: Page): Promise<void> {
  await page.getByTestId("step-submit").click();
  await expect
    .poll(async () => {
      const err = page.getByTestId("step-error");
      if (await err.count()) return `refused: ${await err.first().textContent()}`;
      const invalid = page.locator(".ant-modal-wrap:visible .ant-form-item-explain-error");
      if (await invalid.count()) return `invalid: ${(await invalid.allTextContents()).join("；")}`;
      return page.locator(".ant-modal-wrap:visible").count();
    })
    .toBe(0);
}
