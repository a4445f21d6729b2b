import { DomainError, type DocumentKind } from "@zhijiao/domain";

export { documentKindLabels, documentKinds, type DocumentKind } from "@zhijiao/domain";

/**
 * A document's wording. Text may hold `{{key}}` placeholders from `templateFields[kind]`; the addressee is
 * written without its closing colon and the cc line without "抄送：" and its closing full stop, which the
 * renderer adds.
 */
export interface DocumentTemplate {
  title: string;
  /** The agency's word for this kind in document numbers, as in 南海矫调评〔2026〕3号. */
  numberWord: string;
  addressee?: string;
  body: string[];
  cc?: string;
}

export interface TemplateField {
  readonly key: string;
  readonly label: string;
}

/** Placeholders every kind may use. */
export const commonFields: readonly TemplateField[] = [
  { key: "subjectName", label: "社区矫正对象姓名" },
  { key: "sex", label: "性别" },
  { key: "birthDate", label: "出生日期" },
  { key: "idNumber", label: "身份证号码" },
  { key: "residenceAddress", label: "居住地" },
  { key: "categoryLabel", label: "矫正类别" },
  { key: "crime", label: "罪名" },
  { key: "decidingAuthority", label: "社区矫正决定机关" },
  { key: "judgmentNumber", label: "判决（裁定、决定）书文号" },
  { key: "judgmentEffectiveOn", label: "判决（裁定、决定）生效日期" },
  { key: "correctionStartOn", label: "社区矫正起始日期" },
  { key: "correctionEndOn", label: "社区矫正期满日期" },
  { key: "countyAgencyName", label: "县级社区矫正机构" },
  { key: "officeName", label: "司法所" },
  { key: "procuratorateName", label: "人民检察院" },
  { key: "policeName", label: "公安机关" },
  { key: "breachConsequence", label: "再违反监督管理规定的后果（依矫正类别）" },
];

/** The placeholders of the sanction documents (R-SN-1..6), as the decision recorded them. */
const sanctionFields: readonly TemplateField[] = [
  { key: "facts", label: "事实和理由" },
  { key: "decisionComment", label: "审批意见" },
  { key: "decidedOn", label: "决定日期" },
  { key: "addresseeName", label: "主送机关" },
  // The agency does not know the day the court receives the proposal, from which the law counts the court's
  // period; this is the follow-up date counted from the day of issue, kept for provinces' own templates.
  { key: "courtRulingDueOn", label: "跟踪期限（自建议书发出之日起计算）" },
];

