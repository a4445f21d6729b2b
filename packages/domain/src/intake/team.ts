/** R-IN-2: who may form a correction team (矫正小组). */
import { DomainError } from "../errors/codes.ts";
import { sexes, type Sex } from "../subjects/codes.ts";
import { teamMemberTypeLabels, teamMemberTypes, type TeamMemberType } from "./codes.ts";

export interface TeamMember {
  name: string;
  type: TeamMemberType;
  sex: Sex;
  phone?: string;
  /** Familiar with the physical and mental traits of minors (LAW 52). */
  knowsMinors?: boolean;
}

export interface TeamCheckInput {
  subjectSex: Sex;
  minor: boolean;
  members: readonly TeamMember[];
}

const maxMembers = 12;

/**
 * Checks a team: at least one justice-office worker, a woman for a female subject (LAW 25),
 * and only members familiar with minors for a minor (LAW 52). Throws with the rule broken.
 */
export function validateTeam({ subjectSex, minor, members }: TeamCheckInput): TeamMember[] {
  if (members.length === 0 || members.length > maxMembers)
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "members", min: 1, max: maxMembers },
      `矫正小组应有 1 至 ${maxMembers} 名成员`,
    );
  const clean = members.map((m, i) => {
    const name = typeof m.name === "string" ? m.name.trim() : "";
    if (!name || Array.from(name).length > 30)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `members[${i}].name` },
        "请填写成员姓名（不超过 30 字）",
      );
    if (!teamMemberTypes.includes(m.type))
      throw new DomainError("VALIDATION_FAILED", { field: `members[${i}].type` }, "成员类型代码无效");
    // The sex decides the LAW 25 check below, so it must be one of the codes.
    if (!sexes.includes(m.sex))
      throw new DomainError("VALIDATION_FAILED", { field: `members[${i}].sex` }, "请选择成员性别");
    return { ...m, name };
  });
  if (!clean.some((m) => m.type === "01"))
    throw new DomainError("TEAM_NEEDS_OFFICE_WORKER", { field: "members", rule: "R-IN-2" });
  if (subjectSex === "female" && !clean.some((m) => m.sex === "female"))
    throw new DomainError("TEAM_NEEDS_WOMAN", { field: "members", rule: "R-IN-2" });
  if (minor) {
    const unfit = clean.filter((m) => !m.knowsMinors).map((m) => m.name);
    if (unfit.length)
      throw new DomainError(
        "TEAM_MINOR_RULES",
        { field: "members", rule: "R-IN-2", members: unfit },
        `未成年矫正对象的矫正小组成员应当熟悉未成年人身心特点：${unfit.join("、")}`,
      );
  }
  return clean;
}

/** A member written for documents: "张三（司法所工作人员）". */
export function describeMember(m: Pick<TeamMember, "name" | "type">): string {
  return `${m.name}（${teamMemberTypeLabels[m.type]}）`;
}
