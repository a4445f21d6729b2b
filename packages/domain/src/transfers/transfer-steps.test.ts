import { describe, expect, it } from "vitest";
import { errorOf } from "../errors/test-helpers.ts";
import {
  checkTransferStep,
  transferStatuses,
  transferStepFrom,
  type TransferStep,
} from "./transfer-steps.ts";

/** R-TR-1 written out: apply → consult → reply → decide (or refuse) → files moved → arrival; withdraw before the decision. */
const expected: Record<TransferStep, readonly string[]> = {
  consult_transfer: ["applied"],
  reply_transfer: ["consulted"],
  decide_transfer: ["replied"],
  refuse_transfer: ["replied"],
  move_transfer_files: ["decided"],
  arrive_transfer: ["files_moved"],
  withdraw_transfer: ["applied", "consulted", "replied"],
};

describe("transfer steps", () => {
  const cases = (Object.keys(expected) as TransferStep[]).flatMap((step) =>
    transferStatuses.map((status) => [step, status, expected[step].includes(status)] as const),
  );
  it.each(cases)("R-TR-1: %s from %s allowed: %s", (step, status, allowed) => {
    if (allowed) expect(() => checkTransferStep(step, status, "t1")).not.toThrow();
    else {
      const e = errorOf(() => checkTransferStep(step, status, "t1"));
      expect(e.code).toBe("TRANSFER_STEP_ORDER");
      expect(e.details).toMatchObject({ transferId: "t1", step, status });
    }
  });
  it("the table has exactly these steps", () => {
    expect(Object.keys(transferStepFrom).sort()).toEqual(Object.keys(expected).sort());
  });
});
