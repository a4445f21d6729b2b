/**
 * Every kind of document opened in LibreOffice (headless, to PDF) and measured with poppler: the page count,
 * 22 lines of at most 28 characters of 三号 a page at the exact line height, no character spread over the line,
 * the masthead on one line. Needs `soffice`, `pdfinfo` and `pdftotext` (Debian's libreoffice-writer and
 * poppler-utils); run by `npm run test:e2e` (scripts/test-e2e.sh), not by `npm test`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageLayout, renderDocument } from "./render-document.ts";
import { defaultTemplates, documentKinds, templateFields, type DocumentKind } from "./templates.ts";

const ORGAN = "佛山市南海区社区矫正机构";

/** One case's values, as long as real ones: a document's pages are counted with them. */
const values: Record<string, string> = {
  subjectName: "李建国",
  sex: "男",
  birthDate: "1990年3月5日",
  idNumber: "440605199003051234",
  residenceAddress: "广东省佛山市南海区桂城街道海五路12号",
  categoryLabel: "缓刑",
  crime: "危险驾驶罪",
  decidingAuthority: "佛山市南海区人民法院",
  judgmentNumber: "（2026）粤0605刑初123号",
  judgmentEffectiveOn: "2026年9月28日",
  correctionStartOn: "2026年10月8日",
  correctionEndOn: "2027年4月7日",
  countyAgencyName: ORGAN,
  officeName: "桂城司法所",
  procuratorateName: "佛山市南海区人民检察院",
  policeName: "佛山市公安局南海分局",
  breachConsequence: "提请公安机关予以治安管理处罚，或者提请人民法院撤销缓刑、执行原判刑罚",
  commissioningOrgName: "佛山市南海区人民法院",
  receivedOn: "2026年9月1日",
  opinionLabel: "适宜社区矫正",
  reasons: "被告人系初犯，认罪认罚，有固定住所和稳定工作，家庭成员愿意协助监督，所在社区无反对意见。",
  interviewSummary: "2026年9月5日走访李某（父亲）；2026年9月6日走访桂城街道海五社区居民委员会。",
  reportDueOn: "2026年10月8日",
  reportSituation: "未在规定期限内报到",
  searchRecord: "经电话联系、走访其居住地和家属，未能找到本人。已通报公安机关协助查找。",
  announcedOn: "2026年10月9日",
  place: "桂城司法所宣告室",
  participants: "桂城司法所工作人员、海五社区居民委员会代表、社会工作者、家属",
  teamMembers: "陈某（司法所工作人员）、黄某（社会工作者）、李某（家庭成员或监护人）",
  duties: "每周到司法所报到一次，每月提交书面思想汇报，每月参加教育学习和公益活动各八小时。",
  planVersion: "第 1 版",
  levelLabel: "严管",
  basicSituation: "初次犯罪，已婚，育有一子，从事货运驾驶工作，家庭关系和睦。",
  riskAnalysis: "再犯风险低；存在酒后驾驶的不良习惯，需重点开展交通安全和法治教育。",
  measures: "每周报到一次；每月参加交通安全教育；每月开展一次个别谈话；定期实地查访。",
  originAgencyName: ORGAN,
  destinationAgencyName: "广州市越秀区社区矫正机构",
  destinationOfficeName: "北京街司法所",
  newResidenceAddress: "广东省广州市越秀区中山二路58号",
  reason: "因工作调动至广州市居住",
  decidedOn: "2026年11月21日",
  releasedOn: "2027年4月7日",
  conductSummary: "矫正期间遵纪守法，按时报到，积极参加教育学习和公益活动，考核合格。",
  terminationTypeLabel: "撤销缓刑",
  rulingAuthority: "佛山市南海区人民法院",
  rulingNumber: "（2026）粤0605刑更45号",
  appliedOn: "2026年11月18日",
  leaveStartOn: "2026年11月24日",
  leaveEndOn: "2026年12月3日",
  leaveDays: "10",
  cumulativeDays: "10",
  destinationAddress: "广东省广州市越秀区中山二路58号",
  leaveReason: "陪同母亲到广州住院治疗",
  approvalLevelLabel: "县级社区矫正机构",
  approvalOpinions:
    "司法所意见：依规定由县级社区矫正机构审批，报送审批。\n" +
    `县级社区矫正机构意见：同意外出。按时销假。（${ORGAN}，审批人：陈晓明，2026年11月20日）`,
  decisionLabel: "批准",
  approvingOrgName: ORGAN,
  conditionLabel: "违反人民法院禁止令",
  approvalType: "首次使用",
  reassessment: "首次使用，不适用",
  positioningFromOn: "2026年11月21日",
  positioningUntilOn: "2027年2月20日",
  proposedByName: "陈晓明",
  approverName: "何国强",
  decisionComment: "同意",
  facts: "该社区矫正对象于2026年11月1日至11月15日未经批准离开所居住的市、县，经电话联系拒不返回。",
  addresseeName: "佛山市南海区人民法院",
  courtRulingDueOn: "2026年12月21日",
};

/**
 * The pages each kind takes with the values above, counted on 22 lines of 28 characters: page one gives some 13
 * lines to the masthead 35 mm down, the number, the red rule, the title and the blank lines GB/T 9704 §7.2-7.3
 * puts between them, so 9 to text; every further page 22. The signature takes 4 lines and keeps the last line
 * of the text with it (the entry announcement's 特此宣告 goes to page 3 with it), and the cc 2 to 3 more.
 */
