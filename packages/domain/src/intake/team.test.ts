import { describe, expect, it } from "vitest";
import { errorOf } from "../errors/test-helpers.ts";
import { categories } from "../subjects/codes.ts";
import { handoverDocumentLabels, missingHandoverDocuments, requiredHandoverDocuments } from "./codes.ts";
import { describeMember, validateTeam, type TeamMember } from "./team.ts";

const officeWorker: TeamMember = { name: "王所长", type: "01", sex: "male", knowsMinors: true };
const officeWorkerWoman: TeamMember = { name: "李敏", type: "01", sex: "female", knowsMinors: true };
const socialWorker: TeamMember = { name: "陈社工", type: "02", sex: "female", knowsMinors: true };
const parent: TeamMember = { name: "张父", type: "07", sex: "male" };

describe("R-IN-2 correction team", () => {
  it("R-IN-2: a female subject's team includes a woman", () => {
    const e = errorOf(() =>
      validateTeam({ subjectSex: "female", minor: false, members: [officeWorker, parent] }),
    );
    expect(e.code).toBe("TEAM_NEEDS_WOMAN");
    expect(e.status).toBe(400);
    expect(e.details).toMatchObject({ field: "members", rule: "R-IN-2" });
    expect(
      validateTeam({ subjectSex: "female", minor: false, members: [officeWorker, socialWorker] }),
    ).toHaveLength(2);
    // The woman may be the office worker herself.
    expect(() =>
      validateTeam({ subjectSex: "female", minor: false, members: [officeWorkerWoman] }),
    ).not.toThrow();
  });

  it("R-IN-2: a male subject's team needs no woman", () => {
    expect(() =>
      validateTeam({ subjectSex: "male", minor: false, members: [officeWorker, parent] }),
    ).not.toThrow();
  });

  it("R-IN-2: every member of a minor's team is familiar with minors, and the unfit are named", () => {
    const e = errorOf(() =>
      validateTeam({ subjectSex: "male", minor: true, members: [officeWorker, parent, socialWorker] }),
    );
    expect(e.code).toBe("TEAM_MINOR_RULES");
    expect(e.details).toMatchObject({ field: "members", rule: "R-IN-2", members: ["张父"] });
    expect(e.message).toContain("张父");
    expect(() =>
      validateTeam({
        subjectSex: "male",
        minor: true,
        members: [officeWorker, { ...parent, knowsMinors: true }],
      }),
    ).not.toThrow();
  });

  it("R-IN-2: an adult's team may include members not trained for minors", () => {
    expect(() =>
      validateTeam({ subjectSex: "male", minor: false, members: [officeWorker, parent] }),
    ).not.toThrow();
  });

  it("R-IN-2: a team has a justice-office worker", () => {
    const e = errorOf(() =>
      validateTeam({ subjectSex: "male", minor: false, members: [socialWorker, parent] }),
    );
    expect(e.code).toBe("TEAM_NEEDS_OFFICE_WORKER");
    expect(e.details).toMatchObject({ field: "members", rule: "R-IN-2" });
  });

  it("R-IN-2: a female minor's team satisfies both rules", () => {
    const e = errorOf(() =>
      validateTeam({
        subjectSex: "female",
        minor: true,
        members: [officeWorker, { ...parent, knowsMinors: true }],
      }),
    );
    expect(e.code).toBe("TEAM_NEEDS_WOMAN");
    expect(
      validateTeam({ subjectSex: "female", minor: true, members: [officeWorker, socialWorker] }),
    ).toHaveLength(2);
  });

  it("returns the members with trimmed names", () => {
    expect(
      validateTeam({ subjectSex: "male", minor: false, members: [{ ...officeWorker, name: "  王所长 " }] }),
    ).toEqual([officeWorker]);
  });
});

describe("team validation errors", () => {
  const check = (members: TeamMember[]) =>
    errorOf(() => validateTeam({ subjectSex: "male", minor: false, members }));

  it("refuses an empty team and one over 12 members", () => {
    expect(check([])).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { field: "members", min: 1, max: 12 },
    });
    const many = Array.from({ length: 13 }, (_, i) => ({ ...officeWorker, name: `成员${i + 1}` }));
    expect(check(many).details).toMatchObject({ field: "members" });
    expect(() =>
      validateTeam({ subjectSex: "male", minor: false, members: many.slice(0, 12) }),
    ).not.toThrow();
  });

  it("refuses a member without a name, or with a name over 30 characters", () => {
    expect(check([officeWorker, { ...parent, name: "  " }]).details).toEqual({ field: "members[1].name" });
    expect(check([{ ...officeWorker, name: "王".repeat(31) }]).details).toEqual({ field: "members[0].name" });
  });

  it("refuses a member type outside the code table", () => {
    const odd = { ...parent, type: "10" } as unknown as TeamMember;
    expect(check([officeWorker, odd])).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { field: "members[1].type" },
    });
  });

  it("refuses a member without a valid sex (the LAW 25 check depends on it)", () => {
    const odd = { ...parent, sex: "unknown" } as unknown as TeamMember;
    expect(check([officeWorker, odd])).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { field: "members[1].sex" },
    });
  });

  it("describeMember writes the name with the member type", () => {
    expect(describeMember(officeWorker)).toBe("王所长（司法所工作人员）");
    expect(describeMember(parent)).toBe("张父（家庭成员或监护人）");
  });
});

describe("R-IN-1 documents checked at intake", () => {
  it("R-IN-1: 管制 and 缓刑 need the judgment and the execution notice", () => {
    for (const category of ["01", "02"] as const) {
      expect(missingHandoverDocuments(category, [])).toEqual(["judgment", "execution_notice"]);
      expect(missingHandoverDocuments(category, ["judgment"])).toEqual(["execution_notice"]);
      expect(missingHandoverDocuments(category, ["judgment", "execution_notice"])).toEqual([]);
    }
  });

  it("R-IN-1: 假释 also needs the parole ruling", () => {
    expect(missingHandoverDocuments("03", ["judgment", "execution_notice"])).toEqual(["parole_ruling"]);
    expect(missingHandoverDocuments("03", ["judgment", "parole_ruling", "execution_notice"])).toEqual([]);
  });

  it("R-IN-1: 暂予监外执行 needs the judgment and the decision", () => {
    expect(missingHandoverDocuments("04", ["execution_notice"])).toEqual([
      "judgment",
      "outside_execution_decision",
    ]);
    expect(missingHandoverDocuments("04", ["judgment", "outside_execution_decision"])).toEqual([]);
  });

  it("R-IN-1: extra or repeated documents change nothing", () => {
    expect(
      missingHandoverDocuments("02", ["other", "judgment", "judgment", "guarantee", "execution_notice"]),
    ).toEqual([]);
  });

  it("every category has its list, and every listed kind a label", () => {
    for (const category of categories)
      for (const kind of requiredHandoverDocuments[category])
        expect(handoverDocumentLabels[kind]).toBeTruthy();
  });
});
