/**
 * Daily supervision in the console (issue 4): a warning proposed by the office on the file and
 * decided by the county from its decision queue, with the 警告决定书 as a Word file (R-SN-2); and
 * a leave request on the office's workbench, approved one click away (R-LV-2).
 */
import { readFile } from "node:fs/promises";
import { addDays, todayIn } from "@zhijiao/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, signInAs, submitStep } from "../src/browser.ts";
import { subjectInCorrection } from "../src/subjects.ts";

const browser = useBrowser();
let page: Page;

const suffix = Math.random().toString(36).slice(2, 6);
const today = todayIn(new Date());

describe("daily supervision in the console", () => {
  it("R-SN-2: a warning goes from the office's proposal to the county's decision and its 警告决定书", async () => {
    page = await browser.open();
    await signInAs(page, "office1");
    expect(new URL(page.url()).pathname).toBe("/workbench");
    const name = `警告${suffix}`;
    const subjectId = await subjectInCorrection(page, name, { bornIn: 1988, crime: "寻衅滋事罪" });

    // The office proposes the warning on the file; the rule is shown before sending.
    await page.goto(`/subjects/${subjectId}`);
    await page.getByTestId("tab-supervision").click();
    await page.getByTestId("sanction-new").click();
    await page.getByLabel("措施", { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible").getByText("警告（R-SN-2）", { exact: true }).click();
    await expect.poll(() => page.getByTestId("sanction-rule").textContent()).toContain("R-SN-2");
    await page.getByLabel("事实和理由").fill("无正当理由未按规定时间报到，经教育仍不改正。");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("sanctions").textContent()).toContain("待审批");
    const listed = (await (await page.request.get(`/api/subjects/${subjectId}/sanctions`)).json()) as {
      items: { id: string; kind: string; status: string }[];
    };
    const sanction = listed.items.find((s) => s.kind === "warning")!;
    expect(sanction.status).toBe("proposed");

    // The county decides it in place from its queue.
    await signInAs(page, "county");
    expect(new URL(page.url()).pathname).toBe("/decisions");
    await page.getByTestId(`queue-sanction-${sanction.id}`).click();
    await page.getByLabel("说明").fill("事实清楚，依法给予警告。");
    await submitStep(page);
    await expect.poll(() => page.getByTestId(`queue-sanction-${sanction.id}`).count()).toBe(0);

    // The decision document is offered on the file as a Word file.
    await page.goto(`/subjects/${subjectId}`);
    await page.getByTestId("tab-supervision").click();
    await expect.poll(() => page.getByTestId("sanctions").textContent()).toContain("已批准");
    const [doc] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("sanction-document-warning-decision").click(),
    ]);
    expect(doc.suggestedFilename()).toMatch(/警告决定书.*\.docx$|\.docx$/);
    const bytes = await readFile((await doc.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("R-LV-2: the workbench shows a pending leave request that the office approves one click away", async () => {
    page = await browser.open();
    await signInAs(page, "office1");
    const subjectId = await subjectInCorrection(page, `外出${suffix}`, { bornIn: 1988, crime: "寻衅滋事罪" });
    const applied = await page.request.post(`/api/subjects/${subjectId}/leave-requests`, {
      data: {
        startOn: addDays(today, 5),
        endOn: addDays(today, 7),
        destinationDivisionCode: "440103",
        destinationAddress: "广州市荔湾区中山八路1号",
        reason: "探望住院的母亲",
      },
    });
    expect(applied.status()).toBe(201);
    const leave = (await applied.json()) as { id: string; approvalLevel: string };
    expect(leave.approvalLevel).toBe("office");

    await page.goto("/workbench");
    await page.getByTestId(`wb-leave-decide-${leave.id}`).click();
    await page.waitForURL((u) => u.pathname === `/subjects/${subjectId}`);
    await page.getByTestId("leave-decision-modal").waitFor();
    await page.getByLabel("说明").fill("同意外出，按时销假。");
    await submitStep(page);
    await expect.poll(() => page.getByTestId("leaves").textContent()).toContain("已批准");
    const after = (await (await page.request.get(`/api/leave-requests/${leave.id}`)).json()) as {
      status: string;
    };
    expect(after.status).toBe("approved");
  });
});