const kindFields: Record<DocumentKind, readonly TemplateField[]> = {
  "investigation-opinion": [
    { key: "commissioningOrgName", label: "委托机关" },
    { key: "receivedOn", label: "收到委托日期" },
    { key: "opinionLabel", label: "评估意见（适宜/不适宜社区矫正）" },
    { key: "reasons", label: "评估理由" },
    { key: "interviewSummary", label: "调查走访情况" },
  ],
  "report-notice": [
    { key: "reportDueOn", label: "报到期限" },
    { key: "reportSituation", label: "报到情况" },
    { key: "searchRecord", label: "查找情况" },
  ],
  "entry-announcement": [
    { key: "announcedOn", label: "宣告日期" },
    { key: "place", label: "宣告地点" },
    { key: "participants", label: "参加宣告人员" },
    { key: "teamMembers", label: "矫正小组成员" },
    { key: "duties", label: "应当遵守的规定" },
  ],
  "correction-plan": [
    { key: "planVersion", label: "方案版本" },
    { key: "levelLabel", label: "管理等级" },
    { key: "basicSituation", label: "基本情况" },
    { key: "riskAnalysis", label: "风险分析" },
    { key: "measures", label: "矫正措施" },
    { key: "teamMembers", label: "矫正小组成员" },
  ],
  "transfer-decision": [
    { key: "originAgencyName", label: "原执行地社区矫正机构" },
    { key: "destinationAgencyName", label: "新执行地社区矫正机构" },
    { key: "destinationOfficeName", label: "新执行地司法所" },
    { key: "newResidenceAddress", label: "新居住地" },
    { key: "reason", label: "变更理由" },
    { key: "decidedOn", label: "决定日期" },
    { key: "reportDueOn", label: "报到期限" },
  ],
  "release-certificate": [
    { key: "releasedOn", label: "解除日期" },
    { key: "conductSummary", label: "矫正期间表现" },
  ],
  "termination-notice": [
    { key: "terminationTypeLabel", label: "终止情形" },
    { key: "reason", label: "终止原因" },
    { key: "decidedOn", label: "终止日期" },
    { key: "rulingAuthority", label: "作出裁定（决定）的机关" },
    { key: "rulingNumber", label: "裁定（决定）书文号" },
  ],
  "leave-approval-form": [
    { key: "appliedOn", label: "申请日期" },
    { key: "leaveStartOn", label: "外出日期" },
    { key: "leaveEndOn", label: "返回日期" },
    { key: "leaveDays", label: "外出天数" },
    { key: "cumulativeDays", label: "两个月内累计外出天数（含本次）" },
    { key: "destinationAddress", label: "外出目的地" },
    { key: "leaveReason", label: "外出事由" },
    { key: "approvalLevelLabel", label: "审批机关层级" },
    { key: "approvalOpinions", label: "各级审批意见（每级一行）" },
    { key: "decisionLabel", label: "审批结果（批准/不予批准）" },
  ],
  "leave-certificate": [
    { key: "leaveStartOn", label: "外出日期" },
    { key: "leaveEndOn", label: "返回日期" },
    { key: "leaveDays", label: "外出天数" },
    { key: "destinationAddress", label: "外出目的地" },
    { key: "leaveReason", label: "外出事由" },
    { key: "approvingOrgName", label: "批准机关" },
  ],
  "positioning-approval": [
    { key: "conditionLabel", label: "适用情形" },
    { key: "facts", label: "事实和理由" },
    { key: "approvalType", label: "审批类型（首次使用/延长使用）" },
    { key: "reassessment", label: "重新评估情况" },
    { key: "positioningFromOn", label: "使用起始日期" },
    { key: "positioningUntilOn", label: "使用截止日期" },
    { key: "proposedByName", label: "提请人" },
    { key: "approverName", label: "审批人" },
    { key: "decisionComment", label: "审批意见" },
    { key: "decidedOn", label: "审批日期" },
  ],
  "reprimand-decision": sanctionFields,
  "warning-decision": sanctionFields,
  "police-penalty-proposal": sanctionFields,
  "revoke-probation-proposal": sanctionFields,
  "revoke-parole-proposal": sanctionFields,
  "committal-proposal": sanctionFields,
  "arrest-proposal": sanctionFields,
  "reduction-proposal": sanctionFields,
};

/** The placeholders each kind may use: the common ones, then the kind's own. */
export const templateFields: Record<DocumentKind, readonly TemplateField[]> = {
  "investigation-opinion": [...commonFields, ...kindFields["investigation-opinion"]],
  "report-notice": [...commonFields, ...kindFields["report-notice"]],
  "entry-announcement": [...commonFields, ...kindFields["entry-announcement"]],
  "correction-plan": [...commonFields, ...kindFields["correction-plan"]],
  "transfer-decision": [...commonFields, ...kindFields["transfer-decision"]],
  "release-certificate": [...commonFields, ...kindFields["release-certificate"]],
  "termination-notice": [...commonFields, ...kindFields["termination-notice"]],
  "leave-approval-form": [...commonFields, ...kindFields["leave-approval-form"]],
  "leave-certificate": [...commonFields, ...kindFields["leave-certificate"]],
  "positioning-approval": [...commonFields, ...kindFields["positioning-approval"]],
  "reprimand-decision": [...commonFields, ...kindFields["reprimand-decision"]],
  "warning-decision": [...commonFields, ...kindFields["warning-decision"]],
  "police-penalty-proposal": [...commonFields, ...kindFields["police-penalty-proposal"]],
  "revoke-probation-proposal": [...commonFields, ...kindFields["revoke-probation-proposal"]],
  "revoke-parole-proposal": [...commonFields, ...kindFields["revoke-parole-proposal"]],
  "committal-proposal": [...commonFields, ...kindFields["committal-proposal"]],
  "arrest-proposal": [...commonFields, ...kindFields["arrest-proposal"]],
  "reduction-proposal": [...commonFields, ...kindFields["reduction-proposal"]],
};

const LAW = "《中华人民共和国社区矫正法》";
const RULES = "《中华人民共和国社区矫正法实施办法》";
const SPC21 = "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》";

