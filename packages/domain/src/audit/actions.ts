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
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}
