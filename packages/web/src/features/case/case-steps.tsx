import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type {
  HandoverDocumentKind,
  ReceptionMode,
  ReleaseGround,
  Sex,
  TeamMember,
  TeamMemberType,
  TerminationGround,
} from "@zhijiao/domain";
import {
  addMonths,
  compareDates,
  handoverCheck,
  handoverDocumentKinds,
  handoverDocumentLabels,
  missingHandoverDocuments,
  receptionModeLabels,
  receptionModes,
  releaseGroundLabels,
  releaseGrounds,
  releasePreparationDue,
  releaseTypeLabels,
  requiredHandoverDocuments,
  sexLabels,
  sexes,
  teamMemberTypeLabels,
  teamMemberTypes,
  terminationGroundCategories,
  terminationGroundLabels,
  terminationGrounds,
  terminationTypeCodes,
  validateTeam,
} from "@zhijiao/domain";
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from "antd";
import type { FormInstance } from "antd";
import { useMemo } from "react";
import { api } from "../../api/client";
import type { CaseEvent, CaseView, Subject } from "../../api/types";
import { DateInput } from "../../components/date-input";
import { DueHint } from "../../components/due-hint";
import { StepModal } from "../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../lib/case-rules";
import { codeOptions } from "../../lib/format";

export interface CaseStepProps {
  subject: Subject;
  view: CaseView;
  events: CaseEvent[];
  onClose: () => void;
  onDone: () => void;
}

const path = (view: CaseView, step: string) => `/api/subjects/${view.subjectId}/${step}`;
const trim = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

// ---------- 交付文书登记 (R-HO-1) ----------

interface HandoverValues {
  noticeReceivedOn?: string;
  documents: { kind?: HandoverDocumentKind; documentNumber?: string; receivedOn?: string; note?: string }[];
}

function HandoverChecks({ form, view }: { form: FormInstance<HandoverValues>; view: CaseView }) {
  const env = useCaseEnvironment();
  const noticeOn = Form.useWatch("noticeReceivedOn", form);
  const docs = Form.useWatch("documents", form);
  const effectiveOn = view.judgmentEffectiveOn;
  if (!effectiveOn)
    return (
      <Alert
        type="info"
        showIcon
        title="档案未登记判决生效日期，无法核对五日通知、十日送达的期限（R-HO-1）"
        style={{ marginBottom: 16 }}
      />
    );
  if (!env) return null;
  const latestDoc =
    (docs ?? [])
      .map((d) => d?.receivedOn)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const check = handoverCheck(env.calendar, env.rules, effectiveOn, noticeOn ?? null, latestDoc);
  const late = (flag: boolean | null) =>
    flag === null ? <Tag>未到</Tag> : flag ? <Tag color="red">逾期</Tag> : <Tag color="green">按期</Tag>;
  return (
    <Alert
      type={check.noticeLate || check.documentsLate ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="handover-check"
      title={`判决生效日期 ${effectiveOn}，交付期限核对（R-HO-1）`}
      description={
        <Space orientation="vertical" size={2}>
          <span>
            通知期限：<strong>{check.noticeDueOn}</strong>（{basisText.handoverNotice(env.rules)}）
            {late(check.noticeLate)}
          </span>
          <span>
            文书送达期限：<strong>{check.documentsDueOn}</strong>（{basisText.handoverDocuments(env.rules)}）
            {late(check.documentsLate)}
          </span>
        </Space>
      }
    />
  );
}

/** 交付文书登记: when the notice arrived and which documents were delivered, checked against R-HO-1. */
export function HandoverModal({ view, onClose, onDone }: CaseStepProps) {
  const received = view.handover.documents.map((d) => d.kind);
  const missing = missingHandoverDocuments(view.category, received);
  const initial: HandoverValues = {
    noticeReceivedOn: view.handover.noticeReceivedOn ?? undefined,
    documents: missing.map((kind) => ({ kind, receivedOn: today() })),
  };
  return (
    <StepModal<HandoverValues>
      title="交付文书登记"
      okText="登记"
      successText="交付文书已登记"
      width={860}
      testId="handover-modal"
      initialValues={initial}
      submit={async (v) => {
        if (v.noticeReceivedOn && v.noticeReceivedOn !== view.handover.noticeReceivedOn)
          await api.putJson(path(view, "handover-notice"), { receivedOn: v.noticeReceivedOn });
        for (const d of v.documents ?? []) {
          if (!d.kind || !d.receivedOn) continue;
          await api.post(path(view, "handover-documents"), {
            kind: d.kind,
            receivedOn: d.receivedOn,
            documentNumber: trim(d.documentNumber),
            note: trim(d.note),
          });
        }
      }}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <HandoverChecks form={form} view={view} />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            应收文书（
            {requiredHandoverDocuments[view.category].map((k) => handoverDocumentLabels[k]).join("、")}）：
            {received.length > 0 && <>已收 {view.handover.documents.map((d) => d.kindLabel).join("、")}；</>}
            {missing.length ? (
              <Typography.Text type="danger">
                尚缺 {missing.map((k) => handoverDocumentLabels[k]).join("、")}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">必需文书已齐全</Typography.Text>
            )}
          </Typography.Paragraph>
          <Form.Item label="决定机关通知到达日期" name="noticeReceivedOn" style={{ maxWidth: 260 }}>
            <DateInput notAfterToday />
          </Form.Item>
          <Form.List name="documents">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Row
                    gutter={8}
                    key={row.key}
                    align="top"
                    className="handover-row"
                    data-testid="handover-row"
                  >
                    <Col span={7}>
                      <Form.Item
                        name={[row.name, "kind"]}
                        rules={[{ required: true, message: "请选择文书" }]}
                      >
                        <Select
                          aria-label="文书种类"
                          placeholder="文书种类"
                          options={codeOptions(handoverDocumentKinds, handoverDocumentLabels)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[row.name, "documentNumber"]}>
                        <Input aria-label="文书编号" placeholder="文号（选填）" maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item
                        name={[row.name, "receivedOn"]}
                        rules={[{ required: true, message: "请选择收到日期" }]}
                      >
                        <DateInput notAfterToday placeholder="收到日期" aria-label="收到日期" />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label="删除此行"
                      />
                    </Col>
                  </Row>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ receivedOn: today() })}
                  style={{ width: "100%" }}
                >
                  添加文书
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </StepModal>
  );
}

