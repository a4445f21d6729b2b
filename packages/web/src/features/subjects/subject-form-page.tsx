import { CalculatorOutlined, SaveOutlined } from "@ant-design/icons";
import type { Actor, Category, Penalty, Sentence, SubjectInput } from "@zhijiao/domain";
import {
  categories,
  categoryLabels,
  computeCorrectionEnd,
  correctionPeriodBounds,
  createStatuses,
  fourHistories,
  fourHistoryLabels,
  isDomainError,
  isMinorOn,
  isValidDivisionCode,
  isValidPhone,
  levels,
  levelLabels,
  mayWriteInOffice,
  parseIdNumber,
  penalties,
  reportDue,
  penaltyLabels,
  sexes,
  sexLabels,
  subjectStatusLabels,
  threeInvolvements,
  threeInvolvementLabels,
  todayIn,
  validateCorrectionPeriod,
  validateSubjectInput,
} from "@zhijiao/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Typography,
} from "antd";
import type { DatePickerProps, FormInstance, FormRule } from "antd";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { api, errorMessage, isApiError } from "../../api/client";
import type { InvestigationView, Me, Org, Subject } from "../../api/types";
import { DueHint } from "../../components/due-hint";
import { basisText as caseBasis, useCaseEnvironment } from "../../lib/case-rules";
import { PageHeader } from "../../components/page-header";
import { codeOptions, DATE_FORMAT } from "../../lib/format";
import { errorField, showErrorOnField } from "../../lib/form-errors";
import type { FieldError } from "../../lib/form-errors";
import { useOrganizations } from "../../lib/use-organizations";
import { useRemote } from "../../lib/use-remote";
import { useMe } from "../auth/auth-context";
import { ethnicityOptions } from "./ethnicity";

/** What the form holds: SubjectInput with every field possibly empty while typing. */
type FormValues = Partial<Omit<SubjectInput, "sentence">> & { sentence?: Partial<Sentence> };

/** Every field name of the form, as `details.field` names them. */
const formFields = [
  "name",
  "sex",
  "ethnicity",
  "idNumber",
  "phone",
  "householdAddress",
  "householdDivisionCode",
  "residenceAddress",
  "residenceDivisionCode",
  "category",
  "crime",
  "sentence.penalty",
  "sentence.termMonths",
  "sentence.probationMonths",
  "sentence.custodyDays",
  "sentence.text",
  "decidingAuthority",
  "judgmentNumber",
  "judgmentEffectiveOn",
  "correctionStartOn",
  "correctionEndOn",
  "officeId",
  "level",
  "status",
  "receivedOn",
  "minor",
  "fourHistories",
  "threeInvolvements",
] as const;

/** Codes whose errors concern one field even when the server names none. */
const fieldOfCode: Record<string, string> = {
  ID_NUMBER_INVALID: "idNumber",
  ID_NUMBER_DUPLICATE: "idNumber",
  ID_NUMBER_SEX_MISMATCH: "sex",
  PHONE_INVALID: "phone",
  ETHNICITY_INVALID: "ethnicity",
  CORRECTION_PERIOD_INVALID: "correctionEndOn",
  OFFICE_INVALID: "officeId",
};

/** Penalties without a term in months. */
const termless: readonly Penalty[] = ["life", "death_suspended"];

function today(): string {
  return todayIn(new Date());
}

/** A DatePicker that reads and writes "YYYY-MM-DD" strings, so the form holds what the API takes. */
function DateInput({
  value,
  onChange,
  ...rest
}: Omit<DatePickerProps<Dayjs, false>, "value" | "onChange"> & {
  value?: string;
  onChange?: (v: string | undefined) => void;
}) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMAT}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : undefined)}
      style={{ width: "100%" }}
    />
  );
}

