import { addMonths, computeCorrectionEnd, todayIn } from "@zhijiao/domain";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { randomIdentityNumber } from "./browser.ts";

export interface SubjectOptions {
  /** Birth year of the random identity number (tests keep apart by year). */
  bornIn: number;
  crime?: string;
  residenceAddress?: string;
  level?: "strict" | "normal" | "lenient";
  /** Months under correction already. */
  monthsIn?: number;
}

/**
 * A file in correction at 桂城司法所, living in 南海区 (440605), created through the API with the
 * page's signed-in session: 管制 of one year, started `monthsIn` months ago.
 */
export async function subjectInCorrection(page: Page, name: string, o: SubjectOptions): Promise<string> {
  const offices = (await (await page.request.get("/api/organizations?kind=office")).json()) as {
    items: { id: string; name: string }[];
  };
  const office = offices.items.find((x) => x.name === "桂城司法所")!;
  const startOn = addMonths(todayIn(new Date()), -(o.monthsIn ?? 2));
  const sentence = { penalty: "surveillance", termMonths: 12 } as const;
  const created = await page.request.post("/api/subjects", {
    data: {
      name,
      sex: "male",
      ethnicity: "01",
      idNumber: randomIdentityNumber(o.bornIn),
      residenceAddress: o.residenceAddress ?? "佛山市南海区桂城街道南海大道8号",
      residenceDivisionCode: "440605",
      category: "01",
      crime: o.crime ?? "危险驾驶罪",
      sentence,
      decidingAuthority: "佛山市南海区人民法院",
      judgmentNumber: `（2026）粤0605刑初${Math.random().toString(36).slice(2, 6)}${Math.floor(Math.random() * 1000)}号`,
      judgmentEffectiveOn: startOn,
      correctionStartOn: startOn,
      correctionEndOn: computeCorrectionEnd("01", sentence, startOn)!,
      officeId: office.id,
      level: o.level ?? "normal",
      status: "in_correction",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
