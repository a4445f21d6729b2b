import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@zhijiao/domain";
import { DEMO_PASSWORD, baseUrl, signIn, useBrowser } from "../src/browser.ts";

/** The subject's mobile web app (/m/) at a phone's viewport, with the camera's file input and a position. */
const browser = useBrowser();
const phone = { width: 390, height: 844 };
/** 佛山市南海区桂城, where the demo subjects live. */
const position = { latitude: 23.0405, longitude: 113.1452, accuracy: 30 };
/** A small PNG, as the camera would give (the app re-encodes it as a JPEG). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4UWGDFTEMLQkAQfNfAVTFtrMAAAAASUVORK5CYII=",
  "base64",
);

async function openPhone(geolocation: boolean): Promise<Page> {
  const page = await browser.open(phone);
  const context = page.context();
  if (geolocation) {
    await context.grantPermissions(["geolocation"], { origin: baseUrl });
    await context.setGeolocation(position);
  } else {
    await context.clearPermissions();
  }
  return page;
}

function tab(page: Page, name: string) {
  return page.getByRole("navigation", { name: "主菜单" }).getByText(name, { exact: true });
}

/** Office staff decide through the API (the console's leave screen is tested on its own). */
async function approveAsOffice(leaveId: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "office1", password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${baseUrl}/api/leave-requests/${leaveId}/decision`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ approve: true, comment: "同意，按时返回销假" }),
  });
  expect(res.status).toBe(200);
}

/** One API call as a demo account (signs in first). */
async function callAs(username: string, method: string, path: string, body?: unknown): Promise<Response> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe("the subject's mobile app (/m/)", () => {
  it("subject1 sees what is due, checks in, reports, applies for leave, sees it approved and reports back", async () => {
    const page = await openPhone(true);
    // Signing in at the console's page sends a subject to the phone app.
    await signIn(page, "subject1");
    await page.waitForURL((u) => u.pathname === "/m/");
    await expect.poll(() => page.getByTestId("m-countdown").textContent()).toMatch(/距矫正期满还有 \d+ 天/);
    await expect.poll(() => page.getByTestId("m-duties").textContent()).toContain("书面思想汇报");

    // Check in with the front camera's photo and the browser's position.
    await tab(page, "签到").click();
    await page
      .getByTestId("m-photo-input")
      .setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG });
    await page.getByAltText("签到照片").waitFor();
    await page.getByTestId("m-check-in-submit").click();
    await expect.poll(() => page.getByTestId("m-check-in-done").textContent()).toContain("签到成功");

    // A written thought report.
    await tab(page, "汇报").click();
    await page.getByTestId("m-report-content").fill("本月按时报到，参加公益活动，认真学习法律知识。");
    await page.getByTestId("m-report-submit").click();
    await expect.poll(() => page.getByTestId("m-report-done").textContent()).toContain("思想汇报已提交");

    // Both are listed on the home screen.
    await tab(page, "首页").click();
    await expect.poll(() => page.locator(".m-card").last().textContent()).toContain("手机签到");

    // Leave 4 to 6 days ahead: 3 days, decided by the office (R-LV-2).
    const today = todayIn(new Date());
    const startOn = addDays(today, 4);
    const endOn = addDays(today, 6);
    await tab(page, "外出").click();
    await page.getByTestId("m-leave-start").fill(startOn);
    await page.getByTestId("m-leave-end").fill(endOn);
    await page.getByTestId("m-leave-address").fill("广东省广州市越秀区中山二路58号");
    await page.getByTestId("m-leave-reason").fill("陪同母亲到广州看病");
    await page.getByTestId("m-leave-submit").click();
    const item = page.getByTestId("m-leave-item").first();
    await expect.poll(() => item.textContent()).toContain(`${startOn} 至 ${endOn}`);
    expect(await item.getByTestId("m-leave-status").textContent()).toBe("待审批");
    expect(await item.textContent()).toContain("司法所");

    const overview = (await (await page.context().request.get("/api/me/overview")).json()) as {
      leaveRequests: { id: string; startOn: string }[];
    };
    const leave = overview.leaveRequests.find((l) => l.startOn === startOn)!;
    await approveAsOffice(leave.id);

    await page.reload();
    await expect.poll(() => item.getByTestId("m-leave-status").textContent()).toBe("已批准");
    await tab(page, "通知").click();
    await expect.poll(() => page.getByTestId("m-notices").textContent()).toContain("批准外出");

    // 销假: the app reports today; before the leave has begun the server says why (R-LV-3).
    await tab(page, "外出").click();
    await item.getByTestId("m-leave-return").click();
    await expect
      .poll(() => page.getByTestId("m-leave-error").textContent())
      .toContain("销假日期不能早于外出日期");
  });

  it("says clearly in Chinese when the location is refused", async () => {
    const page = await openPhone(false);
    await page.goto("/m/login");
    await page.getByLabel("用户名").fill("subject2");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByTestId("m-login-submit").click();
    await page.waitForURL((u) => u.pathname === "/m/");
    await tab(page, "签到").click();
    await page
      .getByTestId("m-photo-input")
      .setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG });
    await page.getByAltText("签到照片").waitFor();
    await page.getByTestId("m-check-in-submit").click();
    await expect.poll(() => page.getByTestId("m-error").textContent(), { timeout: 25_000 }).toContain("位置");
  });

  it("a check-in from the phone appears on the office's workbench (新打卡) and is confirmed with one click", async () => {
    const made = await callAs("subject2", "POST", "/api/me/check-ins", {
      ...position,
      photo: PNG.toString("base64"),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };

    const page = await browser.open();
    await signIn(page, "office1");
    await page.waitForURL((u) => u.pathname !== "/login");
    await page.goto("/workbench");
    const panel = page.getByTestId("wb-check-ins");
    const confirm = panel.getByTestId(`wb-check-in-confirm-${id}`);
    await confirm.waitFor();
    await expect.poll(() => panel.textContent()).toContain("精度约 30 米");
    await confirm.click();
    await expect.poll(() => confirm.count()).toBe(0);

    const confirmed = await callAs("office1", "GET", "/api/check-ins?status=confirmed&pageSize=100");
    const { items } = (await confirmed.json()) as { items: { id: string; confirmedAt: string | null }[] };
    expect(items.find((c) => c.id === id)?.confirmedAt).toBeTruthy();
  });

  it("staff never see /m/: an office worker is sent to the console", async () => {
    const page = await browser.open(phone);
    await signIn(page, "office1");
    await page.waitForURL((u) => u.pathname !== "/login");
    await page.goto("/m/");
    await page.waitForURL((u) => !u.pathname.startsWith("/m"));
    expect(new URL(page.url()).pathname.startsWith("/m")).toBe(false);
  });
});