// ---------- 查找情况登记 (R-HO-2) ----------

export function SearchRecordModal({ view, onClose, onDone }: CaseStepProps) {
  const notYet = view.reportDueOn !== null && compareDates(today(), view.reportDueOn) <= 0;
  return (
    <StepModal<{ searchedOn: string; measures: string; result: string }>
      title="逾期未报到：查找情况登记"
      okText="登记并通知"
      successText="已登记查找情况，报到情况通知单已发出"
      width={720}
      testId="search-modal"
      fields={["searchedOn", "measures", "result"]}
      initialValues={{ searchedOn: today() }}
      submit={(v) => api.post(path(view, "search-record"), v)}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Alert
            type={notYet ? "warning" : "info"}
            showIcon
            style={{ marginBottom: 16 }}
            title={
              notYet
                ? `报到期限 ${view.reportDueOn} 尚未届满，期满未报到后方可登记查找情况`
                : `报到期限 ${view.reportDueOn ?? "—"} 已过。登记后生成报到情况通知单，通知决定机关并抄送人民检察院（R-HO-2）`
            }
          />
          <Form.Item label="查找日期" name="searchedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput notAfterToday style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item
            label="查找措施"
            name="measures"
            rules={[{ required: true, whitespace: true, message: "请填写查找措施" }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder="电话联系、走访居住地、联系家属、请公安机关协查等"
            />
          </Form.Item>
          <Form.Item
            label="查找结果"
            name="result"
            rules={[{ required: true, whitespace: true, message: "请填写查找结果" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 报到接收 (R-IN-1) ----------

interface IntakeValues {
  reportedOn: string;
  receptionMode: ReceptionMode;
  identityVerified: boolean;
}

function IntakeHint({ form, view }: { form: FormInstance<IntakeValues>; view: CaseView }) {
  const env = useCaseEnvironment();
  const reportedOn = Form.useWatch("reportedOn", form);
  const due = view.reportDueOn;
  const late = due && reportedOn ? compareDates(reportedOn, due) > 0 : false;
  const months = env?.rules.initialStrictMonths ?? 2;
  return (
    <Alert
      type={late ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        due ? (
          <span>
            报到期限：<strong>{due}</strong>（{env ? basisText.report(env.rules) : "判决生效之日起十日"}
            ，R-HO-2）
            {late && <Typography.Text type="danger">；报到日期已超过期限，将记为逾期报到</Typography.Text>}
          </span>
        ) : (
          "报到接收"
        )
      }
      description={
        reportedOn
          ? `接收后初始管理等级为严管，至 ${addMonths(reportedOn, months)}（R-SV-1，前 ${months} 个月）`
          : undefined
      }
    />
  );
}

export function IntakeModal({ view, onClose, onDone }: CaseStepProps) {
  const missing = view.handover.missing.length
    ? view.handover.missing.map((m) => m.label)
    : missingHandoverDocuments(
        view.category,
        view.handover.documents.map((d) => d.kind),
      ).map((k) => handoverDocumentLabels[k]);
  return (
    <StepModal<IntakeValues>
      title="报到接收"
      okText="接收入矫"
      successText="已接收入矫"
      width={640}
      testId="intake-modal"
      fields={["reportedOn", "receptionMode", "identityVerified"]}
      initialValues={{ reportedOn: today(), receptionMode: "01", identityVerified: false }}
      submit={(v) => api.post(path(view, "intake"), { ...v, identityVerified: true })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          {missing.length > 0 ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="intake-missing"
              title={`尚缺法律文书：${missing.join("、")}`}
              description="请先在“交付文书登记”中登记收到的文书，文书齐全后方可接收（R-IN-1）"
            />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 16 }} title="交付文书已齐全（R-IN-1）" />
          )}
          <IntakeHint form={form} view={view} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label="报到日期"
                name="reportedOn"
                rules={[{ required: true, message: "请选择报到日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="接收方式"
                name="receptionMode"
                rules={[{ required: true, message: "请选择接收方式" }]}
              >
                <Select options={codeOptions(receptionModes, receptionModeLabels)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="identityVerified"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v: boolean) =>
                  v ? Promise.resolve() : Promise.reject(new Error("接收前须核实社区矫正对象身份")),
              },
            ]}
          >
            <Checkbox data-testid="identity-verified">已核对身份证件，确认为本人</Checkbox>
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 入矫宣告 (R-IN-1) ----------

const announcementText =
  "宣告社区矫正对象犯罪事实、执行社区矫正的期限，应当遵守的规定、被剥夺或者限制行使的权利、" +
  "被禁止的事项以及违反规定的法律后果，社区矫正对象依法享有的权利，矫正小组人员组成及职责等事项。";

export function AnnouncementModal({ view, subject, onClose, onDone }: CaseStepProps) {
  return (
    <StepModal<{ announcedOn: string; place: string; participants: string[]; content: string }>
      title="入矫宣告"
      okText="登记宣告"
      successText="已登记入矫宣告"
      width={720}
      testId="announcement-modal"
      fields={["announcedOn", "place", "participants", "content"]}
      initialValues={{
        announcedOn: today(),
        place: `${subject.officeName}宣告室`,
        participants: view.team.map((m) => m.name),
        content: announcementText,
      }}
      submit={(v) =>
        api.post(path(view, "entry-announcement"), { ...v, place: v.place.trim(), content: v.content.trim() })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                label="宣告日期"
                name="announcedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                label="宣告地点"
                name="place"
                rules={[{ required: true, whitespace: true, message: "请填写地点" }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="参加人员"
            name="participants"
            rules={[{ required: true, type: "array", min: 1, message: "请填写参加宣告的人员" }]}
            extra="输入姓名后按回车添加；通常包括司法所工作人员、矫正小组成员、家属等"
          >
            <Select
              mode="tags"
              tokenSeparators={[",", "，", "、"]}
              placeholder="输入姓名后回车"
              aria-label="参加人员"
            />
          </Form.Item>
          <Form.Item
            label="宣告内容"
            name="content"
            rules={[{ required: true, whitespace: true, message: "请填写宣告内容" }]}
          >
            <Input.TextArea rows={5} maxLength={4000} showCount />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 矫正小组 (R-IN-2) ----------

interface TeamValues {
  members: { name?: string; type?: TeamMemberType; sex?: Sex; phone?: string; knowsMinors?: boolean }[];
}

function teamOf(v: TeamValues | undefined): TeamMember[] {
  return (v?.members ?? []).map((m) => ({
    name: m?.name ?? "",
    type: (m?.type ?? "") as TeamMemberType,
    sex: (m?.sex ?? "male") as Sex,
    phone: trim(m?.phone),
    knowsMinors: !!m?.knowsMinors,
  }));
}

function TeamRuleCheck({ form, subject }: { form: FormInstance<TeamValues>; subject: Subject }) {
  const members = Form.useWatch("members", form);
  const problem = useMemo(() => {
    try {
      validateTeam({
        subjectSex: subject.sex,
        minor: subject.minor,
        members: teamOf({ members: members ?? [] }),
      });
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [members, subject.sex, subject.minor]);
  const rules = ["至少一名司法所工作人员"];
  if (subject.sex === "female") rules.push("女性矫正对象的矫正小组应当有女性成员（社区矫正法第二十五条）");
  if (subject.minor)
    rules.push("未成年矫正对象的矫正小组成员应当熟悉未成年人身心特点（社区矫正法第五十二条）");
  return (
    <Alert
      type={problem ? "warning" : "success"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="team-rule"
      title={`矫正小组组成要求（R-IN-2）：${rules.join("；")}`}
      description={problem ? `尚不符合：${problem}` : "当前成员符合要求"}
    />
  );
}

export function TeamModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const initial: TeamValues = {
    members: view.team.length
      ? view.team.map((m) => ({ ...m, phone: m.phone ?? undefined }))
      : [{ type: "01", sex: subject.sex === "female" ? "female" : undefined, knowsMinors: subject.minor }],
  };
  return (
    <StepModal<TeamValues>
      title={`确定矫正小组：${subject.name}（${sexLabels[subject.sex]}${subject.minor ? "，未成年人" : ""}）`}
      okText="保存小组"
      successText="矫正小组已保存"
      width={960}
      testId="team-modal"
      initialValues={initial}
      precheck={(v) => {
        validateTeam({ subjectSex: subject.sex, minor: subject.minor, members: teamOf(v) });
      }}
      submit={(v) => api.putJson(path(view, "team"), { members: teamOf(v) })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TeamRuleCheck form={form} subject={subject} />
          <Form.List name="members">
            {(rows, { add, remove }) => (
              <>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={rows}
                  className="team-table"
                  columns={[
                    {
                      title: "姓名",
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "name"]}
                          noStyle
                          rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
                        >
                          <Input aria-label="成员姓名" maxLength={30} placeholder="姓名" />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "类型",
                      width: 200,
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "type"]}
                          noStyle
                          rules={[{ required: true, message: "请选择类型" }]}
                        >
                          <Select
                            aria-label="成员类型"
                            style={{ width: "100%" }}
                            placeholder="成员类型"
                            options={codeOptions(teamMemberTypes, teamMemberTypeLabels)}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "性别",
                      width: 120,
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "sex"]}
                          noStyle
                          rules={[{ required: true, message: "请选择性别" }]}
                        >
                          <Radio.Group aria-label="成员性别" options={codeOptions(sexes, sexLabels)} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "联系电话",
                      width: 150,
                      render: (_, row) => (
                        <Form.Item name={[row.name, "phone"]} noStyle>
                          <Input aria-label="联系电话" maxLength={20} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "熟悉未成年人",
                      width: 110,
                      align: "center",
                      render: (_, row) => (
                        <Form.Item name={[row.name, "knowsMinors"]} noStyle valuePropName="checked">
                          <Switch size="small" aria-label="熟悉未成年人身心特点" />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "",
                      width: 48,
                      render: (_, row) => (
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(row.name)}
                          aria-label="删除成员"
                        />
                      ),
                    },
                  ]}
                />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ knowsMinors: subject.minor })}
                  style={{ width: "100%", marginTop: 8 }}
                  data-testid="team-add"
                >
                  添加成员
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </StepModal>
  );
}

// ---------- 矫正方案 (R-IN-3) ----------

export function PlanModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const last = view.plans.at(-1);
  const next = (last?.version ?? 0) + 1;
  return (
    <StepModal<{ basicSituation: string; riskAnalysis: string; measures: string }>
      title={last ? `修订矫正方案（第 ${next} 版）` : "制定矫正方案（第 1 版）"}
      okText="保存方案"
      successText={`矫正方案第 ${next} 版已保存`}
      width={760}
      testId="plan-modal"
      fields={["basicSituation", "riskAnalysis", "measures"]}
      initialValues={
        last
          ? { basicSituation: last.basicSituation, riskAnalysis: last.riskAnalysis, measures: last.measures }
          : {
              basicSituation: `${subject.name}，${sexLabels[subject.sex]}，${subject.categoryLabel}，${subject.crime}。`,
            }
      }
      submit={(v) =>
        api.post(path(view, "plans"), {
          basicSituation: v.basicSituation.trim(),
          riskAnalysis: v.riskAnalysis.trim(),
          measures: v.measures.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="矫正方案应根据矫正类别、性别、年龄、心理、健康、犯罪原因和悔罪表现等制定，并随表现变化修订；每次修订保留版本（R-IN-3）"
          />
          <Form.Item
            label="基本情况"
            name="basicSituation"
            rules={[{ required: true, whitespace: true, message: "请填写基本情况" }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="风险分析"
            name="riskAnalysis"
            rules={[{ required: true, whitespace: true, message: "请填写风险分析" }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="矫正措施"
            name="measures"
            rules={[{ required: true, whitespace: true, message: "请填写矫正措施" }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={4000}
              placeholder="监督管理、教育学习、公益活动、心理矫治、帮扶等"
            />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 解矫准备 (R-RL-1) ----------

export function ReleasePreparationModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const env = useCaseEnvironment();
  const end = view.correctionEndOn ?? subject.correctionEndOn;
  const dueOn = view.releasePreparationDueOn ?? (env ? releasePreparationDue(env.rules, end) : null);
  return (
    <StepModal<{ preparedOn: string; personalSummary: string; appraisal: string }>
      title="解矫准备：个人总结与鉴定"
      okText="登记"
      successText="解矫准备已登记"
      width={720}
      testId="release-preparation-modal"
      fields={["preparedOn", "personalSummary", "appraisal"]}
      initialValues={{ preparedOn: today() }}
      submit={(v) =>
        api.post(path(view, "release-preparation"), {
          preparedOn: v.preparedOn,
          personalSummary: v.personalSummary.trim(),
          appraisal: v.appraisal.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <div style={{ marginBottom: 16 }}>
            <DueHint
              label="解矫准备期限"
              due={dueOn ? { dueOn, provisional: false } : null}
              basis={`${env ? basisText.releasePreparation(env.rules) : "矫正期满前三十日"}；矫正期满 ${end}`}
              rule="R-RL-1"
              testId="release-preparation-due"
            />
          </div>
          <Form.Item label="登记日期" name="preparedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput notAfterToday style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item
            label="社区矫正对象个人总结"
            name="personalSummary"
            rules={[{ required: true, whitespace: true, message: "请填写个人总结" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item
            label="司法所鉴定意见"
            name="appraisal"
            rules={[{ required: true, whitespace: true, message: "请填写鉴定意见" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

// ---------- 解除矫正 (R-RL-1) ----------

export function ReleaseModal({ view, subject, events, onClose, onDone }: CaseStepProps) {
  const end = view.correctionEndOn ?? subject.correctionEndOn;
  const prepared = events.some((e) => e.step === "prepare_release");
  return (
    <StepModal<{ releasedOn: string; ground: ReleaseGround; conductSummary: string }>
      title="解除社区矫正"
      okText="解除矫正"
      successText="已解除社区矫正，解除社区矫正证明书已生成"
      width={720}
      testId="release-modal"
      fields={["releasedOn", "ground", "conductSummary"]}
      initialValues={{ releasedOn: compareDates(end, today()) < 0 ? today() : end, ground: "expiry" }}
      submit={(v) => api.post(path(view, "release"), { ...v, conductSummary: v.conductSummary.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          {!prepared && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="尚未登记解矫准备（个人总结与鉴定），解除前须先完成（R-RL-1）"
            />
          )}
          <ReleaseHint form={form} end={end} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="解除情形" name="ground" rules={[{ required: true, message: "请选择" }]}>
                <Radio.Group optionType="button" options={codeOptions(releaseGrounds, releaseGroundLabels)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="解除日期"
                name="releasedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="矫正期间表现"
            name="conductSummary"
            rules={[{ required: true, whitespace: true, message: "请填写矫正期间表现" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function ReleaseHint({
  form,
  end,
}: {
  form: FormInstance<{ releasedOn: string; ground: ReleaseGround; conductSummary: string }>;
  end: string;
}) {
  const ground = Form.useWatch("ground", form);
  const releasedOn = Form.useWatch("releasedOn", form);
  const early = ground === "expiry" && releasedOn && compareDates(releasedOn, end) < 0;
  return (
    <Alert
      type={early ? "error" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      title={`矫正期满日期：${end}。${early ? "期满解除的日期不能早于矫正期满日期" : "解除后发放解除社区矫正证明书"}`}
      description="并书面通知社区矫正决定机关、所在地人民检察院和公安机关（R-RL-1，社区矫正法第四十四条）"
    />
  );
}

// ---------- 终止矫正 (R-TM-1) ----------

interface TerminationValues {
  ground: TerminationGround;
  decidedOn: string;
  rulingAuthority: string;
  rulingNumber?: string;
  reason: string;
}

export function TerminationModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const grounds = terminationGrounds.filter((g) => terminationGroundCategories[g].includes(view.category));
  return (
    <StepModal<TerminationValues>
      title="终止社区矫正"
      okText="终止矫正"
      successText="已终止社区矫正，终止社区矫正通知书已生成"
      width={720}
      testId="termination-modal"
      fields={["ground", "decidedOn", "rulingAuthority", "rulingNumber", "reason"]}
      initialValues={{ decidedOn: today(), rulingAuthority: subject.decidingAuthority }}
      submit={(v) =>
        api.post(path(view, "termination"), {
          ground: v.ground,
          decidedOn: v.decidedOn,
          rulingAuthority: v.rulingAuthority.trim(),
          rulingNumber: trim(v.rulingNumber),
          reason: v.reason.trim(),
        })
      }
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TerminationHint form={form} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label="终止情形"
                name="ground"
                rules={[{ required: true, message: "请选择终止情形" }]}
              >
                <Select
                  options={grounds.map((g) => ({ value: g, label: terminationGroundLabels[g] }))}
                  placeholder={`${subject.categoryLabel}对象适用的情形`}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="裁定（决定）日期"
                name="decidedOn"
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DateInput notAfterToday />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="作出裁定（决定）的机关"
                name="rulingAuthority"
                rules={[{ required: true, whitespace: true, message: "请填写机关" }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="裁定（决定）书文号" name="rulingNumber">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label="终止原因"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写终止原因" }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function TerminationHint({ form }: { form: FormInstance<TerminationValues> }) {
  const ground = Form.useWatch("ground", form);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        ground
          ? `解除/终止类型：${terminationTypeCodes[ground]} ${releaseTypeLabels[terminationTypeCodes[ground]]}（GB/T 31000）`
          : "撤销缓刑、撤销假释、收监执行或死亡的，社区矫正终止（R-TM-1，社区矫正法第四十五条）"
      }
      description="终止后生成终止社区矫正通知书，通知决定机关、人民检察院和公安机关"
    />
  );
}

// ---------- 归档 (R-PR-1) ----------

export function ArchiveModal({ view, onClose, onDone }: CaseStepProps) {
  return (
    <StepModal<Record<string, never>>
      title="档案归档"
      okText="确认归档"
      successText="档案已归档"
      testId="archive-modal"
      submit={() => api.post(path(view, "archive"), {})}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <Alert
          type="warning"
          showIcon
          title={`${view.statusLabel}的档案归档后对所有人只读，仍可在管辖范围内查阅（R-PR-1）`}
        />
      )}
    </StepModal>
  );
}