/** Who the subject is and why they are under community corrections; opens most documents. */
const subjectParagraph =
  "社区矫正对象{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，居住地{{residenceAddress}}。" +
  "因犯{{crime}}，经{{decidingAuthority}}以{{judgmentNumber}}判决（裁定、决定）适用社区矫正，" +
  "矫正类别为{{categoryLabel}}，社区矫正期限自{{correctionStartOn}}起至{{correctionEndOn}}止。";

export const defaultTemplates: Record<DocumentKind, DocumentTemplate> = {
  "investigation-opinion": {
    title: "调查评估意见书",
    numberWord: "矫调评",
    addressee: "{{commissioningOrgName}}",
    body: [
      "本机构于{{receivedOn}}收到你单位关于对{{subjectName}}进行社区矫正调查评估的委托函及相关材料。" +
        `依照${LAW}第十八条的规定，本机构会同{{officeName}}对其社会危险性和对所居住社区的影响进行了调查评估。现将评估意见函告如下：`,
      "一、被调查评估对象基本情况。{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，" +
        "居住地{{residenceAddress}}，涉嫌（犯）{{crime}}。",
      "二、调查走访情况。{{interviewSummary}}",
      "三、评估理由。{{reasons}}",
      "四、评估意见。综合以上情况，本机构认为{{subjectName}}{{opinionLabel}}。",
      "以上意见，供你单位决定社区矫正时参考。",
    ],
    cc: "{{procuratorateName}}",
  },
  "report-notice": {
    title: "报到情况通知单",
    numberWord: "矫报",
    addressee: "{{decidingAuthority}}",
    body: [
      "你单位以{{judgmentNumber}}判决（裁定、决定）对{{subjectName}}（{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，" +
        "居住地{{residenceAddress}}）适用社区矫正，矫正类别为{{categoryLabel}}，该判决（裁定、决定）于{{judgmentEffectiveOn}}生效。",
      `依照${LAW}第二十一条的规定，该社区矫正对象应当于{{reportDueOn}}前到本机构报到。经核查，{{subjectName}}{{reportSituation}}。`,
      "查找情况：{{searchRecord}}",
      "特此通知。",
    ],
    cc: "{{procuratorateName}}",
  },
  "entry-announcement": {
    title: "入矫宣告书",
    numberWord: "矫宣",
    body: [
      subjectParagraph,
      `依照${LAW}第二十二条的规定，{{countyAgencyName}}于{{announcedOn}}在{{place}}对你进行社区矫正宣告。` +
        "参加宣告的人员：{{participants}}。现宣告如下：",
      "一、你的犯罪事实及判决（裁定、决定）内容已由上述法律文书确定。自{{correctionStartOn}}起，依法对你实行社区矫正，" +
        "期限至{{correctionEndOn}}止。",
      "二、社区矫正期间，由{{officeName}}负责你的日常监督管理和教育帮扶工作。矫正小组成员：{{teamMembers}}。",
      "三、社区矫正期间，你应当遵守法律、行政法规，履行判决、裁定、暂予监外执行决定等法律文书确定的义务，" +
        "遵守国务院司法行政部门关于报告、会客、外出、迁居、保外就医等监督管理规定，服从社区矫正机构的管理。" +
        "具体应当遵守的规定：{{duties}}",
      "四、你违反法律法规或者监督管理规定的，将视情节依法给予训诫、警告，直至{{breachConsequence}}。",
      "五、你依法享有的人身权利、财产权利和其他权利不受侵犯，在就业、就学和享受社会保障等方面不受歧视。",
      "特此宣告。",
    ],
  },
  "correction-plan": {
    title: "矫正方案",
    numberWord: "矫案",
    body: [
      subjectParagraph,
      `依照${LAW}第二十四条的规定，根据裁判内容和社区矫正对象的性别、年龄、心理特点、健康状况、犯罪原因、犯罪类型、` +
        "犯罪情节、悔罪表现等情况，制定本矫正方案（方案版本：{{planVersion}}）。",
      "一、基本情况。{{basicSituation}}",
      "二、风险分析。{{riskAnalysis}}",
      "三、管理等级。根据调查评估和日常表现，确定其管理等级为{{levelLabel}}。",
      "四、矫正措施。{{measures}}",
      "五、矫正小组。本方案由{{officeName}}组织实施，矫正小组成员：{{teamMembers}}。",
      "六、方案调整。本方案根据社区矫正对象的表现等情况相应调整，调整情况报{{countyAgencyName}}备案。",
    ],
  },
  "transfer-decision": {
    title: "执行地变更决定书",
    numberWord: "矫变",
    addressee: "{{subjectName}}",
    body: [
      subjectParagraph,
      "你因{{reason}}，申请将社区矫正执行地变更至{{newResidenceAddress}}。{{originAgencyName}}经书面征求" +
        `{{destinationAgencyName}}意见，依照${LAW}第二十七条和${RULES}第三十条的规定，于{{decidedOn}}决定：`,
      "准予将你的社区矫正执行地变更为{{newResidenceAddress}}，由{{destinationAgencyName}}负责执行，" +
        "{{destinationOfficeName}}负责日常监督管理。",
      "你应当于{{reportDueOn}}前到{{destinationAgencyName}}报到。逾期未报到的，将视情节依法给予警告，" +
        "直至{{breachConsequence}}。",
    ],
    cc: "{{destinationAgencyName}}、{{decidingAuthority}}、{{procuratorateName}}",
  },
  "release-certificate": {
    title: "解除社区矫正证明书",
    numberWord: "矫解",
    body: [
      "{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，居住地{{residenceAddress}}。" +
        "因犯{{crime}}，经{{decidingAuthority}}以{{judgmentNumber}}判决（裁定、决定）适用社区矫正，矫正类别为{{categoryLabel}}，" +
        "于{{correctionStartOn}}起在{{officeName}}接受社区矫正，社区矫正期限至{{correctionEndOn}}止。",
      "矫正期间表现：{{conductSummary}}",
      `现社区矫正期满，依照${LAW}第四十四条的规定，于{{releasedOn}}解除社区矫正。`,
      "特此证明。",
    ],
    cc: "{{decidingAuthority}}、{{procuratorateName}}、{{policeName}}",
  },
  "termination-notice": {
    title: "终止社区矫正通知书",
    numberWord: "矫终",
    addressee: "{{decidingAuthority}}",
    body: [
      subjectParagraph,
      "终止情形：{{terminationTypeLabel}}。终止原因：{{reason}}",
      "作出裁定（决定）的机关及文书：{{rulingAuthority}}{{rulingNumber}}。",
      `依照${LAW}第四十五条的规定，{{subjectName}}的社区矫正自{{decidedOn}}起终止。`,
      "特此通知。",
    ],
    cc: "{{procuratorateName}}、{{policeName}}",
  },
  "leave-approval-form": {
    title: "外出审批表",
    numberWord: "矫外审",
    body: [
      "申请人：{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，居住地{{residenceAddress}}，" +
        "矫正类别为{{categoryLabel}}，社区矫正期限自{{correctionStartOn}}起至{{correctionEndOn}}止，在{{officeName}}接受社区矫正。",
      "申请日期：{{appliedOn}}。",
      "外出事由：{{leaveReason}}",
      "外出目的地：{{destinationAddress}}",
      "外出时间：自{{leaveStartOn}}起至{{leaveEndOn}}止，共{{leaveDays}}日；连同本次，两个月内累计外出{{cumulativeDays}}日。",
      `依照${LAW}第二十七条和${RULES}第二十六条的规定，本次外出由{{approvalLevelLabel}}审批。审批意见如下：`,
      "{{approvalOpinions}}",
      "审批结果：{{decisionLabel}}。",
    ],
  },
  "leave-certificate": {
    title: "外出证明",
    numberWord: "矫外",
    body: [
      "{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，居住地{{residenceAddress}}，" +
        "系在{{officeName}}接受社区矫正的社区矫正对象，矫正类别为{{categoryLabel}}。",
      `经{{approvingOrgName}}依照${LAW}第二十七条和${RULES}第二十六条的规定批准，准予其因{{leaveReason}}，` +
        "于{{leaveStartOn}}至{{leaveEndOn}}（共{{leaveDays}}日）前往{{destinationAddress}}。",
      "该社区矫正对象应当在外出期间遵守监督管理规定，按时报告情况，于{{leaveEndOn}}前返回并到{{officeName}}报告（销假）。",
      "特此证明。",
    ],
  },
  "positioning-approval": {
    title: "使用电子定位装置审批表",
    numberWord: "矫定位",
    body: [
      "社区矫正对象{{subjectName}}，{{sex}}，{{birthDate}}出生，身份证号码{{idNumber}}，居住地{{residenceAddress}}，" +
        "矫正类别为{{categoryLabel}}，在{{officeName}}接受社区矫正。",
      "适用情形：{{conditionLabel}}。",
      "事实和理由：{{facts}}",
      "审批类型：{{approvalType}}。重新评估情况：{{reassessment}}",
      "使用期限：自{{positioningFromOn}}起至{{positioningUntilOn}}止（每次不超过三个月）。提请人：{{proposedByName}}。",
      `依照${LAW}第二十九条的规定，经{{countyAgencyName}}负责人{{approverName}}于{{decidedOn}}审批，` +
        "同意在上述期限内对该社区矫正对象使用电子定位装置。审批意见：{{decisionComment}}",
      "使用电子定位装置获得的信息仅用于社区矫正工作，应当依法保密。期限届满或者不再需要使用的，应当及时解除；" +
        "确需延长的，应当经重新评估后报批，每次延长不超过三个月。",
    ],
  },
  "reprimand-decision": {
    title: "训诫决定书",
    numberWord: "矫训",
    addressee: "{{subjectName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `上述行为违反了社区矫正监督管理规定。依照${LAW}第二十八条的规定，{{countyAgencyName}}于{{decidedOn}}决定对你予以训诫。`,
      "你应当深刻认识错误，立即改正，严格遵守法律、行政法规和监督管理规定。" +
        "如不改正或者再次违反，将依法给予警告，直至{{breachConsequence}}。",
    ],
    cc: "{{officeName}}、{{procuratorateName}}",
  },
  "warning-decision": {
    title: "警告决定书",
    numberWord: "矫警",
    addressee: "{{subjectName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `上述行为违反了社区矫正监督管理规定。依照${LAW}第二十八条的规定，{{countyAgencyName}}于{{decidedOn}}决定对你予以警告。`,
      "你应当深刻认识错误，立即改正。受到警告后仍不改正的，将依法{{breachConsequence}}。",
    ],
    cc: "{{officeName}}、{{procuratorateName}}",
  },
  "police-penalty-proposal": {
    title: "提请治安管理处罚建议书",
    numberWord: "矫治罚建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `该社区矫正对象的上述行为违反监督管理规定，依法应当给予治安管理处罚。依照${LAW}第二十八条的规定，` +
        "{{countyAgencyName}}建议你局依法给予治安管理处罚，并将处理结果书面告知本机构。",
    ],
    cc: "{{procuratorateName}}",
  },
  "revoke-probation-proposal": {
    title: "撤销缓刑建议书",
    numberWord: "矫撤缓建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `依照${LAW}第四十六条和${SPC21}第五百四十三条的规定，该社区矫正对象符合撤销缓刑的情形，` +
        "{{countyAgencyName}}建议你院依法撤销缓刑，执行原判刑罚。",
      `请你院依照${LAW}第四十八条的规定，自收到本建议书之日起三十日内作出裁定，并将裁定书送达本机构。`,
    ],
    cc: "{{procuratorateName}}",
  },
  "revoke-parole-proposal": {
    title: "撤销假释建议书",
    numberWord: "矫撤假建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `依照${LAW}第四十六条和${SPC21}第五百四十三条的规定，该社区矫正对象符合撤销假释的情形，` +
        "{{countyAgencyName}}建议你院依法撤销假释，收监执行未执行完毕的刑罚。",
      `请你院依照${LAW}第四十八条的规定，自收到本建议书之日起三十日内作出裁定，并将裁定书送达本机构。`,
    ],
    cc: "{{procuratorateName}}",
  },
  "committal-proposal": {
    title: "收监执行建议书",
    numberWord: "矫收建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `依照${LAW}第四十九条和${SPC21}第五百一十六条的规定，该暂予监外执行的社区矫正对象符合收监执行的情形，` +
        "{{countyAgencyName}}建议你单位依法作出收监执行的决定。",
      `请你单位依照${LAW}第四十九条的规定，自收到本建议书之日起三十日内作出决定，并将决定书送达本机构。`,
    ],
    cc: "{{procuratorateName}}",
  },
  "arrest-proposal": {
    title: "提请逮捕建议书",
    numberWord: "矫捕建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "经查：{{facts}}",
      `{{countyAgencyName}}已依法提出撤销缓刑（假释）的建议。因该社区矫正对象可能逃跑或者可能发生社会危险，依照${LAW}第四十七条的规定，` +
        "提请你院在作出裁定前决定对其予以逮捕。",
      `请你院依照${LAW}第四十七条的规定，自收到本建议书之时起四十八小时内作出是否逮捕的决定，并将决定书送达本机构。`,
    ],
    cc: "{{procuratorateName}}",
  },
  "reduction-proposal": {
    title: "减刑建议书",
    numberWord: "矫减建",
    addressee: "{{addresseeName}}",
    body: [
      subjectParagraph,
      "该社区矫正对象在社区矫正期间的表现：{{facts}}",
      `依照${LAW}第三十三条的规定，该社区矫正对象符合法律规定的减刑条件，{{countyAgencyName}}建议你院依法予以减刑。`,
      `请你院依照${LAW}第三十三条的规定，自收到本建议书之日起三十日内作出裁定，并将裁定书送达本机构。`,
    ],
    cc: "{{procuratorateName}}",
  },
};

