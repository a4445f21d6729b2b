import { DomainError } from "@zhijiao/domain";
import { describe, expect, it } from "vitest";
import { chineseDate } from "./chinese-date.ts";
import { fillPlaceholders, mastheadSize, pageLayout, renderDocument } from "./render-document.ts";
import { defaultTemplates, documentKinds, templateFields, validateTemplate } from "./templates.ts";
import type { DocumentKind, DocumentTemplate } from "./templates.ts";
import { readZipEntry } from "../../test/docx.ts";

const samples: Record<string, string> = {
  subjectName: "李某某",
  sex: "男",
  birthDate: "1990年3月5日",
  idNumber: "440605199003051234",
  residenceAddress: "南海县桂城街道海五路12号",
  categoryLabel: "缓刑",
  crime: "危险驾驶罪",
  decidingAuthority: "南海县人民法院",
  judgmentNumber: "（2026）粤0605刑初123号",
  judgmentEffectiveOn: "2026年9月28日",
  correctionStartOn: "2026年10月8日",
  correctionEndOn: "2027年4月7日",
  countyAgencyName: "南海县社区矫正管理局",
  officeName: "桂城司法所",
  procuratorateName: "南海县人民检察院",
  policeName: "南海县公安局",
  opinionLabel: "适宜社区矫正",
  reportSituation: "已于2026年10月8日报到",
  terminationTypeLabel: "撤销缓刑",
};

/** A value for every placeholder of the kind: the samples above, else "示例" and the field's label. */
function buildValues(kind: DocumentKind): Record<string, string> {
  return Object.fromEntries(templateFields[kind].map((f) => [f.key, samples[f.key] ?? `示例${f.label}`]));
}

function render(
  kind: DocumentKind,
  values = buildValues(kind),
  template: DocumentTemplate = defaultTemplates[kind],
) {
  return renderDocument({
    kind,
    template,
    values,
    documentNumber: "南海矫调评〔2026〕3号",
    issuingOrgan: "南海县社区矫正管理局",
    issuedOn: "2026年11月21日",
  });
}

async function documentXml(buffer: Promise<Buffer>): Promise<string> {
  return readZipEntry(await buffer, "word/document.xml");
}

function placeholdersOf(template: DocumentTemplate): string[] {
  const text = [template.title, template.addressee ?? "", ...template.body, template.cc ?? ""].join("\n");
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ""))];
}

