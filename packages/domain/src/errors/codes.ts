/**
 * Every error code the platform answers with, in one place: its HTTP status and the message a
 * user reads (zh-CN). Codes are stable identifiers; messages may be improved.
 */
export const errorCatalogue = {
  // 400 validation (and 413/415 for the body itself)
  VALIDATION_FAILED: { status: 400, message: "提交的数据不符合要求" },
  MALFORMED_JSON: { status: 400, message: "请求内容不是有效的 JSON" },
  UNKNOWN_FIELD: { status: 400, message: "请求包含不允许的字段" },
  BODY_TOO_LARGE: { status: 413, message: "请求内容过大" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "不支持的请求内容类型" },
  ID_NUMBER_INVALID: { status: 400, message: "身份证号码无效（格式或校验位错误）" },
  ID_NUMBER_SEX_MISMATCH: { status: 400, message: "性别与身份证号码不一致" },
  ID_NUMBER_BIRTH_MISMATCH: { status: 400, message: "出生日期与身份证号码不一致" },
  ID_NUMBER_DUPLICATE: { status: 409, message: "该身份证号码已有在档矫正对象" },
  PHONE_INVALID: { status: 400, message: "联系电话格式不正确（11 位手机号码或带区号的固定电话）" },
  DIVISION_CODE_INVALID: { status: 400, message: "行政区划代码无效" },
  ETHNICITY_INVALID: { status: 400, message: "民族代码无效" },
  CORRECTION_PERIOD_INVALID: { status: 400, message: "矫正期限不符合该类别的法定期限规则" },
  OFFICE_INVALID: { status: 400, message: "所选机构不是本辖区内的司法所" },
  PASSWORD_POLICY: {
    status: 400,
    message: "密码至少 8 位，且包含大写字母、小写字母、数字、特殊字符中的至少三类",
  },
  PASSWORD_REUSED: { status: 400, message: "新密码不能与原密码相同" },
  PASSWORD_WRONG: { status: 400, message: "原密码不正确" },
  USERNAME_TAKEN: { status: 409, message: "用户名已被使用" },
  ROLE_ORG_MISMATCH: { status: 400, message: "该角色不能设在所选机构" },
  ORG_PARENT_INVALID: { status: 400, message: "上级机构不符合机构层级" },
  DIVISION_CODE_TAKEN: { status: 409, message: "该行政区划代码已有同类机构" },
  PHOTO_INVALID: { status: 400, message: "照片必须是不超过 2MB 的 JPEG 或 PNG 图片" },
  DOCUMENTS_MISSING: { status: 400, message: "缺少必需的法律文书" },
  FACTS_MISSING: { status: 400, message: "缺少办理此环节必需的事项" },
  IDENTITY_NOT_VERIFIED: { status: 400, message: "须先核实矫正对象身份" },
  TEAM_NEEDS_WOMAN: { status: 400, message: "女性矫正对象的矫正小组应当有女性成员" },
  TEAM_MINOR_RULES: { status: 400, message: "未成年矫正对象的矫正小组成员应当熟悉未成年人身心特点" },
  TEAM_NEEDS_OFFICE_WORKER: { status: 400, message: "矫正小组应当有司法所工作人员" },
  COMMISSIONING_ORG_INVALID: { status: 400, message: "委托机关应为人民法院、人民检察院、公安机关或监狱" },
  DESTINATION_INVALID: { status: 400, message: "新执行地应为其他县（市、区）的司法所" },
  TRANSFER_NOTICE_TOO_SHORT: { status: 400, message: "执行地变更应当提前一个月提出申请" },
  CALENDAR_YEAR_MISSING: { status: 400, message: "该年度的节假日安排尚未导入" },
  SANCTION_CATEGORY: { status: 400, message: "该矫正类别不适用此项奖惩措施" },
  COMMENDATION_TOO_EARLY: { status: 400, message: "在矫时间不足，暂不能提请表扬" },
  LEAVE_TOO_LONG: { status: 400, message: "外出每次审批不得超过 30 日" },
  LEAVE_TOO_LATE: { status: 400, message: "外出申请未按规定提前提出" },
  // 401 / 403 / 423
  UNAUTHENTICATED: { status: 401, message: "请先登录" },
  SESSION_EXPIRED: { status: 401, message: "登录已超时，请重新登录" },
  LOGIN_FAILED: { status: 401, message: "用户名或密码错误" },
  ACCOUNT_LOCKED: { status: 423, message: "连续登录失败次数过多，账号已锁定 15 分钟" },
  ACCOUNT_DISABLED: { status: 403, message: "账号已停用" },
  FORBIDDEN: { status: 403, message: "当前角色无权进行此操作" },
  CROSS_SITE_REQUEST: { status: 403, message: "拒绝来自其他网站的请求：请在本系统页面内操作" },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: "首次登录或密码被重置后，须先修改密码" },
  LEAVE_APPROVAL_LEVEL: { status: 403, message: "该外出申请须由更高一级机构审批" },
  // 404 / 409
  NOT_FOUND: { status: 404, message: "未找到该记录，或不在您的管辖范围内" },
  ROUTE_NOT_FOUND: { status: 404, message: "接口不存在" },
  VERSION_CONFLICT: { status: 409, message: "记录已被他人修改，请刷新后重试" },
  DUPLICATE: { status: 409, message: "记录已存在，不能重复提交" },
  FILE_ARCHIVED: { status: 409, message: "档案已归档，只能查阅" },
  CASE_INVESTIGATING: { status: 409, message: "调查评估尚未完成，不能办理此环节" },
  CASE_AWAITING_REPORT: { status: 409, message: "矫正对象尚未报到接收，不能办理此环节" },
  CASE_IN_CORRECTION: { status: 409, message: "矫正对象已在矫，不能办理此环节" },
  CASE_TRANSFERRING: { status: 409, message: "执行地变更办理中，不能办理此环节" },
  CASE_RELEASED: { status: 409, message: "已解除社区矫正，不能办理此环节" },
  CASE_TERMINATED: { status: 409, message: "社区矫正已终止，不能办理此环节" },
  INVESTIGATION_CLOSED: { status: 409, message: "调查评估已出具意见，不能再修改" },
  DOCUMENT_NOT_ISSUED: { status: 409, message: "该文书尚未出具：办理相应环节后方可生成" },
  LEVEL_CHANGE_REQUIRED: {
    status: 409,
    message: "管理等级须经提请和审批调整，不能在档案中直接修改",
  },
  REPORT_NOT_OVERDUE: { status: 409, message: "报到期限尚未届满，不能登记查找情况" },
  INVESTIGATION_NOT_ASSIGNED: { status: 409, message: "须先指派司法所开展调查" },
  INVESTIGATION_OPEN: { status: 409, message: "调查评估尚未出具意见" },
  TRANSFER_STEP_ORDER: {
    status: 409,
    message: "执行地变更须按申请、征求意见、回复、决定、移交、报到的顺序办理",
  },
  TRANSFER_NOT_ACCEPTED: {
    status: 409,
    message: "新执行地社区矫正机构不同意接收，不能批准变更；有异议的可报上一级社区矫正机构协调解决",
  },
  RELEASE_NOT_DUE: { status: 409, message: "矫正期未满，不能解除社区矫正" },
  SANCTION_DECIDED: { status: 409, message: "该奖惩提请已审批，不能重复审批" },
  LEAVE_DECIDED: { status: 409, message: "该外出申请已审批，不能重复审批" },
  LEAVE_NOT_APPROVED: { status: 409, message: "外出申请未获批准或已销假，不能销假" },
  LEVEL_CHANGE_DECIDED: { status: 409, message: "该管理等级调整已审批，不能重复审批" },
  LEVEL_CHANGE_OPEN: { status: 409, message: "已有待审批的管理等级调整，请先审批" },
  SPECIAL_PLACE_DECIDED: { status: 409, message: "该进入特定场所申请已审批，不能重复审批" },
  CHECK_IN_CONFIRMED: { status: 409, message: "该签到已确认，不能重复确认" },
  ABSENCE_OPEN: { status: 409, message: "该矫正对象已有正在查找的脱管记录" },
  ABSENCE_CLOSED: { status: 409, message: "该脱管记录已找回结案" },
  RANDOM_CHECK_PENDING: { status: 409, message: "该矫正对象已有未回应的随机抽查" },
  ALERT_STATE: { status: 409, message: "该报警的状态不允许此操作" },
  NO_POSITION: { status: 404, message: "暂无定位数据" },
  DEVICE_TOKEN_INVALID: { status: 401, message: "设备凭证无效" },
  INGEST_RATE_LIMITED: { status: 429, message: "设备上传过于频繁，请稍后重试" },
  INGEST_BATCH_TOO_LARGE: { status: 400, message: "一次上传的定位点过多（最多 1000 个）" },
  // Electronic positioning devices (R-EP-1), devices and zones
  POSITIONING_TOO_LONG: { status: 400, message: "使用电子定位装置的期限每次不得超过 3 个月" },
  POSITIONING_REASSESSMENT_REQUIRED: {
    status: 400,
    message: "延长使用电子定位装置须经重新评估，并写明评估情况",
  },
  POSITIONING_EXTENSION_INVALID: {
    status: 400,
    message: "延长期限须接续本档案已批准的使用期限（自原期限届满次日或之前开始，并晚于原期限结束）",
  },
  POSITIONING_EXTENSION_REQUIRED: {
    status: 409,
    message: "与已批准的使用期限重叠或相接：继续使用须经重新评估，以延长方式提出",
  },
  POSITIONING_PENDING: { status: 409, message: "已有待审批的使用电子定位装置申请，请先审批" },
  POSITIONING_EXTENDED: { status: 409, message: "该使用期限已延长，请在最新批准的期限上延长" },
  POSITIONING_DECIDED: { status: 409, message: "该使用电子定位装置申请已审批，不能重复审批" },
  POSITIONING_EXPIRED: { status: 409, message: "申请的使用期限已经届满，不能批准" },
  POSITIONING_NOT_AUTHORIZED: {
    status: 409,
    message: "没有覆盖今天的已批准使用电子定位装置审批，不能为矫正对象佩戴电子定位装置",
  },
  DEVICE_UNKNOWN: { status: 404, message: "设备不存在、已停用或不属于本辖区" },
  DEVICE_IDENTIFIER_TAKEN: { status: 409, message: "该设备编号已经登记" },
  DEVICE_BOUND: { status: 409, message: "该设备已绑定矫正对象，须先解除原绑定" },
  SUBJECT_DEVICE_BOUND: { status: 409, message: "该矫正对象已绑定同类设备，须先解除原绑定" },
  BINDING_ENDED: { status: 409, message: "该设备绑定已经解除" },
  ZONE_SHAPE_INVALID: { status: 400, message: "电子围栏的形状无效" },
  ZONE_ENDED: { status: 409, message: "该电子围栏已经停用" },
  BOUNDARY_UNKNOWN: { status: 404, message: "没有该行政区划代码的边界数据" },
  // 500
  INTERNAL: { status: 500, message: "服务器内部错误，请稍后重试" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** A rule or request refused for a stated reason; mapped to HTTP by the catalogue. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, details: Record<string, unknown> = {}, message?: string) {
    super(message ?? errorCatalogue[code].message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
