/**
 * The province's leave rules in force (R-LV-1/2, cfg), read from GET /api/rules, so the leave
 * form counts the cumulative days and names the approving level exactly as the server will.
 */
import { defaultLeaveRules, leaveRulesWith, type LeaveRules } from "@zhijiao/domain";
import { api } from "../api/client";
import { useRemote } from "./use-remote";

interface RuleTablesAnswer {
  items: { key: string; values: Record<string, unknown> }[];
}

/** The configured leave rules; the defaults while loading or when they cannot be read. */
export function useLeaveRules(): LeaveRules {
  const answer = useRemote((signal) => api.get<RuleTablesAnswer>("/api/rules", {}, signal), "leave_rules");
  const values = answer.data?.items.find((t) => t.key === "leave_rules")?.values;
  return values ? leaveRulesWith(values) : defaultLeaveRules;
}
