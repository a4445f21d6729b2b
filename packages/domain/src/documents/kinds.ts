/** The enforcement documents (执法文书, DOMAIN.md §9) the platform generates, shared by server and console. */
export const documentKinds = [
  "investigation-opinion",
  "report-notice",
  "entry-announcement",
  "correction-plan",
  "transfer-decision",
  "release-certificate",
  "termination-notice",
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  "investigation-opinion": "调查评估意见书",
  "report-notice": "报到情况通知单",
  "entry-announcement": "入矫宣告书",
  "correction-plan": "矫正方案",
  "transfer-decision": "执行地变更决定书",
  "release-certificate": "解除社区矫正证明书",
  "termination-notice": "终止社区矫正通知书",
};
