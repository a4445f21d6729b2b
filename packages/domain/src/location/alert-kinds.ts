/** Location alert types (`type` in the API) and their zh-CN labels. */
export const alertTypes = [
  "out_of_zone",
  "forbidden_zone",
  "offline",
  "low_battery",
  "tamper",
  "separation",
  "sos",
  "leave_overdue",
] as const;
export type AlertType = (typeof alertTypes)[number];

export const alertTypeLabels: Record<AlertType, string> = {
  out_of_zone: "越界",
  forbidden_zone: "进入禁止区域",
  offline: "设备离线",
  low_battery: "电量低",
  tamper: "设备被拆除",
  separation: "人机分离",
  sos: "紧急求助",
  leave_overdue: "外出逾期未归",
};

export const alertStatuses = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof alertStatuses)[number];
export const alertStatusLabels: Record<AlertStatus, string> = {
  open: "待签收",
  acknowledged: "处置中",
  resolved: "已处置",
};

/** What an alert turned out to be, as staff record it. */
export const alertDispositions = ["device_fault", "gps_drift", "approved", "violation_confirmed"] as const;
export type AlertDisposition = (typeof alertDispositions)[number];
export const alertDispositionLabels: Record<AlertDisposition, string> = {
  device_fault: "设备故障",
  gps_drift: "定位漂移",
  approved: "已批准的活动",
  violation_confirmed: "确认违规",
};
