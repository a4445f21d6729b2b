/**
 * The legal calendar and the configurable case figures, loaded once and shared by every form, so
 * each form computes a due date with the very rules the server applies (STYLE.md #1).
 */
import type { CaseRules, DateString, DueDate } from "@zhijiao/domain";
import { WorkingCalendar, caseRulesWith, daysBetween, defaultCaseRules, todayIn } from "@zhijiao/domain";
import { useEffect, useState } from "react";
import { api } from "../api/client";
import type { ResponseOf } from "../api/contract";
import type { CalendarAnswer } from "../api/types";

export interface CaseEnvironment {
  calendar: WorkingCalendar;
  rules: CaseRules;
  /** The loaded years, newest last. */
  years: number[];
  /** False when the calendar could not be read: every date is then shown as provisional. */
  calendarLoaded: boolean;
}

let pending: Promise<CaseEnvironment> | null = null;

async function loadEnvironment(): Promise<CaseEnvironment> {
  const [calendar, rules] = await Promise.all([
    api.get<CalendarAnswer>("/api/calendar").catch(() => null),
    api.get<ResponseOf<"/api/case-rules">>("/api/case-rules").catch(() => null),
  ]);
  const years = (calendar?.years ?? []).map((y) => y.year).sort((a, b) => a - b);
  return {
    calendar: new WorkingCalendar({ years, days: calendar?.days ?? [] }),
    rules: rules ? caseRulesWith(rules) : { ...defaultCaseRules },
    years,
    calendarLoaded: calendar !== null,
  };
}

/** Forgets the loaded calendar (after an administrator changed it). */
export function invalidateCaseEnvironment(): void {
  pending = null;
}

/** The calendar and rules; undefined while loading. */
export function useCaseEnvironment(): CaseEnvironment | undefined {
  const [env, setEnv] = useState<CaseEnvironment | undefined>(undefined);
  useEffect(() => {
    let live = true;
    pending ??= loadEnvironment();
    pending.then(
      (e) => live && setEnv(e),
      () => {
        pending = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return env;
}

/** Today's legal-calendar date (Asia/Shanghai). */
export function today(): DateString {
  return todayIn(new Date());
}

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 10 → 十, 15 → 十五, 30 → 三十: how the law writes its periods. */
export function cnNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return `${t === 1 ? "" : digits[t]}十${u ? digits[u] : ""}`;
  }
  return String(n);
}

/** Days from today to the due date: "剩 3 天", "今天到期", "逾期 2 天". */
export function daysLeftText(dueOn: DateString, on: DateString = today()): { text: string; days: number } {
  const days = daysBetween(on, dueOn);
  if (days > 0) return { text: `剩 ${days} 天`, days };
  if (days === 0) return { text: "今天到期", days };
  return { text: `逾期 ${-days} 天`, days };
}

/** How each period is counted, in the words of the rule (shown beside the computed date). */
export const basisText = {
  investigation: (r: CaseRules, fastTrack: boolean) =>
    fastTrack
      ? `速裁案件，收到委托之日起${cnNumber(r.investigationFastTrackWorkingDays)}个工作日`
      : `收到委托之日起${cnNumber(r.investigationWorkingDays)}个工作日`,
  investigationExtension: (days: number) => `原期限后延长${cnNumber(days)}个工作日`,
  report: (r: CaseRules) => `判决生效之日起${cnNumber(r.reportDays)}日，末日为节假日顺延`,
  handoverNotice: (r: CaseRules) => `判决生效之日起${cnNumber(r.handoverNoticeDays)}日内通知`,
  handoverDocuments: (r: CaseRules) => `判决生效之日起${cnNumber(r.handoverDocumentsDays)}日内送达文书`,
  transferConsult: (r: CaseRules) => `申请之日起${cnNumber(r.transferConsultDays)}日内征求新执行地意见`,
  transferReply: (r: CaseRules) => `征求意见之日起${cnNumber(r.transferReplyDays)}日内回复`,
  transferFiles: (r: CaseRules) => `决定之日起${cnNumber(r.transferFilesDays)}日内移交档案`,
  transferReport: (r: CaseRules) => `档案移交之日起${cnNumber(r.transferReportDays)}日内到新执行地报到`,
  transferAhead: (r: CaseRules) => `应至少提前${cnNumber(r.transferApplyAheadDays)}日申请`,
  releasePreparation: (r: CaseRules) => `矫正期满前${cnNumber(r.releasePreparationDays)}日完成个人总结和鉴定`,
};

export type { DueDate };