/** Matches a `{{key}}` placeholder; the key is group 1, spaces around it allowed. */
export const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

const limits = { title: 40, numberWord: 10, addressee: 200, cc: 500, paragraphs: 40, paragraph: 2000 };
const templateKeys = new Set(["title", "numberWord", "addressee", "body", "cc"]);

/** Checks a province's override of a kind's template and returns it trimmed. */
export function validateTemplate(kind: DocumentKind, template: unknown): DocumentTemplate {
  if (typeof template !== "object" || template === null || Array.isArray(template)) {
    throw invalid("template", "文书模板格式不正确");
  }
  const input = template as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!templateKeys.has(key)) throw invalid(`template.${key}`, `文书模板含有不支持的项目“${key}”`);
  }

  const title = requiredText(input.title, "template.title", "标题", limits.title);
  const numberWord = requiredText(input.numberWord, "template.numberWord", "发文字号用字", limits.numberWord);
  const addressee = optionalText(input.addressee, "template.addressee", "主送机关", limits.addressee);
  const cc = optionalText(input.cc, "template.cc", "抄送机关", limits.cc);

  if (!Array.isArray(input.body) || input.body.length === 0) {
    throw invalid("template.body", "文书正文不能为空");
  }
  if (input.body.length > limits.paragraphs) {
    throw invalid("template.body", `文书正文不能超过${limits.paragraphs}段`);
  }
  const body = input.body.map((paragraph: unknown, i) =>
    requiredText(paragraph, `template.body.${i}`, `正文第${i + 1}段`, limits.paragraph),
  );

  const known = new Set(templateFields[kind].map((f) => f.key));
  checkPlaceholders("template.title", [title], known);
  if (addressee !== undefined) checkPlaceholders("template.addressee", [addressee], known);
  checkPlaceholders("template.body", body, known);
  if (cc !== undefined) checkPlaceholders("template.cc", [cc], known);

  return {
    title,
    numberWord,
    ...(addressee === undefined ? {} : { addressee }),
    body,
    ...(cc === undefined ? {} : { cc }),
  };
}

