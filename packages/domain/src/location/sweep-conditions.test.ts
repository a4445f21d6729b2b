import { describe, expect, it } from "vitest";
import {
  anyLeaveOverdue,
  defaultEscalationRules,
  deviceSilent,
  escalationCandidatesBefore,
  escalationDue,
  leaveReturnOverdue,
  offlineAlertDue,
} from "./sweep-conditions.ts";

const NOW = Date.UTC(2026, 10, 20, 2, 0);
const MIN = 60_000;

describe("offline devices", () => {
  const device = { boundAt: NOW - 24 * 60 * MIN, offlineAfterSeconds: 600, lastOfflineAlertAt: null };

  it("R-MS-1: a device silent for longer than its threshold is offline, not at the threshold", () => {
    expect(deviceSilent(NOW - 10 * MIN, 600, NOW)).toBe(false);
    expect(deviceSilent(NOW - 10 * MIN - 1, 600, NOW)).toBe(true);
    expect(offlineAlertDue({ ...device, lastSeenAt: NOW - 5 * MIN }, NOW)).toBeNull();
    expect(offlineAlertDue({ ...device, lastSeenAt: NOW - 11 * MIN }, NOW)).toBe(NOW - 11 * MIN);
  });

  it("R-MS-1: each device has its own threshold", () => {
    const quick = { ...device, offlineAfterSeconds: 60, lastSeenAt: NOW - 2 * MIN };
    expect(offlineAlertDue(quick, NOW)).toBe(NOW - 2 * MIN);
    expect(offlineAlertDue({ ...quick, offlineAfterSeconds: 3600 }, NOW)).toBeNull();
  });

  it("R-MS-1: a device that never spoke is silent from its binding", () => {
    expect(offlineAlertDue({ ...device, boundAt: NOW - 11 * MIN, lastSeenAt: null }, NOW)).toBe(
      NOW - 11 * MIN,
    );
    expect(offlineAlertDue({ ...device, boundAt: NOW - 9 * MIN, lastSeenAt: null }, NOW)).toBeNull();
  });

  it("R-MS-1: one alert per silence: none again once raised, a new one after the device spoke again", () => {
    const silent = { ...device, lastSeenAt: NOW - 30 * MIN };
    expect(offlineAlertDue({ ...silent, lastOfflineAlertAt: NOW - 19 * MIN }, NOW)).toBeNull();
    expect(offlineAlertDue({ ...silent, lastOfflineAlertAt: NOW - 30 * MIN }, NOW)).toBeNull();
    expect(offlineAlertDue({ ...silent, lastOfflineAlertAt: NOW - 90 * MIN }, NOW)).toBe(NOW - 30 * MIN);
  });
});

describe("escalation of unacknowledged alerts", () => {
  const open = { status: "open", clearedAt: null, escalationLevel: 0 };

  it("an open alert climbs to level 1 after 15 minutes and to level 2 after 60", () => {
    expect(escalationDue({ ...open, openedAt: NOW - 15 * MIN }, NOW)).toBeNull();
    expect(escalationDue({ ...open, openedAt: NOW - 16 * MIN }, NOW)).toBe(1);
    expect(escalationDue({ ...open, escalationLevel: 1, openedAt: NOW - 16 * MIN }, NOW)).toBeNull();
    expect(escalationDue({ ...open, escalationLevel: 1, openedAt: NOW - 61 * MIN }, NOW)).toBe(2);
    expect(escalationDue({ ...open, escalationLevel: 2, openedAt: NOW - 600 * MIN }, NOW)).toBeNull();
  });

  it("an acknowledged, resolved or cleared alert does not climb", () => {
    const old = NOW - 120 * MIN;
    expect(escalationDue({ ...open, status: "acknowledged", openedAt: old }, NOW)).toBeNull();
    expect(escalationDue({ ...open, status: "resolved", openedAt: old }, NOW)).toBeNull();
    expect(escalationDue({ ...open, clearedAt: NOW - MIN, openedAt: old }, NOW)).toBeNull();
  });

  it("the minutes are configuration, and candidates are only alerts older than the shorter wait", () => {
    const rules = { firstMinutes: 5, secondMinutes: 30 };
    expect(escalationDue({ ...open, openedAt: NOW - 6 * MIN }, NOW, rules)).toBe(1);
    expect(escalationCandidatesBefore(NOW, rules)).toBe(NOW - 5 * MIN);
    expect(escalationCandidatesBefore(NOW)).toBe(NOW - defaultEscalationRules.firstMinutes * MIN);
  });
});

describe("overdue return from leave", () => {
  it("R-LV-3: an approved leave is overdue from the day after its last day", () => {
    expect(leaveReturnOverdue({ status: "approved", endOn: "2026-11-26" }, "2026-11-26")).toBe(false);
    expect(leaveReturnOverdue({ status: "approved", endOn: "2026-11-26" }, "2026-11-27")).toBe(true);
  });

  it("R-LV-3: a leave returned from (销假), pending or rejected is never overdue", () => {
    for (const status of ["returned", "pending", "rejected"])
      expect(leaveReturnOverdue({ status, endOn: "2026-11-01" }, "2026-11-27")).toBe(false);
  });

  it("R-LV-3: the condition lasts while any of the subject's leaves is overdue", () => {
    const today = "2026-11-27";
    expect(anyLeaveOverdue([], today)).toBe(false);
    expect(
      anyLeaveOverdue(
        [
          { status: "returned", endOn: "2026-11-20" },
          { status: "approved", endOn: "2026-12-05" },
        ],
        today,
      ),
    ).toBe(false);
    expect(
      anyLeaveOverdue(
        [
          { status: "approved", endOn: "2026-12-05" },
          { status: "approved", endOn: "2026-11-25" },
        ],
        today,
      ),
    ).toBe(true);
  });
});
