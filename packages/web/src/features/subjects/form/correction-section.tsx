/**
 * 矫正信息: category, period (with the lawful end date computed as it is typed), office, level and,
 * when registering, the status with the report due date.
 */
import { CalculatorOutlined } from "@ant-design/icons";
import type { Actor } from "@zhijiao/domain";
import {
  categories,
  categoryLabels,
  computeCorrectionEnd,
  correctionPeriodBounds,
  createStatuses,
  isDomainError,
  levelLabels,
  levels,
  mayWriteInOffice,
  reportDue,
  subjectStatusLabels,
  validateCorrectionPeriod,
} from "@zhijiao/domain";
import { Alert, Button, Col, Form, Radio, Select, Typography } from "antd";
import type { FormInstance } from "antd";
import { useEffect, useMemo } from "react";
import type { InvestigationView, Me, Org, Subject } from "../../../api/types";
import { DateInput } from "../../../components/date-input";
import { DueHint } from "../../../components/due-hint";
import { basisText as caseBasis, useCaseEnvironment } from "../../../lib/case-rules";
import { codeOptions } from "../../../lib/format";
import type { FieldError } from "../../../lib/form-errors";
import { useOrganizations } from "../../../lib/use-organizations";
import { useMe } from "../../auth/auth-context";
import { F, FormSection } from "./form-layout";
import { required } from "./form-rules";
import { toSentence } from "./form-values";
import type { FormValues } from "./form-values";

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

export function CorrectionSection({
  form,
  subject,
  investigation,
}: {
  form: FormInstance<FormValues>;
  subject?: Subject;
  investigation?: InvestigationView;
}) {
  const me = useMe();
  const editing = !!subject;
  const offices = useOrganizations("office");
  const actor = useMemo(() => actorOf(me), [me]);
  const officeOptions = useMemo(
    () =>
      (offices.data?.items ?? [])
        .filter((o: Org) => mayWriteInOffice(actor, { ...o }) || o.id === subject?.officeId)
        .map((o) => ({ value: o.id, label: o.name })),
    [offices.data, actor, subject?.officeId],
  );
  // One office to choose from: choose it.
  useEffect(() => {
    const only = officeOptions[0];
    if (!editing && officeOptions.length === 1 && only && !form.getFieldValue("officeId")) {
      form.setFieldValue("officeId", only.value);
    }
  }, [officeOptions, editing, form]);
  const category = Form.useWatch("category", form);
  // The status changes only through lifecycle events after creation; PATCH does not take it.
  const showsStatus = !editing;
  return (
    <FormSection title="矫正信息">
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
          <Radio.Group options={codeOptions(levels, levelLabels)} optionType="button" disabled={editing} />
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
          <DateInput notAfterToday />
        </Form.Item>
      </F>
    </FormSection>
  );
}