function checkPlaceholders(field: string, texts: readonly string[], known: ReadonlySet<string>): void {
  const unknown = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(placeholderPattern)) {
      const key = match[1] ?? "";
      if (!known.has(key)) unknown.add(key);
    }
    // Braces left once the placeholders are out would print as they are.
    const rest = text.replace(placeholderPattern, "");
    if (rest.includes("{{") || rest.includes("}}")) {
      throw new DomainError(
        "VALIDATION_FAILED",
        { field, malformed: true },
        "文书模板中的占位符格式不正确，应写作 {{名称}}",
      );
    }
  }
  if (unknown.size > 0) {
    const list = [...unknown];
    throw new DomainError(
      "VALIDATION_FAILED",
      { field, unknown: list },
      `文书模板含有此类文书不支持的占位符：${list.map((k) => `{{${k}}}`).join("、")}`,
    );
  }
}

function requiredText(value: unknown, field: string, label: string, max: number): string {
  if (typeof value !== "string" || value.trim() === "") throw invalid(field, `${label}不能为空`);
  const text = value.trim();
  if ([...text].length > max) throw invalid(field, `${label}不能超过${max}个字`);
  return text;
}

/** An absent, null or blank addressee or cc line means the document has none. */
function optionalText(value: unknown, field: string, label: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(field, `${label}格式不正确`);
  const text = value.trim();
  if (text === "") return undefined;
  if ([...text].length > max) throw invalid(field, `${label}不能超过${max}个字`);
  return text;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError("VALIDATION_FAILED", { field }, message);
}