function trimmed(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t === "" ? undefined : t;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The sentence as the API takes it: only the numbers that apply to the penalty and category. */
function toSentence(s: Partial<Sentence> | undefined, category: Category | undefined): Sentence | undefined {
  if (!s?.penalty) return undefined;
  const out: Sentence = { penalty: s.penalty };
  const term = num(s.termMonths);
  const probation = num(s.probationMonths);
  const custody = num(s.custodyDays);
  const text = trimmed(s.text);
  if (term !== undefined && !termless.includes(s.penalty)) out.termMonths = term;
  if (probation !== undefined && category === "02") out.probationMonths = probation;
  if (custody !== undefined) out.custodyDays = custody;
  if (text !== undefined) out.text = text;
  return out;
}

/** Form values → the request body fields (absent optional fields left out). */
function toRecord(v: FormValues, creating: boolean): Record<string, unknown> {
  const r: Record<string, unknown> = {
    name: trimmed(v.name),
    sex: v.sex,
    ethnicity: v.ethnicity,
    idNumber: trimmed(v.idNumber)?.toUpperCase(),
    phone: trimmed(v.phone),
    householdAddress: trimmed(v.householdAddress),
    householdDivisionCode: trimmed(v.householdDivisionCode),
    residenceAddress: trimmed(v.residenceAddress),
    residenceDivisionCode: trimmed(v.residenceDivisionCode),
    category: v.category,
    crime: trimmed(v.crime),
    sentence: toSentence(v.sentence, v.category),
    decidingAuthority: trimmed(v.decidingAuthority),
    judgmentNumber: trimmed(v.judgmentNumber),
    judgmentEffectiveOn: v.judgmentEffectiveOn || undefined,
    correctionStartOn: v.correctionStartOn || undefined,
    correctionEndOn: v.correctionEndOn || undefined,
    officeId: v.officeId,
    level: v.level,
    status: v.status,
    receivedOn: v.receivedOn || undefined,
    minor: v.minor,
    fourHistories: v.fourHistories ?? [],
    threeInvolvements: v.threeInvolvements ?? [],
  };
  if (!creating) {
    delete r.status;
    // R-SV-1: the level changes only through a proposal and its approval.
    delete r.level;
    if (r.minor === false) delete r.minor;
  }
  for (const k of Object.keys(r)) if (r[k] === undefined) delete r[k];
  return r;
}

/** A stored subject as form values (identity number and phone are entered only to correct them). */
function fromSubject(s: Subject): FormValues {
  return {
    name: s.name,
    sex: s.sex,
    ethnicity: s.ethnicity,
    householdAddress: s.householdAddress ?? undefined,
    householdDivisionCode: s.householdDivisionCode ?? undefined,
    residenceAddress: s.residenceAddress,
    residenceDivisionCode: s.residenceDivisionCode,
    category: s.category,
    crime: s.crime,
    sentence: { ...s.sentence },
    decidingAuthority: s.decidingAuthority,
    judgmentNumber: s.judgmentNumber,
    judgmentEffectiveOn: s.judgmentEffectiveOn ?? undefined,
    correctionStartOn: s.correctionStartOn,
    correctionEndOn: s.correctionEndOn,
    officeId: s.officeId,
    level: s.level,
    receivedOn: s.receivedOn ?? undefined,
    minor: s.minor,
    fourHistories: s.fourHistories ?? [],
    threeInvolvements: s.threeInvolvements ?? [],
  };
}

/** Optional text a PATCH clears by sending it blank (the domain reads blank as "not given"). */
const clearableText = new Set(["householdAddress"]);

/** The fields that changed, for PATCH; identity number and phone only when re-entered. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === "idNumber" || k === "phone") {
      if (after[k] !== undefined) patch[k] = after[k];
      continue;
    }
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    if (after[k] === undefined) {
      if (clearableText.has(k)) patch[k] = "";
      continue;
    }
    patch[k] = after[k];
  }
  return patch;
}

function actorOf(me: Me): Actor {
  return {
    userId: me.id,
    username: me.username,
    displayName: me.displayName,
    role: me.role,
    org: { ...me.org, provinceId: null, cityId: null, countyId: null },
    subjectId: me.subjectId,
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} variant="borderless" className="form-section">
      <Row gutter={24}>{children}</Row>
    </Card>
  );
}

/** A form column: three to a row on wide screens. */
function F({ span = 8, children }: { span?: 8 | 16 | 24; children: ReactNode }) {
  return (
    <Col xs={24} md={span === 8 ? 12 : 24} xl={span}>
      {children}
    </Col>
  );
}

/** What the period rules say for the values typed so far (STYLE.md #1: the rule before sending). */
function usePeriodHint(form: FormInstance<FormValues>) {
  const category = Form.useWatch("category", form);
  const sentence = Form.useWatch("sentence", form);
  const startOn = Form.useWatch("correctionStartOn", form);
  const endOn = Form.useWatch("correctionEndOn", form);
  return useMemo(() => {
    if (!category || !startOn) return null;
    const s = toSentence(sentence, category);
    if (!s) return null;
    const expected = computeCorrectionEnd(category, s, startOn);
    let bounds: ReturnType<typeof correctionPeriodBounds> | null = null;
    let sentenceProblem: FieldError | null = null;
    try {
      bounds = correctionPeriodBounds(category, s, startOn);
    } catch (e) {
      if (isDomainError(e)) sentenceProblem = e;
      else throw e;
    }
    let endProblem: string | null = null;
    if (bounds && endOn) {
      try {
        validateCorrectionPeriod({
          category,
          sentence: s,
          correctionStartOn: startOn,
          correctionEndOn: endOn,
        });
      } catch (e) {
        if (isDomainError(e)) endProblem = e.message;
        else throw e;
      }
    }
    return { expected, bounds, sentenceProblem, endProblem };
  }, [category, sentence, startOn, endOn]);
}

/** "CL 73" → "刑法第73条", "CPL 265" → "刑事诉讼法第265条". */
function ruleLabel(rule: string): string {
  return rule.replace(/\bCPL (\d+)/g, "刑事诉讼法第$1条").replace(/\bCL (\d+)/g, "刑法第$1条");
}

function PeriodHint({ form }: { form: FormInstance<FormValues> }) {
  const hint = usePeriodHint(form);
  const lawfulEnd = hint?.expected;
  // An empty end date takes the lawful one as soon as it can be computed; a typed one is kept.
  useEffect(() => {
    if (lawfulEnd && !form.getFieldValue("correctionEndOn")) form.setFieldValue("correctionEndOn", lawfulEnd);
  }, [lawfulEnd, form]);
  if (!hint) {
    return (
      <Typography.Text type="secondary">
        填写矫正类别、原判刑罚和矫正起始日期后，将按法定期限规则计算矫正终止日期。
      </Typography.Text>
    );
  }
  if (hint.sentenceProblem) {
    return <Alert type="warning" showIcon title={hint.sentenceProblem.message} data-testid="period-hint" />;
  }
  const { expected, bounds, endProblem } = hint;
  return (
    <Alert
      type={endProblem ? "error" : "info"}
      showIcon
      icon={<CalculatorOutlined />}
      data-testid="period-hint"
      title={
        expected ? (
          <span>
            依法计算的矫正终止日期：<strong data-testid="computed-end">{expected}</strong>
            {bounds && <Typography.Text type="secondary">（{ruleLabel(bounds.rule)}）</Typography.Text>}
          </span>
        ) : bounds ? (
          <span>
            矫正终止日期应在 {bounds.min}
            {bounds.max ? ` 至 ${bounds.max}` : " 之后"}
            <Typography.Text type="secondary">（{ruleLabel(bounds.rule)}）</Typography.Text>
          </span>
        ) : null
      }
      description={endProblem ?? undefined}
      action={
        expected && form.getFieldValue("correctionEndOn") !== expected ? (
          <Button
            size="small"
            onClick={() => {
              form.setFieldValue("correctionEndOn", expected);
              void form.validateFields(["correctionEndOn"]).catch(() => undefined);
            }}
          >
            填入
          </Button>
        ) : undefined
      }
    />
  );
}

/** What the identity number tells: birth date, sex, and whether the person is a minor at the start. */
function IdentityHint({ form, knownBirthDate }: { form: FormInstance<FormValues>; knownBirthDate?: string }) {
  const idNumber = Form.useWatch("idNumber", form);
  const startOn = Form.useWatch("correctionStartOn", form);
  const parsed = useMemo(() => {
    const id = trimmed(idNumber);
    if (!id) return null;
    try {
      return parseIdNumber(id, today());
    } catch {
      return null;
    }
  }, [idNumber]);
  const birthDate = parsed?.birthDate ?? knownBirthDate;
  if (!birthDate) return null;
  const minor = startOn ? isMinorOn(birthDate, startOn) : null;
  return (
    <Typography.Text type="secondary" data-testid="identity-hint">
      出生日期 {birthDate}
      {parsed && `，性别 ${sexLabels[parsed.sex]}`}
      {minor === true && (
        <Typography.Text type="danger">；矫正开始时未满 18 周岁，将按未成年人管理</Typography.Text>
      )}
    </Typography.Text>
  );
}

function idRules(editing: boolean): FormRule[] {
  return [
    { required: !editing, whitespace: true, message: "请填写身份证号码" },
    {
      validator: (_, value: string | undefined) => {
        const v = trimmed(value);
        if (!v) return Promise.resolve();
        try {
          parseIdNumber(v, today());
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(new Error(isDomainError(e) ? e.message : "身份证号码无效"));
        }
      },
    },
  ];
}

const sexRule = ({ getFieldValue }: FormInstance<FormValues>): FormRule => ({
  validator: (_, sex: string | undefined) => {
    const id = trimmed(getFieldValue("idNumber"));
    if (!sex || !id) return Promise.resolve();
    try {
      const parsed = parseIdNumber(id);
      return parsed.sex === sex
        ? Promise.resolve()
        : Promise.reject(new Error(`身份证号码显示性别为${sexLabels[parsed.sex]}，与所填性别不一致`));
    } catch {
      return Promise.resolve();
    }
  },
});

const phoneRule: FormRule = {
  validator: (_, value: string | undefined) => {
    const v = trimmed(value);
    return !v || isValidPhone(v)
      ? Promise.resolve()
      : Promise.reject(new Error("联系电话应为 11 位手机号码，或带区号的固定电话（如 0757-86281234）"));
  },
};

function divisionRule(label: string): FormRule {
  return {
    validator: (_, value: string | undefined) => {
      const v = trimmed(value);
      return !v || isValidDivisionCode(v)
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}应为 6 位有效的 GB/T 2260 代码`));
    },
  };
}

/** The report due date as it will be computed (R-HO-2, R-DL-1), live while registering a subject awaiting report. */
function ReportDueRow({ form }: { form: FormInstance<FormValues> }) {
  const env = useCaseEnvironment();
  const status = Form.useWatch("status", form);
  const effectiveOn = Form.useWatch("judgmentEffectiveOn", form);
  const category = Form.useWatch("category", form);
  const startOn = Form.useWatch("correctionStartOn", form);
  // 缓刑 runs from the day the judgment is final; until the person reports, the start is that day.
  useEffect(() => {
    if (status === "awaiting_report" && effectiveOn && !startOn && category !== "03")
      form.setFieldValue("correctionStartOn", effectiveOn);
  }, [status, effectiveOn, startOn, category, form]);
  if (status !== "awaiting_report") return null;
  const due = env && effectiveOn ? reportDue(env.calendar, env.rules, effectiveOn) : null;
  return (
    <Col span={24} style={{ marginBottom: 24 }}>
      <DueHint
        label="报到期限"
        due={due}
        basis={env ? caseBasis.report(env.rules) : "判决生效之日起十日，末日为节假日顺延"}
        rule="R-HO-2"
        pending="填写判决生效日期后自动计算"
        testId="report-due"
      />
    </Col>
  );
}

/** A concluded investigation's person as the start of a file awaiting report. */
function fromInvestigation(inv: InvestigationView): FormValues {
  return {
    status: "awaiting_report",
    level: "strict",
    name: inv.personName,
    sex: inv.sex,
    residenceAddress: inv.residenceAddress,
    residenceDivisionCode: inv.residenceDivisionCode ?? undefined,
    category: inv.proposedCategory,
    crime: inv.crime,
    officeId: inv.officeId ?? undefined,
    decidingAuthority: inv.commissioningOrgName,
    minor: inv.minor ?? false,
    fourHistories: [],
    threeInvolvements: [],
  };
}

const required = (message: string): FormRule => ({ required: true, message });
const requiredText = (message: string): FormRule => ({ required: true, whitespace: true, message });

function SubjectForm({ subject, investigation }: { subject?: Subject; investigation?: InvestigationView }) {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editing = !!subject;
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<{ message: string; conflict?: boolean } | null>(null);
  const offices = useOrganizations("office");
  const actor = useMemo(() => actorOf(me), [me]);
  const officeOptions = useMemo(
    () =>
      (offices.data?.items ?? [])
        .filter((o: Org) => mayWriteInOffice(actor, { ...o }) || o.id === subject?.officeId)
        .map((o) => ({ value: o.id, label: o.name })),
    [offices.data, actor, subject?.officeId],
  );
  const initial = useMemo<FormValues>(
    () =>
      subject
        ? fromSubject(subject)
        : investigation
          ? fromInvestigation(investigation)
          : {
              status: "in_correction",
              level: "normal",
              fourHistories: [],
              threeInvolvements: [],
              minor: false,
            },
    [subject, investigation],
  );

  // One office to choose from: choose it.
  useEffect(() => {
    const only = officeOptions[0];
    if (!editing && officeOptions.length === 1 && only && !form.getFieldValue("officeId")) {
      form.setFieldValue("officeId", only.value);
    }
  }, [officeOptions, editing, form]);

  const category = Form.useWatch("category", form);
  const penalty = Form.useWatch(["sentence", "penalty"], form);
  // The status changes only through lifecycle events after creation; PATCH does not take it.
  const showsStatus = !editing;

  /** Puts an error next to its field, or at the top when no field matches. */
  const report = (e: FieldError) => {
    if (!showErrorOnField(form, e, formFields, fieldOfCode)) setFormError({ message: e.message });
  };

  const submit = async (values: FormValues) => {
    setFormError(null);
    const record = toRecord(values, !editing);
    if (record.status === "awaiting_report" && !record.judgmentEffectiveOn) {
      report({
        code: "FACTS_MISSING",
        message: "登记待报到对象须填写判决（裁定、决定）生效日期，以计算报到期限",
        details: { field: "judgmentEffectiveOn" },
      });
      return;
    }
    // Run the same checks the server runs, so a refusal shows before anything is sent.
    try {
      if (!editing) {
        validateSubjectInput(record as unknown as SubjectInput, { today: today() });
      } else if (record.category && record.sentence && record.correctionStartOn && record.correctionEndOn) {
        validateCorrectionPeriod({
          category: record.category as Category,
          sentence: record.sentence as Sentence,
          correctionStartOn: record.correctionStartOn as string,
          correctionEndOn: record.correctionEndOn as string,
        });
      }
    } catch (e) {
      if (isDomainError(e)) {
        report(e);
        return;
      }
      throw e;
    }

    setSaving(true);
    try {
      if (!subject) {
        const created = await api.post<Subject & { reportDueOn?: string | null }>("/api/subjects", {
          ...record,
          ...(investigation ? { investigationId: investigation.id } : {}),
        });
        void message.success(
          created.reportDueOn
            ? `已为 ${created.name} 登记交付，应于 ${created.reportDueOn} 前报到`
            : `已为 ${created.name} 建档`,
        );
        void navigate(`/subjects/${created.id}`, { replace: true });
      } else {
        const patch = diff(toRecord(initial, false), record);
        if (Object.keys(patch).length === 0) {
          void message.info("没有修改");
          void navigate(`/subjects/${subject.id}`);
          return;
        }
        await api.patch<Subject>(`/api/subjects/${subject.id}`, { ...patch, version: subject.version });
        void message.success("档案已保存");
        void navigate(`/subjects/${subject.id}`, { replace: true });
      }
    } catch (e) {
      if (isApiError(e) && e.code === "VERSION_CONFLICT") {
        setFormError({ message: e.message, conflict: true });
      } else if (isApiError(e) && errorField(e, fieldOfCode)) {
        report(e);
      } else {
        setFormError({ message: errorMessage(e) });
      }
    } finally {
      setSaving(false);
    }
  };

  const backTo = subject ? `/subjects/${subject.id}` : "/subjects";

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { title: "矫正对象", to: "/subjects" },
          ...(subject ? [{ title: subject.name, to: `/subjects/${subject.id}` }] : []),
          { title: subject ? "编辑档案" : "新增矫正对象" },
        ]}
        title={
          subject
            ? `编辑档案：${subject.name}`
            : investigation
              ? `登记交付：${investigation.personName}`
              : "新增矫正对象"
        }
      />
      {investigation && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="from-investigation"
          title={`根据调查评估登记交付：${investigation.commissioningOrgName}委托，${investigation.opinionLabel ?? "适宜社区矫正"}${
            investigation.documentNumber ? `（${investigation.documentNumber}）` : ""
          }`}
          description={`已带入被调查人信息。身份证号码须与调查评估对象一致（${investigation.idNumberMasked ?? "—"}）；填写判决生效日期后自动计算报到期限。`}
        />
      )}
      {formError && (
        <Alert
          type="error"
          showIcon
          title={formError.message}
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          role="alert"
          action={
            formError.conflict ? (
              <Button size="small" onClick={() => window.location.reload()}>
                刷新
              </Button>
            ) : undefined
          }
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: FormValues) => {
          // A valid identity number tells the sex: fill it in when still empty.
          const id = trimmed(changed.idNumber);
          if (!id || form.getFieldValue("sex")) return;
          try {
            form.setFieldValue("sex", parseIdNumber(id).sex);
          } catch {
            // not a whole, valid number yet
          }
        }}
        onFinishFailed={({ errorFields }) => {
          const first = errorFields[0];
          if (first) form.scrollToField(first.name, { block: "center" });
        }}
        scrollToFirstError={false}
        data-testid="subject-form"
      >
        <Section title="基本信息">
          <F>
            <Form.Item
              label="姓名"
              name="name"
              rules={[requiredText("请填写姓名"), { max: 50, message: "姓名不能超过 50 个字符" }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="性别"
              name="sex"
              dependencies={["idNumber"]}
              rules={[required("请选择性别"), sexRule(form)]}
            >
              <Radio.Group options={codeOptions(sexes, sexLabels)} />
            </Form.Item>
          </F>
          <F>
            <Form.Item label="民族" name="ethnicity" rules={[required("请选择民族")]}>
              <Select
                options={ethnicityOptions}
                showSearch={{ optionFilterProp: "label" }}
                placeholder="选择民族"
              />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="身份证号码"
              name="idNumber"
              rules={idRules(editing)}
              extra={
                editing ? (
                  <span>
                    现号码 {subject?.idNumberMasked ?? "（无权查看）"}，如需更正请输入完整号码
                    <br />
                    <IdentityHint form={form} knownBirthDate={subject?.birthDate} />
                  </span>
                ) : (
                  <IdentityHint form={form} />
                )
              }
            >
              <Input
                maxLength={18}
                className="mono"
                placeholder={editing ? "不修改请留空" : "18 位身份证号码"}
              />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="联系电话"
              name="phone"
              rules={[phoneRule]}
              extra={editing ? `现号码 ${subject?.phoneMasked ?? "—"}，如需更正请输入完整号码` : undefined}
            >
              <Input maxLength={20} placeholder={editing ? "不修改请留空" : "手机号码或带区号的固定电话"} />
            </Form.Item>
          </F>
        </Section>

        <Section title="户籍与居住地">
          <F span={16}>
            <Form.Item
              label="户籍地址"
              name="householdAddress"
              rules={[{ max: 200, message: "不能超过 200 个字符" }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="户籍地行政区划代码"
              name="householdDivisionCode"
              rules={[divisionRule("户籍地行政区划代码")]}
            >
              <Input maxLength={6} inputMode="numeric" className="mono" placeholder="6 位，如 440606" />
            </Form.Item>
          </F>
          <F span={16}>
            <Form.Item
              label="居住地址"
              name="residenceAddress"
              rules={[requiredText("请填写居住地址"), { max: 200, message: "不能超过 200 个字符" }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="居住地行政区划代码"
              name="residenceDivisionCode"
              rules={[required("请填写居住地行政区划代码"), divisionRule("居住地行政区划代码")]}
            >
              <Input maxLength={6} inputMode="numeric" className="mono" placeholder="6 位，如 440606" />
            </Form.Item>
          </F>
        </Section>

        <Section title="判决与刑罚">
          <F span={16}>
            <Form.Item
              label="罪名"
              name="crime"
              rules={[requiredText("请填写罪名"), { max: 100, message: "不能超过 100 个字符" }]}
            >
              <Input maxLength={100} placeholder="如：危险驾驶罪" />
            </Form.Item>
          </F>
          <F>
            <Form.Item label="原判刑罚" name={["sentence", "penalty"]} rules={[required("请选择原判刑罚")]}>
              <Select options={codeOptions(penalties, penaltyLabels)} placeholder="选择刑种" />
            </Form.Item>
          </F>
          {!(penalty && termless.includes(penalty)) && (
            <F>
              <Form.Item
                label="原判刑期（月）"
                name={["sentence", "termMonths"]}
                rules={[{ required: category === "02", message: "缓刑须填写原判刑期" }]}
              >
                <InputNumber min={1} max={300} precision={0} style={{ width: "100%" }} suffix="个月" />
              </Form.Item>
            </F>
          )}
          {category === "02" && (
            <F>
              <Form.Item
                label="缓刑考验期（月）"
                name={["sentence", "probationMonths"]}
                rules={[required("请填写缓刑考验期")]}
              >
                <InputNumber min={1} max={60} precision={0} style={{ width: "100%" }} suffix="个月" />
              </Form.Item>
            </F>
          )}
          <F>
            <Form.Item
              label="先行羁押天数"
              name={["sentence", "custodyDays"]}
              extra={category === "01" ? "管制：羁押一日折抵刑期二日" : undefined}
            >
              <InputNumber min={0} precision={0} style={{ width: "100%" }} suffix="天" />
            </Form.Item>
          </F>
          <F span={24}>
            <Form.Item
              label="判决刑罚表述"
              name={["sentence", "text"]}
              rules={[{ max: 200, message: "不能超过 200 个字符" }]}
            >
              <Input maxLength={200} placeholder="如：有期徒刑一年，缓刑二年" />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="决定机关"
              name="decidingAuthority"
              rules={[requiredText("请填写决定机关"), { max: 100, message: "不能超过 100 个字符" }]}
            >
              <Input maxLength={100} placeholder="如：某某区人民法院" />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="判决书（决定书）文号"
              name="judgmentNumber"
              rules={[requiredText("请填写判决书文号"), { max: 100, message: "不能超过 100 个字符" }]}
            >
              <Input maxLength={100} placeholder="如：（2025）粤0606刑初123号" />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="判决生效日期"
              name="judgmentEffectiveOn"
              dependencies={["status"]}
              rules={[
                ({ getFieldValue }) => ({
                  required: !editing && getFieldValue("status") === "awaiting_report",
                  message: "待报到对象须填写判决生效日期",
                }),
              ]}
            >
              <DateInput disabledDate={(d) => d.isAfter(dayjs(), "day")} />
            </Form.Item>
          </F>
        </Section>

        <Section title="矫正信息">
          <F>
            <Form.Item label="矫正类别" name="category" rules={[required("请选择矫正类别")]}>
              <Select options={codeOptions(categories, categoryLabels)} placeholder="选择类别" />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="矫正起始日期"
              name="correctionStartOn"
              rules={[required("请选择矫正起始日期")]}
              extra={category === "02" ? "缓刑考验期自判决确定之日起计算" : undefined}
            >
              <DateInput />
            </Form.Item>
          </F>
          <F>
            <Form.Item label="矫正终止日期" name="correctionEndOn" rules={[required("请选择矫正终止日期")]}>
              <DateInput />
            </Form.Item>
          </F>
          <Col span={24} style={{ marginBottom: 24 }}>
            <PeriodHint form={form} />
          </Col>
          <F>
            <Form.Item label="负责司法所" name="officeId" rules={[required("请选择负责的司法所")]}>
              <Select
                options={officeOptions}
                loading={offices.loading}
                showSearch={{ optionFilterProp: "label" }}
                placeholder="选择司法所"
              />
            </Form.Item>
          </F>
          <F>
            <Form.Item
              label="管理等级"
              name="level"
              rules={[required("请选择管理等级")]}
              extra={!editing ? undefined : "管理等级须经提请和审批调整（R-SV-1）"}
            >
              <Radio.Group
                options={codeOptions(levels, levelLabels)}
                optionType="button"
                disabled={editing}
              />
            </Form.Item>
          </F>
          {showsStatus && (
            <F>
              <Form.Item
                label="状态"
                name="status"
                extra={
                  investigation
                    ? "由调查评估登记的，判决生效后待报到"
                    : "尚未报到的选“待报到”，须填写判决生效日期"
                }
              >
                <Radio.Group options={codeOptions(createStatuses, subjectStatusLabels)} optionType="button" />
              </Form.Item>
            </F>
          )}
          {showsStatus && <ReportDueRow form={form} />}
          <F>
            <Form.Item label="接收日期" name="receivedOn">
              <DateInput disabledDate={(d) => d.isAfter(dayjs(), "day")} />
            </Form.Item>
          </F>
        </Section>

        <Section title="标记">
          <F>
            <Form.Item
              label="未成年人"
              name="minor"
              valuePropName="checked"
              extra="矫正开始时未满 18 周岁的自动标记，标记后不能取消（档案仅本所、县级机构及检察机关可见）"
            >
              <Switch checkedChildren="是" unCheckedChildren="否" disabled={editing && subject?.minor} />
            </Form.Item>
          </F>
          <F>
            <Form.Item label="四史" name="fourHistories">
              <Checkbox.Group options={codeOptions(fourHistories, fourHistoryLabels)} />
            </Form.Item>
          </F>
          <F>
            <Form.Item label="三涉" name="threeInvolvements">
              <Checkbox.Group options={codeOptions(threeInvolvements, threeInvolvementLabels)} />
            </Form.Item>
          </F>
        </Section>

        <div className="form-footer">
          <Space>
            <Button onClick={() => void navigate(backTo)}>取消</Button>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="subject-save"
            >
              {editing ? "保存修改" : "建档"}
            </Button>
          </Space>
        </div>
      </Form>
    </>
  );
}

/** "登记交付" from a concluded investigation: /subjects/new?investigationId=… */
function FromInvestigation({ investigationId }: { investigationId: string }) {
  const { data, loading, error } = useRemote(
    (signal) => api.get<InvestigationView>(`/api/investigations/${investigationId}`, {}, signal),
    investigationId,
  );
  if (loading && !data) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!data) {
    return (
      <Result
        status="error"
        title="无法加载调查评估"
        subTitle={error}
        extra={<Link to="/investigations">返回</Link>}
      />
    );
  }
  if (data.subjectId) {
    return (
      <Result
        status="info"
        title="该调查评估已登记交付"
        extra={<Link to={`/subjects/${data.subjectId}`}>查看矫正档案</Link>}
      />
    );
  }
  if (data.status !== "concluded") {
    return (
      <Result
        status="warning"
        title="调查评估尚未出具意见，不能登记交付"
        extra={<Link to={`/investigations/${data.id}`}>返回调查评估</Link>}
      />
    );
  }
  return <SubjectForm key={data.id} investigation={data} />;
}

export default function SubjectFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const investigationId = id ? null : params.get("investigationId");
  const { data, loading, error } = useRemote(
    (signal) => (id ? api.get<Subject>(`/api/subjects/${id}`, {}, signal) : Promise.resolve(undefined)),
    id ?? "new",
  );
  if (investigationId) return <FromInvestigation investigationId={investigationId} />;
  if (!id) return <SubjectForm />;
  if (loading && !data) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!data) {
    return (
      <Result
        status="error"
        title="无法加载档案"
        subTitle={error}
        extra={<Link to="/subjects">返回列表</Link>}
      />
    );
  }
  if (data.archived) {
    return (
      <Result
        status="info"
        title="档案已归档，只能查阅"
        extra={<Link to={`/subjects/${data.id}`}>返回档案</Link>}
      />
    );
  }
  return <SubjectForm key={data.id} subject={data} />;
}
