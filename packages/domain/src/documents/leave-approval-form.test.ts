import { describe, expect, it } from "vitest";
import { leaveApprovalOpinions, type LeaveDecisionRecord } from "./leave-approval-form.ts";

const decision: LeaveDecisionRecord = {
  level: "office",
  approve: true,
  comment: "按时销假。",
  deciderName: "王司法",
  decidingOrgName: "桂城司法所",
  decidedOn: "2026年11月20日",
};

describe("leaveApprovalOpinions", () => {
  it("R-LV-2: the office alone signs a leave it may approve", () => {
    expect(leaveApprovalOpinions(decision)).toEqual([
      "司法所意见：同意外出。按时销假。（桂城司法所，审批人：王司法，2026年11月20日）",
    ]);
  });

  it("R-LV-2: a county-level leave passes the office and is decided by the county", () => {
    const lines = leaveApprovalOpinions({
      ...decision,
      level: "county",
      approve: false,
      comment: null,
      deciderName: "陈县级",
      decidingOrgName: "佛山市南海区社区矫正机构",
    });
    expect(lines).toEqual([
      "司法所意见：依规定由县级社区矫正机构审批，报送审批。",
      "县级社区矫正机构意见：不同意外出。（佛山市南海区社区矫正机构，审批人：陈县级，2026年11月20日）",
    ]);
  });

  it("R-LV-2: a city-level leave has the office's, the county's and the city's lines", () => {
    const lines = leaveApprovalOpinions({ ...decision, level: "city", decidingOrgName: "佛山市司法局" });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("由县级社区矫正机构审批");
    expect(lines[1]).toMatch(/^县级社区矫正机构意见：依规定由市级社区矫正机构审批/);
    expect(lines[2]).toMatch(/^市级社区矫正机构意见：同意外出。/);
  });
});
