import { describe, expect, it } from "vitest";
import { errorCatalogue } from "../errors/codes.ts";
import { errorOf } from "../errors/test-helpers.ts";
import { subjectStatuses, type SubjectStatus } from "../subjects/codes.ts";
import {
  caseStepLabels,
  caseSteps,
  mayTakeStep,
  openSteps,
  stateConflictCodes,
  takeStep,
  type CaseStep,
} from "./state-machine.ts";

/**
 * DOMAIN.md §4, written out by hand (not read from the module's table): for each step, the states
 * it may be taken in and the state it leads to ("=" keeps the state).
 */
const expected: Record<CaseStep, Partial<Record<SubjectStatus, SubjectStatus | "=">>> = {
  register: { investigating: "awaiting_report" },
  record_handover: { awaiting_report: "=", in_correction: "=" },
  record_search: { awaiting_report: "=" },
  intake: { awaiting_report: "in_correction" },
  announce_entry: { in_correction: "=" },
  set_team: { in_correction: "=", transferring: "=" },
  revise_plan: { in_correction: "=", transferring: "=" },
  apply_transfer: { in_correction: "transferring" },
  consult_transfer: { transferring: "=" },
  reply_transfer: { transferring: "=" },
  decide_transfer: { transferring: "=" },
  refuse_transfer: { transferring: "in_correction" },
  move_transfer_files: { transferring: "=" },
  arrive_transfer: { transferring: "in_correction" },
  withdraw_transfer: { transferring: "in_correction" },
  prepare_release: { in_correction: "=" },
  release: { in_correction: "released" },
  terminate: { awaiting_report: "terminated", in_correction: "terminated", transferring: "terminated" },
  archive: { released: "=", terminated: "=" },
};

const stateCodes: Record<SubjectStatus, string> = {
  investigating: "CASE_INVESTIGATING",
  awaiting_report: "CASE_AWAITING_REPORT",
  in_correction: "CASE_IN_CORRECTION",
  transferring: "CASE_TRANSFERRING",
  released: "CASE_RELEASED",
  terminated: "CASE_TERMINATED",
};

describe("§4 lifecycle: every step in every state", () => {
  it("covers every step of the module", () => {
    expect(Object.keys(expected).sort()).toEqual([...caseSteps].sort());
  });

  const table = caseSteps.flatMap((step) =>
    // A step missing from `expected` fails the coverage test above instead of breaking collection.
    subjectStatuses.map((status) => ({ step, status, after: expected[step]?.[status] })),
  );

  it.each(table)("$step in $status", ({ step, status, after }) => {
    if (after) {
      expect(takeStep(step, status)).toBe(after === "=" ? status : after);
      expect(mayTakeStep(step, status)).toBe(true);
    } else {
      const e = errorOf(() => takeStep(step, status));
      expect(e.code).toBe(stateCodes[status]);
      expect(e.status).toBe(409);
      expect(e.details).toMatchObject({ step, status });
      expect(e.message).toContain(caseStepLabels[step]);
      expect(mayTakeStep(step, status)).toBe(false);
    }
  });

  it("every state's conflict code is a 409 of the catalogue", () => {
    for (const status of subjectStatuses) {
      expect(stateConflictCodes[status]).toBe(stateCodes[status]);
      expect(errorCatalogue[stateConflictCodes[status]].status).toBe(409);
    }
  });
});

describe("refusals named after the rules", () => {
  it("R-IN-1: intake of a released case → CASE_RELEASED", () => {
    const e = errorOf(() => takeStep("intake", "released"));
    expect(e.code).toBe("CASE_RELEASED");
    expect(e.details).toMatchObject({ step: "intake", status: "released", allowedFrom: ["awaiting_report"] });
    expect(e.message).toBe("已解矫的案件不能办理“报到接收”");
  });

  it("R-IN-1: intake of a subject already in correction → CASE_IN_CORRECTION", () => {
    expect(errorOf(() => takeStep("intake", "in_correction")).code).toBe("CASE_IN_CORRECTION");
  });

  it("R-IN-1: intake before the investigation led to a registration → CASE_INVESTIGATING", () => {
    expect(errorOf(() => takeStep("intake", "investigating")).code).toBe("CASE_INVESTIGATING");
  });

  it("R-RL-1: release of a subject who has not reported → CASE_AWAITING_REPORT", () => {
    expect(errorOf(() => takeStep("release", "awaiting_report")).code).toBe("CASE_AWAITING_REPORT");
  });

  it("R-RL-1: release during a transfer → CASE_TRANSFERRING", () => {
    expect(errorOf(() => takeStep("release", "transferring")).code).toBe("CASE_TRANSFERRING");
  });

  it("R-TR-1: a second transfer while one is open → CASE_TRANSFERRING", () => {
    expect(errorOf(() => takeStep("apply_transfer", "transferring")).code).toBe("CASE_TRANSFERRING");
  });

  it("R-TM-1: termination of a released case → CASE_RELEASED, of a terminated one → CASE_TERMINATED", () => {
    expect(errorOf(() => takeStep("terminate", "released")).code).toBe("CASE_RELEASED");
    expect(errorOf(() => takeStep("terminate", "terminated")).code).toBe("CASE_TERMINATED");
  });

  it("R-PR-1: only a released or terminated file is archived", () => {
    expect(takeStep("archive", "released")).toBe("released");
    expect(errorOf(() => takeStep("archive", "in_correction")).code).toBe("CASE_IN_CORRECTION");
  });
});

describe("R-PR-1: an archived file is read-only", () => {
  it.each(caseSteps)("%s on an archived file → FILE_ARCHIVED, in every state", (step) => {
    for (const status of subjectStatuses) {
      const e = errorOf(() => takeStep(step, status, true));
      expect(e.code).toBe("FILE_ARCHIVED");
      expect(e.status).toBe(409);
      expect(e.details).toMatchObject({ step });
      expect(mayTakeStep(step, status, true)).toBe(false);
    }
  });
});

describe("openSteps", () => {
  it("lists the steps a state allows, in the order of the lifecycle", () => {
    expect(openSteps("investigating")).toEqual(["register"]);
    expect(openSteps("awaiting_report")).toEqual(["record_handover", "record_search", "intake", "terminate"]);
    expect(openSteps("in_correction")).toEqual([
      "record_handover",
      "announce_entry",
      "set_team",
      "revise_plan",
      "apply_transfer",
      "prepare_release",
      "release",
      "terminate",
    ]);
    expect(openSteps("transferring")).toEqual([
      "set_team",
      "revise_plan",
      "consult_transfer",
      "reply_transfer",
      "decide_transfer",
      "refuse_transfer",
      "move_transfer_files",
      "arrive_transfer",
      "withdraw_transfer",
      "terminate",
    ]);
    expect(openSteps("released")).toEqual(["archive"]);
    expect(openSteps("terminated")).toEqual(["archive"]);
  });

  it("agrees with takeStep for every state", () => {
    for (const status of subjectStatuses)
      expect(openSteps(status)).toEqual(caseSteps.filter((s) => expected[s]?.[status] !== undefined));
  });

  it("offers nothing on an archived file", () => {
    for (const status of subjectStatuses) expect(openSteps(status, true)).toEqual([]);
  });
});
