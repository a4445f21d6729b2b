/**
 * The monitoring centre (issue 5): a phone device registered by the county and bound to a file of
 * 桂城司法所 reports four fixes outside 南海区; the 越界 alert arrives live in the office's queue
 * (no reload), is acknowledged and resolved there and leaves the queue; the trajectory page
 * counts the fixes. Without a tile URL the map draws the shipped boundaries and asks nothing of
 * the internet.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, useBrowser, signInAs } from "../src/browser.ts";
import { subjectInCorrection } from "../src/subjects.ts";

const browser = useBrowser();
let page: Page;

const suffix = Math.random().toString(36).slice(2, 6);

interface AlertJson {
  id: string;
  type: string;
  status: string;
  disposition: string | null;
}

describe("monitoring centre", () => {
  it("an out-of-zone alert arrives live, is acknowledged and resolved in the queue, and the trajectory counts the fixes", async () => {
    page = await browser.open();

    // The county registers a phone and binds it to a new file of 桂城.
    await signInAs(page, "county");
    const name = `监控${suffix}`;
    const subjectId = await subjectInCorrection(page, name, {
      bornIn: 1991,
      monthsIn: 1,
      crime: "危险驾驶罪",
      residenceAddress: "佛山市南海区桂城街道南桂东路18号",
    });
    const registered = await page.request.post("/api/devices", {
      data: { kind: "phone", identifier: `8699${Date.now()}`.slice(0, 15), model: "测试手机" },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const device = (await registered.json()) as { id: string; token: string };
    expect(device.token).toBeTruthy();
    const bound = await page.request.post(`/api/subjects/${subjectId}/device-bindings`, {
      data: { deviceId: device.id },
    });
    expect(bound.status(), await bound.text()).toBe(201);

    // The office opens its monitoring centre; nothing may leave for the internet.
    await signInAs(page, "office1");
    const external: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:"))
        external.push(url);
    });
    const boundaryLoaded = page.waitForResponse((r) => r.url().includes("/api/boundaries/440605"));
    await page.getByRole("link", { name: "监控中心" }).click();
    await page.waitForURL((u) => u.pathname === "/monitoring");
    expect((await boundaryLoaded).status()).toBe(200);
    await expect.poll(() => page.getByTestId("live-status").getAttribute("data-status")).toBe("open");
    await page.getByTestId("alert-queue").waitFor();
    await expect
      .poll(() => page.locator(".leaflet-zj-base-pane canvas, .leaflet-zj-base-pane path").count())
      .toBeGreaterThan(0);

    // The phone reports four fixes a minute apart, ending now, in 广州 (outside 南海区).
    const now = Date.now();
    const fixes = [3, 2, 1, 0].map((m) => ({
      time: new Date(now - m * 60_000).toISOString(),
      lat: 23.125,
      lon: 113.36,
      accuracy: 10,
      battery: 80,
    }));
    const ingested = await fetch(`${baseUrl}/api/ingest/positions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Device ${device.token}` },
      body: JSON.stringify({ positions: fixes }),
    });
    expect(ingested.status, await ingested.clone().text()).toBe(200);
    expect(((await ingested.json()) as { accepted: number }).accepted).toBe(4);

    // The 越界 alert arrives in the queue without a reload.
    const listed = (await (
      await page.request.get(`/api/alerts?subjectId=${subjectId}&status=open`)
    ).json()) as { items: AlertJson[] };
    const alert = listed.items.find((a) => a.type === "out_of_zone");
    expect(alert, JSON.stringify(listed.items)).toBeTruthy();
    const row = page.getByTestId(`alert-${alert!.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain("越界");
    expect(await row.textContent()).toContain(name);
    await expect.poll(() => page.locator(".page-subtitle").textContent()).toMatch(/实时定位 [1-9]/);

    // Selecting it shows the file with its zones (the residence county).
    await row.click();
    await expect.poll(() => page.getByTestId("selected-subject").textContent()).toContain("居住地");

    // 签收, then 处置 as GPS drift: it leaves the open queue.
    await page.getByTestId(`alert-ack-${alert!.id}`).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("acknowledged");
    await page.getByTestId(`alert-resolve-${alert!.id}`).click();
    await page.getByTestId("alert-resolve-modal").waitFor();
    await page.getByLabel("处置结论").click();
    await page.locator(".ant-select-dropdown:visible").getByText("定位漂移", { exact: true }).click();
    await page.getByLabel("处置情况").fill("电话联系本人，当时在家，系定位漂移。");
    await page.getByTestId("step-submit").click();
    await expect.poll(() => page.getByTestId(`alert-${alert!.id}`).count()).toBe(0);
    const after = (await (await page.request.get(`/api/alerts?subjectId=${subjectId}`)).json()) as {
      items: AlertJson[];
    };
    expect(after.items.find((a) => a.id === alert!.id)).toMatchObject({
      status: "resolved",
      disposition: "gps_drift",
    });

    // The trajectory page counts the four fixes.
    await page.goto(`/subjects/${subjectId}/trajectory`);
    await expect.poll(() => page.getByTestId("track-count").textContent()).toBe("4");
    expect(external).toEqual([]);
  });
});