const expectedPages: Record<DocumentKind, number> = {
  "investigation-opinion": 2,
  "report-notice": 2,
  "entry-announcement": 3,
  "correction-plan": 2,
  "transfer-decision": 2,
  "release-certificate": 2,
  "termination-notice": 2,
  "reprimand-decision": 2,
  "warning-decision": 2,
  "police-penalty-proposal": 2,
  "revoke-probation-proposal": 2,
  "revoke-parole-proposal": 2,
  "committal-proposal": 2,
  "arrest-proposal": 2,
  "reduction-proposal": 2,
  "leave-approval-form": 2,
  "leave-certificate": 2,
  "positioning-approval": 2,
};

interface Line {
  page: number;
  yMin: number;
  height: number;
  words: string[];
}

/** The lines of `pdftotext -bbox-layout`, with their page, top and height. */
function linesOf(xhtml: string): Line[] {
  const lines: Line[] = [];
  // Split at each page: part 0 is the header, part n page n.
  xhtml.split("<page ").forEach((page, index) => {
    for (const m of page.matchAll(
      /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...(m[3] ?? "").matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1] ?? "");
      lines.push({ page: index, yMin: Number(m[1]), height: Number(m[2]) - Number(m[1]), words });
    }
  });
  return lines;
}

/** Width in characters of 三号: CJK and full-width count one, others half. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return w;
}

let dir: string;
const pdfs = new Map<DocumentKind, { pages: number; lines: Line[]; text: string }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zhijiao-docs-"));
  const files: string[] = [];
  for (const kind of documentKinds) {
    const data = await renderDocument({
      kind,
      template: defaultTemplates[kind],
      values: Object.fromEntries(templateFields[kind].map((f) => [f.key, values[f.key] ?? ""])),
      documentNumber: `南海${defaultTemplates[kind].numberWord}〔2026〕12号`,
      issuingOrgan: ORGAN,
      issuedOn: "2026年11月21日",
    });
    const file = join(dir, `${kind}.docx`);
    writeFileSync(file, data);
    files.push(file);
  }
  // One LibreOffice for all of them, with a profile of its own so that a running instance is not reused.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...files,
    ],
    { stdio: "pipe", timeout: 240_000 },
  );
  for (const kind of documentKinds) {
    const pdf = join(dir, `${kind}.pdf`);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const lines = linesOf(execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" }));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    pdfs.set(kind, { pages, lines, text });
  }
}, 300_000);

afterAll(() => {
  // ZHIJIAO_KEEP_PDF=1 keeps the documents and their PDFs to look at.
  if (dir && !process.env.ZHIJIAO_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`documents and PDFs kept in ${dir}`);
});

/** Lines of 三号 text: as tall as a 16 pt character (LibreOffice's boxes are 20.8 pt), not the masthead or title. */
const bodyLines = (lines: Line[]) => lines.filter((l) => l.height > 19.5 && l.height < 22.5);

describe("documents in LibreOffice", () => {
  it.each(documentKinds)("%s takes the pages it should", (kind) => {
    expect(pdfs.get(kind)?.pages).toBe(expectedPages[kind]);
  });

  it.each(documentKinds)("%s: 22 lines of at most 28 characters a page, at the exact line height", (kind) => {
    const { lines } = pdfs.get(kind)!;
    const body = bodyLines(lines);
    expect(body.length).toBeGreaterThan(8);
    const widths = body.map((l) => width(l.words.join("")));
    expect(Math.max(...widths)).toBeLessThanOrEqual(pageLayout.charsPerLine);
    // The text fills its lines: a full line holds 28 characters (27.5 with a digit).
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(pageLayout.charsPerLine - 1);
    const pitch = pageLayout.line / 20;
    for (let page = 1; page <= expectedPages[kind]; page++) {
      const onPage = body.filter((l) => l.page === page);
      expect(onPage.length).toBeLessThanOrEqual(pageLayout.linesPerPage);
      for (let i = 1; i < onPage.length; i++) {
        const gap = onPage[i]!.yMin - onPage[i - 1]!.yMin;
        expect(gap, `${kind} page ${page} line ${i}`).toBeGreaterThan(pitch - 0.5);
        // Lines follow each other at the pitch or a whole number of blank lines apart (and the red rule's space).
        if (gap < 2 * pitch - 0.5) expect(gap).toBeCloseTo(pitch, 0);
      }
    }
  });

  it.each(documentKinds)("%s: characters sit side by side, not spread across the line", (kind) => {
    const { lines, text } = pdfs.get(kind)!;
    const cjk = (ch: string | undefined) => (ch?.codePointAt(0) ?? 0) >= 0x2e80;
    // pdftotext makes one word of characters set side by side: spread characters come out one word each. A
    // justified line is stretched only where the next line starts with a number too long to break.
    const body = bodyLines(lines);
    body.forEach((line, i) => {
      const gaps = line.words.filter((w, j) => j > 0 && cjk(line.words[j - 1]?.at(-1)) && cjk(w[0])).length;
      if (gaps >= 3) expect(body[i + 1]?.words[0] ?? "", line.words.join(" ")).toMatch(/^[\x21-\x7e]{8,}/);
    });
    expect(text).toMatch(/[\u2e80-\u9fff\uff00-\uffef]{16}/);
  });

  it.each(documentKinds)("%s: the masthead is the organ's name on one line", (kind) => {
    const first = pdfs.get(kind)!.lines[0]!;
    expect(first.page).toBe(1);
    expect(first.words.join("")).toBe(ORGAN);
  });
});
