/** The enforcement documents (执法文书, DOMAIN.md §9) the platform generates, shared by server and console. */
export const documentKinds = [
  "investigation-opinion",
  "report-notice",
  "entry-announcement",
  "correction-plan",
  "transfer-decision",
  "release-certificate",
  "termination-notice",
  "reprimand-decision",
  "warning-decision",
  "police-penalty-proposal",
  "revoke-probation-proposal",
  "revoke-parole-proposal",
  "committal-proposal",
  "arrest-proposal",
  "reduction-proposal",
  "leave-certificate",
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
  "reprimand-decision": "训诫决定书",
  "warning-decision": "警告决定书",
  "police-penalty-proposal": "提请治安管理处罚建议书",
  "revoke-probation-proposal": "撤销缓刑建议书",
  "revoke-parole-proposal": "撤销假释建议书",
  "committal-proposal": "收监执行建议书",
  "arrest-proposal": "提请逮捕建议书",
  "reduction-proposal": "减刑建议书",
  "leave-certificate": "外出证明",
};