describe("renderDocument", () => {
  it.each(documentKinds)("writes a %s laid out after GB/T 9704", async (kind) => {
    const values = buildValues(kind);
    const xml = await documentXml(render(kind, values));

    expect(xml).toContain(defaultTemplates[kind].title);
    expect(xml).toContain("南海矫调评〔2026〕3号");
    expect(xml).toContain("李某某");
    for (const key of placeholdersOf(defaultTemplates[kind])) expect(xml).toContain(values[key]);
    expect(xml).not.toContain("{{");
    expect(xml).not.toContain("——");

    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).toContain('w:firstLine="630"');
    expect(xml).not.toContain("firstLineChars");
    expect(xml).toContain("2026年11月21日");
    expect(xml.split("南海县社区矫正管理局").length).toBeGreaterThanOrEqual(3); // masthead and signature
    if (defaultTemplates[kind].cc !== undefined) expect(xml).toContain("抄送：");
    if (defaultTemplates[kind].addressee !== undefined) {
      expect(xml).toContain(`${fillPlaceholders(defaultTemplates[kind].addressee ?? "", values)}：`);
    }
  });

  it("cites the article of the law each kind rests on", async () => {
    const articles: Record<DocumentKind, string[]> = {
      "investigation-opinion": ["第十八条"],
      "report-notice": ["第二十一条"],
      "entry-announcement": ["第二十二条"],
      "correction-plan": ["第二十四条"],
      "transfer-decision": ["第二十七条", "实施办法》第三十条"],
      "release-certificate": ["第四十四条"],
      "termination-notice": ["第四十五条"],
      "leave-approval-form": ["第二十七条", "实施办法》第二十六条"],
      "leave-certificate": ["第二十七条", "实施办法》第二十六条"],
      "positioning-approval": ["第二十九条"],
      "reprimand-decision": ["第二十八条"],
      "warning-decision": ["第二十八条"],
      "police-penalty-proposal": ["第二十八条"],
      "revoke-probation-proposal": ["第四十六条", "解释》第五百四十三条"],
      "revoke-parole-proposal": ["第四十六条", "解释》第五百四十三条"],
      "committal-proposal": ["第四十九条", "解释》第五百一十六条"],
      "arrest-proposal": ["第四十七条"],
      "reduction-proposal": ["第三十三条"],
    };
    for (const kind of documentKinds) {
      const body = defaultTemplates[kind].body.join("");
      for (const article of articles[kind]) expect(body, kind).toContain(article);
    }
  });

  it("sets 22 lines of 28 characters on the paragraphs and runs, with no document grid", async () => {
    const { linesPerPage, charsPerLine, line, char, textWidth, textHeight } = pageLayout;
    expect(linesPerPage * line).toBeLessThanOrEqual(textHeight);
    expect((linesPerPage + 1) * line).toBeGreaterThan(textHeight);
    expect(charsPerLine * char).toBeLessThanOrEqual(textWidth);
    expect((charsPerLine + 1) * char).toBeGreaterThan(textWidth);

    const xml = await documentXml(render("warning-decision"));
    // A linesAndChars grid is laid out differently by each word processor (LibreOffice spreads the characters).
    expect(xml).not.toContain("linesAndChars");
    expect(xml).not.toMatch(/w:charSpace/);
    expect(xml).toContain('<w:spacing w:val="-5"/>');
    const styles = readZipEntry(await render("warning-decision"), "word/styles.xml");
    expect(styles).toContain('<w:spacing w:val="-5"/>');
  });

  it("sizes the masthead so that the organ's name and one character more fit one line", () => {
    expect(mastheadSize("南海县社区矫正管理局")).toBe(72); // 小初
    for (const organ of [
      "佛山市南海区社区矫正机构",
      "广东省佛山市南海区社区矫正管理局",
      "某".repeat(30),
      "Agency A".repeat(5),
    ]) {
      const size = mastheadSize(organ);
      const width = [...organ].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1), 0);
      expect(size).toBeLessThanOrEqual(72);
      expect(size).toBeGreaterThanOrEqual(32);
      if (size > 32) expect((width + 1) * size * 10).toBeLessThanOrEqual(pageLayout.textWidth);
    }
    expect(mastheadSize("广东省佛山市南海区社区矫正管理局")).toBeLessThan(
      mastheadSize("南海县社区矫正管理局"),
    );
  });

  it("R-SN-6: the proposals to a court state its period from receipt and print no date of the agency's", () => {
    for (const kind of [
      "revoke-probation-proposal",
      "revoke-parole-proposal",
      "committal-proposal",
      "reduction-proposal",
      "arrest-proposal",
    ] as const) {
      const body = defaultTemplates[kind].body.join("");
      expect(body, kind).toMatch(/自收到本建议书之(日起三十日|时起四十八小时)内/);
      expect(body, kind).not.toContain("{{courtRulingDueOn}}");
    }
  });

  it("R-SN-3: the decisions and notices warn of the measures of the subject's category, not a fixed list", () => {
    for (const kind of [
      "warning-decision",
      "reprimand-decision",
      "entry-announcement",
      "transfer-decision",
    ] as const) {
      const body = defaultTemplates[kind].body.join("");
      expect(body, kind).toContain("{{breachConsequence}}");
      expect(body, kind).not.toContain("治安管理处罚");
    }
  });

  it("numbers pages as — 1 — in 宋体 四号", async () => {
    const buffer = await render("release-certificate");
    const footers = ["word/footer1.xml", "word/footer2.xml"].map((name) => readZipEntry(buffer, name));
    for (const footer of footers) {
      expect(footer).toContain("PAGE");
      expect(footer).toContain(">— </w:t>");
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
  });

  it("writes values as text, escaped", async () => {
    const xml = await documentXml(
      render("release-certificate", { ...buildValues("release-certificate"), subjectName: "张<&>三" }),
    );
    expect(xml).toContain("张&lt;&amp;&gt;三");
    expect(xml).not.toContain("张<&>三");
  });

  it("prints a missing or blank value as —— and never raw braces", async () => {
    const values: Record<string, string> = { ...buildValues("termination-notice"), rulingNumber: "  " };
    delete values.rulingAuthority;
    const template = {
      ...defaultTemplates["termination-notice"],
      body: ["{{rulingAuthority}}{{rulingNumber}}{{ unknownKey }}"],
    };
    const xml = await documentXml(render("termination-notice", values, template));
    expect(xml).toContain("——————");
    expect(xml).not.toMatch(/\{\{|\}\}/);
  });

  it("splits a value written over several lines into paragraphs and drops characters XML cannot hold", async () => {
    const values = {
      ...buildValues("release-certificate"),
      conductSummary: "遵纪守法\n积极参加教育学习\u0007",
    };
    const xml = await documentXml(render("release-certificate", values));
    expect(xml).toContain(">矫正期间表现：遵纪守法</w:t>");
    expect(xml).toContain(">积极参加教育学习</w:t>");
    expect(xml).not.toContain("\u0007");
  });

  it("leaves out the addressee and cc lines a template does not have", async () => {
    const { addressee: _addressee, cc: _cc, ...template } = defaultTemplates["report-notice"];
    const xml = await documentXml(render("report-notice", buildValues("report-notice"), template));
    expect(xml).not.toContain("南海县人民法院：");
    expect(xml).not.toContain("抄送");
  });
});

