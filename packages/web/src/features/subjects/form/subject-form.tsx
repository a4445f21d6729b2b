/**
 * The subject's file as a form, for a new file, a file from a concluded investigation, or an
 * edit: the domain's checks run before sending, a refusal shows next to its field.
 */
import { SaveOutlined } from "@ant-design/icons";
import type { Category, Sentence, SubjectInput } from "@zhijiao/domain";
import {
  isDomainError,
  parseIdNumber,
  validateCorrectionPeriod,
  validateSubjectInput,
} from "@zhijiao/domain";
import { Alert, App, Button, Form, Space } from "antd";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, errorMessage, isApiError } from "../../../api/client";
import type { InvestigationView, Subject } from "../../../api/types";
import { PageHeader } from "../../../components/page-header";
import { today } from "../../../lib/case-rules";
import { errorField, showErrorOnField } from "../../../lib/form-errors";
import type { FieldError } from "../../../lib/form-errors";
import { trimmed } from "../../../lib/text";
import { BasicSection } from "./basic-section";
import { CorrectionSection } from "./correction-section";
import { FlagsSection } from "./flags-section";
import { diff, fieldOfCode, formFields, fromInvestigation, fromSubject, toRecord } from "./form-values";
import type { FormValues } from "./form-values";
import { ResidenceSection } from "./residence-section";
import { SentenceSection } from "./sentence-section";

export function SubjectForm({
  subject,
  investigation,
}: {
  subject?: Subject;
  investigation?: InvestigationView;
}) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editing = !!subject;
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<{ message: string; conflict?: boolean } | null>(null);
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
        <BasicSection form={form} subject={subject} />

        <ResidenceSection />

        <SentenceSection form={form} editing={editing} />

        <CorrectionSection form={form} subject={subject} investigation={investigation} />

        <FlagsSection subject={subject} />

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
