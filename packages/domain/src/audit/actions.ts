import { caseStepLabels, type CaseStep } from "../lifecycle/state-machine.ts";

/** What each audit action means, as staff read it in the trail. */
export const auditActionLabels: Record<string, string> = {
  "auth.login": "登录",
  "auth.login.failed": "登录失败",
  "auth.login.locked": "锁定期间尝试登录",
  "auth.account.locked": "连续失败，账号锁定",
  "auth.logout": "退出登录",
  "auth.password.change": "修改密码",
  "subject.list": "查询矫正对象列表",
  "subject.read": "查阅档案",
  "subject.create": "新建档案",
  "subject.update": "修改档案",
  "subject.reveal": "查看完整敏感信息",
  "subject.photo.update": "更新照片",
  "subject.photo.read": "查看照片",
  "subject.audit.read": "查阅档案审计记录",
  "organization.create": "新建机构",
  "organization.update": "修改机构",
  "user.create": "新建用户",
  "user.update": "修改用户",
  "user.password.reset": "重置密码",
  "user.unlock": "解除锁定",
  "audit.browse": "查阅审计日志",
  "dashboard.read": "查看统计",
  "system.demo": "生成演示数据",
  "investigation.read": "查阅调查评估",
  "investigation.list": "查询调查评估列表",
  "investigation.transcript.attach": "上传笔录附件",
  "investigation.transcript.file.read": "查看笔录附件",
  "document.read": "生成执法文书",
  "deadline.list": "查询待办期限",
  "calendar.update": "导入或修改工作日历",
  "document_template.update": "修改文书模板",
  "document_template.reset": "恢复默认文书模板",
  "case.commission": "接收调查评估委托",
  "case.assign": "指派调查",
  "case.transcript": "制作调查笔录",
  "case.extend": "延长调查评估期限",
  "case.opinion": "出具调查评估意见",
  "case.release_due": "矫正期满提醒",
  "notice.list": "查看通知",
  "notice.read": "通知标为已读",
  "notice.deadline_overdue": "发出逾期提醒",
  "session.purge": "清理过期会话",
  "transfer.read": "查阅执行地变更",
};

export function auditActionLabel(action: string): string {
  const label = auditActionLabels[action];
  if (label) return label;
  // Every lifecycle step is audited as "case.<step>".
  const step = action.startsWith("case.") ? action.slice(5) : null;
  return step && step in caseStepLabels ? caseStepLabels[step as CaseStep] : action;
}