function expectInvalid(action: () => unknown, details: Record<string, unknown>): void {
  try {
    action();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const error = e as DomainError;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toMatchObject(details);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    return;
  }
  throw new Error("expected a validation error");
}

describe("validateTemplate", () => {
  it.each(documentKinds)("accepts the default %s template", (kind) => {
    expect(validateTemplate(kind, defaultTemplates[kind])).toEqual(defaultTemplates[kind]);
  });

  it("refuses a placeholder the kind does not have", () => {
    const template = {
      ...defaultTemplates["investigation-opinion"],
      body: ["{{subjectName}}于{{releasedOn}}{{foo}}"],
    };
    expectInvalid(() => validateTemplate("investigation-opinion", template), {
      field: "template.body",
      unknown: ["releasedOn", "foo"],
    });
    expectInvalid(
      () => validateTemplate("report-notice", { ...defaultTemplates["report-notice"], cc: "{{bar}}" }),
      {
        field: "template.cc",
        unknown: ["bar"],
      },
    );
  });

  it("refuses an empty or missing body", () => {
    const template = defaultTemplates["release-certificate"];
    expectInvalid(() => validateTemplate("release-certificate", { ...template, body: [] }), {
      field: "template.body",
    });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, body: undefined }), {
      field: "template.body",
    });
    expectInvalid(
      () => validateTemplate("release-certificate", { ...template, body: ["特此证明。", "  "] }),
      {
        field: "template.body.1",
      },
    );
  });

  it("refuses a bad shape, an empty or long title and over-long bodies", () => {
    const template = defaultTemplates["release-certificate"];
    expectInvalid(() => validateTemplate("release-certificate", null), { field: "template" });
    expectInvalid(() => validateTemplate("release-certificate", ["title"]), { field: "template" });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, title: " " }), {
      field: "template.title",
    });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, title: "证".repeat(41) }), {
      field: "template.title",
    });
    expectInvalid(
      () => validateTemplate("release-certificate", { ...template, body: Array(41).fill("特此证明。") }),
      {
        field: "template.body",
      },
    );
    expectInvalid(() => validateTemplate("release-certificate", { ...template, body: ["证".repeat(2001)] }), {
      field: "template.body.0",
    });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, numberWord: "" }), {
      field: "template.numberWord",
    });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, cc: 3 }), {
      field: "template.cc",
    });
    expectInvalid(() => validateTemplate("release-certificate", { ...template, boby: [] }), {
      field: "template.boby",
    });
  });

  it("refuses braces that are not a placeholder", () => {
    const template = { ...defaultTemplates["release-certificate"], body: ["{{subjectName"] };
    expectInvalid(() => validateTemplate("release-certificate", template), {
      field: "template.body",
      malformed: true,
    });
  });

  it("accepts the longest allowed template, trimmed, without a blank cc", () => {
    const result = validateTemplate("release-certificate", {
      title: ` ${"证".repeat(40)} `,
      numberWord: "矫解",
      addressee: null,
      body: Array(40).fill("证".repeat(1983) + "{{ subjectName }}"),
      cc: " ",
    });
    expect(result.title).toBe("证".repeat(40));
    expect(result.body).toHaveLength(40);
    expect(result).not.toHaveProperty("cc");
    expect(result).not.toHaveProperty("addressee");
  });
});

describe("fillPlaceholders", () => {
  it("puts each value in its place, spaces inside the braces allowed", () => {
    expect(
      fillPlaceholders("{{subjectName}}，{{ sex }}，{{subjectName}}", { subjectName: "王五", sex: "女" }),
    ).toBe("王五，女，王五");
  });

  it("writes —— for a missing, empty or blank value", () => {
    expect(fillPlaceholders("[{{a}}][{{b}}][{{c}}]", { b: "", c: "  " })).toBe("[——][——][——]");
  });

  it("does not take keys from the object prototype", () => {
    expect(fillPlaceholders("{{constructor}}{{toString}}{{__proto__}}", {})).toBe("——————");
  });

  it("does not fill placeholders inside a value", () => {
    expect(fillPlaceholders("{{a}}", { a: "{{b}}", b: "x" })).toBe("{{b}}");
  });

  it("leaves text without placeholders as it is", () => {
    expect(fillPlaceholders("特此证明。{ }", { a: "x" })).toBe("特此证明。{ }");
  });
});

describe("chineseDate", () => {
  it("writes a date without leading zeros", () => {
    expect(chineseDate("2026-11-21")).toBe("2026年11月21日");
    expect(chineseDate("2026-01-05")).toBe("2026年1月5日");
    expect(chineseDate("2024-02-29")).toBe("2024年2月29日");
  });

  it.each([
    "2026-02-29",
    "2026-13-01",
    "2026-04-31",
    "2026-00-10",
    "2026/11/21",
    "2026-1-5",
    "",
    "2026-11-21T00:00",
  ])("refuses %j", (input) => {
    expect(() => chineseDate(input)).toThrow(RangeError);
  });
});
